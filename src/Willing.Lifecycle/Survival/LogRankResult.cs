using System.Collections.Immutable;

namespace Willing.Lifecycle.Survival;

/// <summary>The outcome of <see cref="LogRank.Test"/>, laid out as R's <c>print(survdiff)</c>.</summary>
/// <param name="Rho">The G-rho exponent used (0 for the log-rank test).</param>
/// <param name="StrataCount">The number of strata the sums ran over (1 without strata).</param>
/// <param name="Groups">Per group, in ordinal order of the labels: N, observed, expected and the two contributions.</param>
/// <param name="Variance">The variance matrix of O − E, groups by groups, row by row.</param>
/// <param name="ChiSquare">The test statistic.</param>
/// <param name="DegreesOfFreedom">The number of groups with a positive expected count, less one.</param>
/// <param name="PValue">The upper tail of the chi-square distribution at the statistic (1 with no degrees of freedom, as R).</param>
public sealed record LogRankResult(double Rho, int StrataCount, ImmutableArray<LogRankGroup> Groups, ImmutableArray<double> Variance, double ChiSquare, int DegreesOfFreedom, double PValue)
{
    /// <summary>The covariance of O − E between groups <paramref name="g"/> and <paramref name="h"/> (indices into <see cref="Groups"/>).</summary>
    public double Covariance(int g, int h) => Variance[(g * Groups.Length) + h];
}

/// <summary>One group's line of a log-rank test.</summary>
/// <param name="Group">The group label.</param>
/// <param name="N">Its number of rows.</param>
/// <param name="Observed">Its (weighted) number of events, O.</param>
/// <param name="Expected">Its (weighted) expected number of events, E, if every group shared one hazard.</param>
/// <param name="ContributionByExpected">(O − E)²/E.</param>
/// <param name="ContributionByVariance">(O − E)²/V, V the group's own variance of O − E.</param>
public sealed record LogRankGroup(string Group, int N, double Observed, double Expected, double ContributionByExpected, double ContributionByVariance);
