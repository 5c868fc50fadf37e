using System.Runtime.InteropServices;

namespace Willing.Lifecycle.Survival;

/// <summary>
/// The Kaplan–Meier (product-limit) estimate of the survival curve, one curve per group, with Greenwood standard
/// errors and pointwise confidence intervals, as R's <c>survfit(Surv(time, status) ~ group)</c> and
/// <c>summary(fit, censored = TRUE)</c> give them.
/// </summary>
/// <remarks>
/// <para>At each distinct exit time t with n at risk, d events and c censorings, S(t) = S(t−)(1 − d/n); events
/// come before censorings at a tied time, so the censored rows are still at risk. Greenwood's variance of the
/// cumulative hazard accumulates d/(n(n − d)); the standard error reported is that of S itself,
/// S·sqrt(Σ d/(n(n − d))), which is NaN once S reaches 0 (as in R).</para>
/// <para>Any status above 0 is an event (every cause counts); the counting-process form (start, stop] gives
/// delayed entry (left truncation): a row is at risk at t when start &lt; t ≤ stop.</para>
/// <para>Cost: one sort of the exit times (and of the entry times) per group, then one pass.</para>
/// </remarks>
public static class KaplanMeier
{
    /// <summary>Estimates one survival curve per group of <see cref="SurvivalData.Groups"/> (groups in ordinal order; one curve named <c>all</c> without groups).</summary>
    /// <param name="data">The rows; validated first.</param>
    /// <param name="options">The kind and level of the confidence intervals; R's defaults (log, 0.95) when null.</param>
    /// <exception cref="ArgumentException">The data are inconsistent (see <see cref="SurvivalData.Validated"/>).</exception>
    public static KaplanMeierResult Estimate(SurvivalData data, KaplanMeierOptions? options = null)
    {
        options ??= new KaplanMeierOptions();
        double z = SurvivalMath.NormalQuantile(options.ConfidenceLevel);
        data.Validated();
        int n = data.Count;
        int[] codes = SurvivalMath.Encode(data.Groups.AsSpan(), n, "all", out string[] names);
        int[] offsets = SurvivalMath.Offsets(codes, names.Length);

        // The rows laid out group by group, then sorted by exit time within each group.
        var stop = new double[n];
        var events = new int[n];
        double[]? start = data.HasStart ? new double[n] : null;
        ReadOnlySpan<double> stopIn = data.Stop.AsSpan();
        ReadOnlySpan<int> statusIn = data.Status.AsSpan();
        ReadOnlySpan<double> startIn = data.HasStart ? data.Start.AsSpan() : default;
        var next = offsets[..^1];
        for (int i = 0; i < n; i++)
        {
            int p = next[codes[i]]++;
            stop[p] = stopIn[i];
            events[p] = statusIn[i] > 0 ? 1 : 0;
            if (start is not null)
                start[p] = startIn[i];
        }

        var curves = new KaplanMeierCurve[names.Length];
        for (int g = 0; g < names.Length; g++)
        {
            int a = offsets[g], len = offsets[g + 1] - a;
            Array.Sort(stop, events, a, len);
            if (start is not null)
                Array.Sort(start, a, len);
            curves[g] = Curve(names[g], stop.AsSpan(a, len), events.AsSpan(a, len), start is null ? default : start.AsSpan(a, len), start is not null, options.ConfidenceType, z);
        }

        return new KaplanMeierResult(ImmutableCollectionsMarshal.AsImmutableArray(curves), options.ConfidenceType, options.ConfidenceLevel);
    }

    // One group: exit times sorted with their event flags, entry times sorted on their own (counting process).
    private static KaplanMeierCurve Curve(string name, ReadOnlySpan<double> stop, ReadOnlySpan<int> events, ReadOnlySpan<double> start, bool counting, ConfidenceIntervalType type, double z)
    {
        int n = stop.Length, distinct = 0, totalEvents = 0;
        for (int i = 0; i < n; i++)
        {
            if (i == 0 || stop[i] != stop[i - 1])
                distinct++;
            totalEvents += events[i];
        }

        var rows = new KaplanMeierRow[distinct];
        int atRisk = counting ? 0 : n, entered = 0, maxAtRisk = 0, r = 0;
        double survival = 1, greenwood = 0;
        for (int i = 0; i < n;)
        {
            double t = stop[i];
            if (counting)
            {
                while (entered < n && start[entered] < t)
                {
                    entered++;
                    atRisk++;
                }
            }

            int d = 0, exits = 0;
            for (; i < n && stop[i] == t; i++)
            {
                d += events[i];
                exits++;
            }

            if (d > 0)
            {
                double nr = atRisk;
                survival *= (nr - d) / nr;
                greenwood += d / (nr * (nr - d));
            }

            double se = Math.Sqrt(greenwood);
            SurvivalMath.Limits(type, survival, se, z, out double lower, out double upper);
            rows[r++] = new KaplanMeierRow(t, atRisk, d, exits - d, survival, survival * se, lower, upper);
            maxAtRisk = Math.Max(maxAtRisk, atRisk);
            atRisk -= exits;
        }

        ReadOnlySpan<KaplanMeierRow> span = rows;
        double median = SurvivalMath.HalfTime(span, static x => x.Time, static x => x.Survival);
        double medianLower = SurvivalMath.HalfTime(span, static x => x.Time, static x => x.Lower);
        double medianUpper = SurvivalMath.HalfTime(span, static x => x.Time, static x => x.Upper);
        return new KaplanMeierCurve(name, n, totalEvents, maxAtRisk, median, medianLower, medianUpper, ImmutableCollectionsMarshal.AsImmutableArray(rows));
    }
}

/// <summary>How <see cref="KaplanMeier.Estimate"/> builds its confidence intervals.</summary>
public sealed record KaplanMeierOptions
{
    /// <summary>The scale of the pointwise intervals (R's <c>conf.type</c>); log by default, as R.</summary>
    public ConfidenceIntervalType ConfidenceType { get; init; } = ConfidenceIntervalType.Log;

    /// <summary>The coverage of the intervals (R's <c>conf.int</c>), strictly between 0 and 1; 0.95 by default.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;
}
