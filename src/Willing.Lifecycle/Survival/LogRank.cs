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
/// <para>Any status above 0 is an event. Right-censored data only, as <c>survdiff</c>.</para>
/// </remarks>
public static class LogRank
{
    /// <summary>Tests whether the groups of <see cref="SurvivalData.Groups"/> share one survival curve, within the strata of <see cref="SurvivalData.Strata"/> if any.</summary>
    /// <param name="data">Right-censored rows with group labels; validated first.</param>
    /// <param name="rho">The G-rho exponent: 0 the log-rank test, 1 the Peto–Peto modification of the Gehan–Wilcoxon test.</param>
    /// <exception cref="ArgumentException">Fewer than two groups, entry times given, a non-finite rho, or inconsistent data.</exception>
    public static LogRankResult Test(SurvivalData data, double rho = 0)
    {
        if (!double.IsFinite(rho))
            throw new ArgumentException($"rho must be finite, not {rho}", nameof(rho));
        data.Validated();
        if (data.HasStart)
            throw new ArgumentException("the log-rank test takes right-censored data only (no entry times), as R's survdiff");
        int n = data.Count;
        int[] groups = SurvivalMath.Encode(data.Groups.AsSpan(), n, "all", out string[] names);
        if (data.Groups.IsDefaultOrEmpty || names.Length < 2)
            throw new ArgumentException($"the log-rank test compares two or more groups; the data have {(data.Groups.IsDefaultOrEmpty ? "no group labels" : "one group, " + names[0])}");
        int k = names.Length;
        int[] strata = SurvivalMath.Encode(data.Strata.AsSpan(), n, "all", out string[] strataNames);
        int[] offsets = SurvivalMath.Offsets(strata, strataNames.Length);

        // Rows stratum by stratum, sorted by time within each; the item packs group and event flag.
        var time = new double[n];
        var item = new int[n];
        var next = offsets[..^1];
        ReadOnlySpan<double> stop = data.Stop.AsSpan();
        ReadOnlySpan<int> status = data.Status.AsSpan();
        var size = new int[k];
        for (int i = 0; i < n; i++)
        {
            int at = next[strata[i]]++;
            time[at] = stop[i];
            item[at] = (groups[i] << 1) | (status[i] > 0 ? 1 : 0);
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
            for (int i = a; i < b; i++)
                atRisk[item[i] >> 1]++;
            int total = b - a;
            double km = 1;
            for (int i = a; i < b;)
            {
                double t = time[i];
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
