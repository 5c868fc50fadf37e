using Willing.Lifecycle.Survival;

namespace Willing.Lifecycle.Tests;

public sealed class LogRankWithEntryTests
{
    // aml (R's survival): weeks to relapse, maintained against not; ties included.
    private static readonly SurvivalData Aml = new()
    {
        Stop = [9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161, 5, 5, 8, 8, 12, 16, 23, 27, 30, 33, 43, 45],
        Status = [1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1],
        Groups = ["Maintained", "Maintained", "Maintained", "Maintained", "Maintained", "Maintained", "Maintained", "Maintained", "Maintained", "Maintained", "Maintained",
            "Nonmaintained", "Nonmaintained", "Nonmaintained", "Nonmaintained", "Nonmaintained", "Nonmaintained", "Nonmaintained", "Nonmaintained", "Nonmaintained", "Nonmaintained", "Nonmaintained", "Nonmaintained"],
    };

    [Fact]
    public void OnRightCensoredData_ItIsTheLogRankTest()
    {
        var logRank = LogRank.Test(Aml);
        var score = LogRankWithEntry.Test(Aml with { Start = [.. Enumerable.Repeat(0.0, Aml.Count)] });

        Assert.Equal(3.3963886990, logRank.ChiSquare, 9); // R: survdiff(Surv(time, status) ~ x, aml)$chisq
        Assert.Equal(logRank.ChiSquare, score.Statistic, 10);
        Assert.Equal(1, score.DegreesOfFreedom);
        Assert.Equal(logRank.PValue, score.P, 10);
    }

    [Fact]
    public void SplittingRowsAtAnyTime_LeavesTheTestUnchanged()
    {
        // Each subject's time cut at 10 into (0, 10] and (10, t]: the risk sets are the same.
        var start = new List<double>();
        var stop = new List<double>();
        var status = new List<int>();
        var groups = new List<string>();
        for (int i = 0; i < Aml.Count; i++)
        {
            double t = Aml.Stop[i];
            if (t > 10)
            {
                start.Add(0);
                stop.Add(10);
                status.Add(0);
                groups.Add(Aml.Groups[i]);
            }

            start.Add(t > 10 ? 10 : 0);
            stop.Add(t);
            status.Add(Aml.Status[i]);
            groups.Add(Aml.Groups[i]);
        }

        var split = new SurvivalData { Start = [.. start], Stop = [.. stop], Status = [.. status], Groups = [.. groups] };
        Assert.Equal(LogRank.Test(Aml).ChiSquare, LogRankWithEntry.Test(split).Statistic, 10);
    }

    [Fact]
    public void OneGroup_IsRefused() =>
        Assert.Throws<ArgumentException>(() => LogRankWithEntry.Test(Aml with { Groups = [.. Enumerable.Repeat("all", Aml.Count)] }));
}
