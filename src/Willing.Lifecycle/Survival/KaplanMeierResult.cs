using System.Collections.Immutable;

namespace Willing.Lifecycle.Survival;

/// <summary>The Kaplan–Meier curves of <see cref="KaplanMeier.Estimate"/>, one per group.</summary>
/// <param name="Curves">One curve per group, groups in ordinal order of their labels (one curve, <c>all</c>, without groups).</param>
/// <param name="ConfidenceType">The scale of the confidence intervals.</param>
/// <param name="ConfidenceLevel">Their coverage.</param>
public sealed record KaplanMeierResult(ImmutableArray<KaplanMeierCurve> Curves, ConfidenceIntervalType ConfidenceType, double ConfidenceLevel)
{
    /// <summary>The curve of one group.</summary>
    /// <exception cref="KeyNotFoundException">No group has that label.</exception>
    public KaplanMeierCurve Curve(string group)
    {
        foreach (var c in Curves)
        {
            if (string.Equals(c.Group, group, StringComparison.Ordinal))
                return c;
        }

        throw new KeyNotFoundException($"no Kaplan–Meier curve for group {group}");
    }
}

/// <summary>The Kaplan–Meier curve of one group, with the median survival time as R's <c>print(survfit)</c> gives it.</summary>
/// <param name="Group">The group label (<c>all</c> without groups).</param>
/// <param name="N">The number of rows (R's <c>records</c>; the number of subjects for right-censored data).</param>
/// <param name="Events">The number of events.</param>
/// <param name="MaxAtRisk">The largest number at risk at any time (R's <c>n.max</c>).</param>
/// <param name="Median">The median survival time: the first time S(t) ≤ 1/2 (the middle of the interval where S is exactly 1/2 over one); NaN if S stays above 1/2.</param>
/// <param name="MedianLower">The lower confidence limit of the median: where the lower confidence curve reaches 1/2 (NaN if it never does).</param>
/// <param name="MedianUpper">The upper confidence limit of the median: where the upper confidence curve reaches 1/2 (NaN if it never does).</param>
/// <param name="Rows">One row per distinct exit time (event or censoring), in time order, as R's <c>summary(fit, censored = TRUE)</c>.</param>
public sealed record KaplanMeierCurve(string Group, int N, int Events, int MaxAtRisk, double Median, double MedianLower, double MedianUpper, ImmutableArray<KaplanMeierRow> Rows)
{
    /// <summary>S(t): the estimate at a time, a right-continuous step function (1 before the first row).</summary>
    public double SurvivalAt(double time)
    {
        int lo = 0, hi = Rows.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (Rows[mid].Time <= time)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? 1.0 : Rows[found].Survival;
    }
}

/// <summary>The Kaplan–Meier estimate at one exit time.</summary>
/// <param name="Time">The time.</param>
/// <param name="AtRisk">The number at risk just before it.</param>
/// <param name="Events">The events at it.</param>
/// <param name="Censored">The rows censored at it (still at risk for its events).</param>
/// <param name="Survival">S(t).</param>
/// <param name="StdErr">Greenwood's standard error of S(t) (NaN once S is 0).</param>
/// <param name="Lower">The lower confidence limit (NaN where R gives NA).</param>
/// <param name="Upper">The upper confidence limit (NaN where R gives NA).</param>
public readonly record struct KaplanMeierRow(double Time, int AtRisk, int Events, int Censored, double Survival, double StdErr, double Lower, double Upper);
