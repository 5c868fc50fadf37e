using Willing.Lifecycle.Survival;

namespace Willing.Lifecycle.Tests;

public sealed class LogRankDelayedEntryTests
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
        var score = LogRank.TestWithEntry(Aml with { Start = [.. Enumerable.Repeat(0.0, Aml.Count)] });

        Assert.Equal(3.3963886990, logRank.ChiSquare, 9); // R: survdiff(Surv(time, status) ~ x, aml)$chisq
        Assert.Equal(logRank.ChiSquare, score.ChiSquare, 10);
        Assert.Equal(1, score.DegreesOfFreedom);
        Assert.Equal(logRank.PValue, score.PValue, 10);
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
        Assert.Equal(LogRank.Test(Aml).ChiSquare, LogRank.TestWithEntry(split).ChiSquare, 10);
    }

    [Fact]
    public void WithLateEntries_MatchesTheRiskSetsComputedInR()
    {
        // R, the definition written out (survdiff takes no entry times):
        //   d <- aml; d$start <- c(0,2,0,5,0,10,0,3,0,0,20, 0,1,0,4,0,2,0,12,0,6,0,8); g <- d$x == "Nonmaintained"
        //   for (t in event times) { r <- d$start < t & d$time >= t; n, n1, d, d1 over r;
        //     U += d1 - d n1/n; V += d (n - d)/(n - 1) (n1/n)(1 - n1/n) };  U^2/V = 3.2702273482
        var late = Aml with { Start = [0, 2, 0, 5, 0, 10, 0, 3, 0, 0, 20, 0, 1, 0, 4, 0, 2, 0, 12, 0, 6, 0, 8] };
        var test = LogRank.TestWithEntry(late);
        Assert.Equal(3.2702273482, test.ChiSquare, 9);
        Assert.Equal(1, test.DegreesOfFreedom);
    }

    [Fact]
    public void OneGroup_IsRefused() =>
        Assert.Throws<ArgumentException>(() => LogRank.TestWithEntry(Aml with { Groups = [.. Enumerable.Repeat("all", Aml.Count)] }));
}
