using System.Runtime.InteropServices;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Willing.Lifecycle.Survival;

/// <summary>
/// The log-rank test and its Harrington–Fleming G-rho family for a difference between the survival curves of
/// groups, as R's <c>survdiff(Surv(time, status) ~ group [+ strata(s)], rho)</c>.
/// </summary>
/// <remarks>
/// <para>At each event time t of a stratum, with n at risk (n_g in group g) and d events (d_g), the weight is
/// w = S(t−)^rho, S the Kaplan–Meier estimate of the stratum's pooled rows. Observed O_g = Σ w·d_g, expected
/// E_g = Σ w·d·n_g/n, and V_gh = Σ w²·d(n − d)/(n − 1)·(n_g/n)(δ_gh − n_h/n); all three are summed over strata.
/// The statistic (O − E)ᵀV⁻¹(O − E) uses the groups with a positive expected count, one of them dropped; its
/// degrees of freedom are their number less one.</para>
/// <para>Any status above 0 is an event. <see cref="Test"/> takes right-censored data only, as <c>survdiff</c>;
/// <see cref="TestWithEntry"/> also takes (start, stop] rows (delayed entry, a subject's time split into several
/// rows), the risk set at t being the rows with start &lt; t ≤ stop, which <c>survdiff</c> does not offer: on rows
/// that all start at 0 it is the same test, and splitting a subject's rows leaves it unchanged.</para>
/// </remarks>
public static class LogRank
{
    /// <summary>Tests whether the groups of <see cref="SurvivalData.Groups"/> share one survival curve, within the strata of <see cref="SurvivalData.Strata"/> if any.</summary>
    /// <param name="data">Right-censored rows with group labels; validated first.</param>
    /// <param name="rho">The G-rho exponent: 0 the log-rank test, 1 the Peto–Peto modification of the Gehan–Wilcoxon test.</param>
    /// <exception cref="ArgumentException">Fewer than two groups, entry times given, a non-finite rho, or inconsistent data.</exception>
    public static LogRankResult Test(SurvivalData data, double rho = 0)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.HasStart)
            throw new ArgumentException("the log-rank test takes right-censored data only (no entry times), as R's survdiff");
        return Compute(data, rho);
    }

    /// <summary>As <see cref="Test"/>, for rows that may have entry times: each row is at risk over (start, stop].</summary>
    /// <exception cref="ArgumentException">Fewer than two groups, a non-finite rho, or inconsistent data.</exception>
    public static LogRankResult TestWithEntry(SurvivalData data, double rho = 0)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Compute(data, rho);
    }

    private static LogRankResult Compute(SurvivalData data, double rho)
    {
        if (!double.IsFinite(rho))
            throw new ArgumentException($"rho must be finite, not {rho}", nameof(rho));
        data.Validated();
        bool counting = data.HasStart;
        int n = data.Count;
        int[] groups = SurvivalMath.Encode(data.Groups.AsSpan(), n, "all", out string[] names);
        if (data.Groups.IsDefaultOrEmpty || names.Length < 2)
            throw new ArgumentException($"the log-rank test compares two or more groups; the data have {(data.Groups.IsDefaultOrEmpty ? "no group labels" : "one group, " + names[0])}");
        int k = names.Length;
        int[] strata = SurvivalMath.Encode(data.Strata.AsSpan(), n, "all", out string[] strataNames);
        int[] offsets = SurvivalMath.Offsets(strata, strataNames.Length);

        // Rows stratum by stratum, sorted by time within each; the item packs group and event flag.
        // With entry times, each row's entry too, sorted by entry within its stratum, with its group.
        var time = new double[n];
        var item = new int[n];
        var entry = counting ? new double[n] : [];
        var entryGroup = counting ? new int[n] : [];
        var next = offsets[..^1];
        ReadOnlySpan<double> stop = data.Stop.AsSpan();
        ReadOnlySpan<int> status = data.Status.AsSpan();
        var size = new int[k];
        for (int i = 0; i < n; i++)
        {
            int at = next[strata[i]]++;
            time[at] = stop[i];
            item[at] = (groups[i] << 1) | (status[i] > 0 ? 1 : 0);
            if (counting)
            {
                entry[at] = data.Start[i];
                entryGroup[at] = groups[i];
            }

            size[groups[i]]++;
        }

        var observed = new double[k];
        var expected = new double[k];
        var variance = new double[k * k];
        var atRisk = new int[k];
        var deaths = new int[k];
        var exits = new int[k];
        for (int s = 0; s < strataNames.Length; s++)
        {
            int a = offsets[s], b = offsets[s + 1];
            Array.Sort(time, item, a, b - a);
            Array.Clear(atRisk);
            int total = 0, entered = a;
            if (counting)
            {
                Array.Sort(entry, entryGroup, a, b - a);
            }
            else
            {
                for (int i = a; i < b; i++)
                    atRisk[item[i] >> 1]++;
                total = b - a;
            }

            double km = 1;
            for (int i = a; i < b;)
            {
                double t = time[i];

                // Rows that entered before t join the risk set (every row enters before its own stop).
                for (; counting && entered < b && entry[entered] < t; entered++)
                {
                    atRisk[entryGroup[entered]]++;
                    total++;
                }

                int d = 0, gone = 0;
                Array.Clear(deaths);
                Array.Clear(exits);
                for (; i < b && time[i] == t; i++)
                {
                    int g = item[i] >> 1, e = item[i] & 1;
                    deaths[g] += e;
                    exits[g]++;
                    d += e;
                    gone++;
                }

                if (d > 0)
                {
                    double nr = total;
                    double w = rho == 0 ? 1 : Math.Pow(km, rho);
                    double v = total > 1 ? w * w * d * (nr - d) / (nr - 1) : 0;
                    for (int g = 0; g < k; g++)
                    {
                        double share = atRisk[g] / nr;
                        observed[g] += w * deaths[g];
                        expected[g] += w * d * share;
                        if (v == 0 || share == 0)
                            continue;
                        for (int h = 0; h < k; h++)
                            variance[(g * k) + h] += v * share * ((g == h ? 1 : 0) - (atRisk[h] / nr));
                    }

                    km *= (nr - d) / nr;
                }

                for (int g = 0; g < k; g++)
                    atRisk[g] -= exits[g];
                total -= gone;
            }
        }

        var rows = new LogRankGroup[k];
        for (int g = 0; g < k; g++)
        {
            double oe = observed[g] - expected[g];
            rows[g] = new LogRankGroup(names[g], size[g], observed[g], expected[g], oe * oe / expected[g], oe * oe / variance[(g * k) + g]);
        }

        var kept = new List<int>(k);
        for (int g = 0; g < k; g++)
        {
            if (expected[g] > 0)
                kept.Add(g);
        }

        double chi = 0;
        int df = kept.Count - 1;
        if (kept.Count >= 2)
        {
            int m = kept.Count - 1;
            var vv = Matrix<double>.Build.Dense(m, m, (r, c) => variance[(kept[r + 1] * k) + kept[c + 1]]);
            var diff = Vector<double>.Build.Dense(m, r => observed[kept[r + 1]] - expected[kept[r + 1]]);
            chi = vv.Solve(diff).DotProduct(diff);
        }

        double p = df > 0 ? SpecialFunctions.GammaUpperRegularized(df / 2.0, chi / 2) : 1.0;
        return new LogRankResult(rho, strataNames.Length, ImmutableCollectionsMarshal.AsImmutableArray(rows), ImmutableCollectionsMarshal.AsImmutableArray(variance), chi, df, p);
    }
}
