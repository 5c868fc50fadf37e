using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Willing.Lifecycle.Survival;

/// <summary>
/// The log-rank test between groups for data with entry times ((start, stop] rows, delayed entry), which R's
/// <c>survdiff</c> does not take: the score test of a Cox model with one indicator per group but the first and
/// Breslow's handling of ties, which is the log-rank statistic with each risk set as the rows then under
/// observation (Therneau and Grambsch 2000, §3.3). On right-censored data it equals <see cref="LogRank.Test"/>.
/// </summary>
public static class LogRankWithEntry
{
    /// <summary>The test, or an <see cref="ArgumentException"/> when there are fewer than two groups.</summary>
    /// <exception cref="CoxFitException">The groups cannot be compared (no events; a group empty of rows).</exception>
    public static CoxTest Test(SurvivalData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Groups.IsDefaultOrEmpty)
            throw new ArgumentException("the log-rank test compares groups: the data have none");
        var groups = data.Groups.Distinct().Order(StringComparer.Ordinal).ToList();
        if (groups.Count < 2)
            throw new ArgumentException("the log-rank test compares groups: the data have only one");
        var covariates = ImmutableArray.CreateBuilder<Covariate>(groups.Count - 1);
        for (int g = 1; g < groups.Count; g++)
        {
            var values = new double[data.Count];
            for (int i = 0; i < data.Count; i++)
                values[i] = string.Equals(data.Groups[i], groups[g], StringComparison.Ordinal) ? 1 : 0;
            covariates.Add(new Covariate("group=" + groups[g], ImmutableCollectionsMarshal.AsImmutableArray(values)));
        }

        var design = data with { Covariates = covariates.MoveToImmutable(), Clusters = [] };
        return CoxModel.Fit(design, new CoxOptions { Ties = CoxTies.Breslow, Robust = false, RequireConvergence = false }).Score;
    }
}
