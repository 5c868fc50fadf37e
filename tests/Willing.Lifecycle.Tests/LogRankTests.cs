using Willing.Lifecycle.Survival;

namespace Willing.Lifecycle.Tests;

/// <summary>The log-rank (G-rho) test against R's <c>survdiff</c> (fixture km-logrank.json, written by tools/survival-fixtures/km.R).</summary>
public sealed class LogRankTests
{
    public static TheoryData<string> Cases() => KmJson.CaseNames("km-logrank");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Test_matches_R_survdiff(string name)
    {
        var c = KmJson.Case("km-logrank", name);
        var result = LogRank.Test(KmJson.Data(c.GetProperty("data")), c.GetProperty("rho").GetDouble());
        Assert.Equal(KmJson.Strings(c, "groups"), result.Groups.Select(g => g.Group));
        Assert.Equal(KmJson.Ints(c, "n"), result.Groups.Select(g => g.N));
        KmJson.CloseRelative(KmJson.Doubles(c, "observed"), [.. result.Groups.Select(g => g.Observed)], 1e-9, $"{name} observed");
        KmJson.CloseRelative(KmJson.Doubles(c, "expected"), [.. result.Groups.Select(g => g.Expected)], 1e-9, $"{name} expected");
        KmJson.CloseRelative(KmJson.Doubles(c, "oe2_e"), [.. result.Groups.Select(g => g.ContributionByExpected)], 1e-9, $"{name} (O-E)^2/E");
        KmJson.CloseRelative(KmJson.Doubles(c, "oe2_v"), [.. result.Groups.Select(g => g.ContributionByVariance)], 1e-9, $"{name} (O-E)^2/V");

        // R stores the variance column by column; it is symmetric, and Covariance reads it row by row.
        var variance = KmJson.Doubles(c, "variance");
        int k = result.Groups.Length;
        Assert.Equal(k * k, variance.Length);
        for (int g = 0; g < k; g++)
        {
            for (int h = 0; h < k; h++)
                KmJson.CloseRelative(variance[(h * k) + g], result.Covariance(g, h), 1e-9, $"{name} var[{g},{h}]");
        }

        KmJson.CloseRelative(c.GetProperty("chisq").GetDouble(), result.ChiSquare, 1e-9, $"{name} chisq");
        Assert.Equal(c.GetProperty("df").GetInt32(), result.DegreesOfFreedom);
        KmJson.CloseRelative(c.GetProperty("p").GetDouble(), result.PValue, 1e-9, $"{name} p");
    }

    [Fact]
    public void Test_rejects_fewer_than_two_groups_and_entry_times()
    {
        var one = new SurvivalData { Stop = [1, 2, 3], Status = [1, 0, 1] };
        Assert.Contains("two or more groups", Assert.Throws<ArgumentException>(() => LogRank.Test(one)).Message);
        var same = one with { Groups = ["a", "a", "a"] };
        Assert.Contains("one group, a", Assert.Throws<ArgumentException>(() => LogRank.Test(same)).Message);
        var counting = one with { Groups = ["a", "b", "a"], Start = [0, 0, 1] };
        Assert.Contains("right-censored", Assert.Throws<ArgumentException>(() => LogRank.Test(counting)).Message);
        Assert.Throws<ArgumentException>(() => LogRank.Test(one with { Groups = ["a", "b", "a"] }, double.NaN));
    }

    [Fact]
    public void Test_of_identical_groups_gives_no_evidence_of_a_difference()
    {
        var data = new SurvivalData
        {
            Stop = [1, 2, 3, 4, 1, 2, 3, 4],
            Status = [1, 0, 1, 1, 1, 0, 1, 1],
            Groups = ["a", "a", "a", "a", "b", "b", "b", "b"],
        };
        var result = LogRank.Test(data);
        Assert.Equal(0, result.ChiSquare, 12);
        Assert.Equal(1, result.PValue, 12);
        Assert.Equal(1, result.DegreesOfFreedom);
        Assert.Equal(result.Groups[0].Observed, result.Groups[0].Expected, 12);
    }
}
