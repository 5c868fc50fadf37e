using System.Collections.Immutable;
using MathNet.Numerics.LinearAlgebra;

namespace Willing.Lifecycle.Survival;

/// <summary>
/// The test of proportional hazards for a fitted Cox model, as R's <c>cox.zph</c> in survival 3.x: for each
/// covariate, the score test of adding its interaction with a function g(t) of time, at the fitted coefficients
/// (Grambsch and Therneau 1994, in the exact score-test form survival 3.0 adopted), and a global test of all of them;
/// with the scaled Schoenfeld residuals for plotting β(t).
/// </summary>
/// <remarks>
/// <para>g is the transform of time: <c>km</c> (the default) one minus the Kaplan–Meier estimate just before t,
/// over all rows; <c>rank</c> the rank of t among all exit times; <c>identity</c> t; <c>log</c> log t. It is
/// centred on its mean over the events. At the fitted β the score for the p covariates is taken as 0, so each test
/// is u' I⁻¹ u with u = (0, U₂) from the 2p × 2p information of (β, γ) at γ = 0, for the covariate's γ alone
/// or all together. Ties and strata are handled as in the fit.</para>
/// <para>The scaled Schoenfeld residual of an event is β + V̄⁻¹ r, r its Schoenfeld residual (x minus the risk-set
/// mean, for Efron the mean of the tied events' means) and V̄ the information divided by the number of events;
/// in a stratum where a covariate never varies it is NaN.</para>
/// </remarks>
public static class CoxZph
{
    /// <summary>The transforms of time, by R's names.</summary>
    public static readonly ImmutableArray<string> Transforms = ["km", "rank", "identity", "log"];

    /// <summary>The test for <paramref name="fit"/>, which must have been fitted to <paramref name="data"/>.</summary>
    public static CoxZphResult Test(CoxFit fit, SurvivalData data, string transform = "km")
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(transform);
        string tname = transform.ToLowerInvariant();
        if (!Transforms.Contains(tname))
            throw new ArgumentException($"unknown transform '{transform}'; use one of {string.Join(", ", Transforms)}", nameof(transform));

        var d = CoxDesign.Build(data, fit.Options);
        if (d.N != fit.Rows || d.Events != fit.Events || d.Stratified != !fit.Strata.IsEmpty)
            throw new ArgumentException("the data is not the data the model was fitted to", nameof(data));
        int n = d.N, p = d.P;
        var coef = fit.Coefficients.Select(c => c.Coefficient).ToArray();
        var g = TransformTimes(d, tname);
        double gmean = 0;
        for (int q = 0; q < n; q++)
        {
            if (d.Event[q])
                gmean += g[q];
        }

        gmean /= d.Events;
        var gt = new double[n];
        for (int q = 0; q < n; q++)
            gt[q] = g[q] - gmean;

        var acc = Accumulate(d, coef, gt, fit.Options.Ties == CoxTies.Efron);
        int p2 = 2 * p;
        var imat = Matrix<double>.Build.Dense(p2, p2, (i, j) => acc.Imat[i * p2 + j]);

        // Per covariate: the (p + 1)-dimensional test of its interaction; then all p together.
        var terms = ImmutableArray.CreateBuilder<CoxZphTerm>(p);
        for (int k = 0; k < p; k++)
        {
            var index = Enumerable.Range(0, p).Append(p + k).ToArray();
            var sub = Matrix<double>.Build.Dense(p + 1, p + 1, (i, j) => imat[index[i], index[j]]);
            var u = Vector<double>.Build.Dense(p + 1);
            u[p] = acc.U2[k];
            double stat = sub.Solve(u).DotProduct(u);
            terms.Add(new CoxZphTerm(d.Names[k], stat, 1, CoxModel.ChiSquareP(stat, 1)));
        }

        var all = Vector<double>.Build.Dense(p2);
        for (int k = 0; k < p; k++)
            all[p + k] = acc.U2[k];
        double global = imat.Solve(all).DotProduct(all);

        // Scaled Schoenfeld residuals, events in R's order: by stratum, then time; tied events by row, (start, stop]
        // data in reverse (the order of R's passes). The design holds each stratum from the latest time, ties by row.
        var events = new int[d.Events];
        var stratumOf = new int[n];
        int filled = 0;
        for (int s = 0; s < d.StrataCount; s++)
        {
            for (int q = d.StratumBegin[s + 1] - 1; q >= d.StratumBegin[s]; q--)
            {
                stratumOf[q] = s;
                if (!d.Event[q])
                    continue;
                events[filled++] = q;
            }
        }

        if (!d.HasStart)
        {
            for (int lo = 0; lo < events.Length;)
            {
                int hi = lo + 1;
                while (hi < events.Length && stratumOf[events[hi]] == stratumOf[events[lo]] && d.Stop[events[hi]] == d.Stop[events[lo]])
                    hi++;
                Array.Reverse(events, lo, hi - lo);
                lo = hi;
            }
        }

        var used = Used(d);
        var vmean = Matrix<double>.Build.Dense(p, p, (i, j) =>
        {
            double w = 0;
            for (int s = 0; s < d.StrataCount; s++)
                w += Math.Min(used[s * p + i], used[s * p + j]);
            return imat[i, j] / (w == 0 ? 1 : w);
        });

        var scaled = new double[p][];
        for (int k = 0; k < p; k++)
            scaled[k] = new double[events.Length];
        var r = new double[p];
        for (int s = 0; s < d.StrataCount; s++)
        {
            var keep = Enumerable.Range(0, p).Where(k => used[s * p + k] > 0).ToArray();
            int m = keep.Length;
            var inverse = m == 0 ? null : Matrix<double>.Build.Dense(m, m, (i, j) => vmean[keep[i], keep[j]]).Inverse();
            for (int e = 0; e < events.Length; e++)
            {
                int q = events[e];
                if (stratumOf[q] != s)
                    continue;
                for (int k = 0; k < p; k++)
                    scaled[k][e] = double.NaN;
                if (inverse is null)
                    continue;
                for (int i = 0; i < m; i++)
                    r[i] = acc.Schoenfeld[q * p + keep[i]];
                for (int i = 0; i < m; i++)
                {
                    double v = 0;
                    for (int j = 0; j < m; j++)
                        v += inverse[i, j] * r[j];
                    scaled[keep[i]][e] = v + coef[keep[i]];
                }
            }
        }

        var variance = vmean.Inverse();
        return new CoxZphResult
        {
            Transform = tname,
            Terms = terms.MoveToImmutable(),
            Global = new CoxZphTerm("GLOBAL", global, p, CoxModel.ChiSquareP(global, p)),
            Times = [.. events.Select(q => d.Stop[q])],
            TransformedTimes = [.. events.Select(q => g[q])],
            Strata = d.Stratified ? [.. events.Select(q => d.StratumLabels[stratumOf[q]])] : [],
            ScaledResiduals = [.. scaled.Select(column => ImmutableArray.Create(column))],
            Variance = CoxModel.ToMatrix(variance.ToRowMajorArray(), p),
        };
    }

    /// <summary>g(t) for each position's exit time.</summary>
    private static double[] TransformTimes(CoxDesign d, string transform)
    {
        int n = d.N;
        var g = new double[n];
        switch (transform)
        {
            case "identity":
                Array.Copy(d.Stop, g, n);
                break;
            case "log":
                for (int q = 0; q < n; q++)
                {
                    if (!(d.Stop[q] > 0))
                        throw new ArgumentException("the log transform needs every exit time above 0", nameof(transform));
                    g[q] = Math.Log(d.Stop[q]);
                }

                break;
            case "rank":
                {
                    // Average ranks of the exit times among all rows.
                    var order = Enumerable.Range(0, n).ToArray();
                    var keys = (double[])d.Stop.Clone();
                    Array.Sort(keys, order);
                    for (int i = 0; i < n;)
                    {
                        int j = i;
                        while (j < n && keys[j] == keys[i])
                            j++;
                        double rank = (i + 1 + j) / 2.0;
                        for (int k = i; k < j; k++)
                            g[order[k]] = rank;
                        i = j;
                    }

                    break;
                }

            default:
                KaplanMeierBefore(d, g);
                break;
        }

        return g;
    }

    /// <summary>1 − S(t−) for each position, S the Kaplan–Meier estimate over all rows (strata ignored), risk sets (start, stop].</summary>
    private static void KaplanMeierBefore(CoxDesign d, double[] g)
    {
        int n = d.N;
        var stops = (double[])d.Stop.Clone();
        Array.Sort(stops);
        var starts = (double[])d.Start.Clone();
        Array.Sort(starts);
        var eventStops = new double[d.Events];
        int e = 0;
        for (int q = 0; q < n; q++)
        {
            if (d.Event[q])
                eventStops[e++] = d.Stop[q];
        }

        Array.Sort(eventStops);
        var eventTimes = new List<double>();
        var deaths = new List<int>();
        for (int i = 0; i < eventStops.Length; i++)
        {
            if (i > 0 && eventStops[i] == eventStops[i - 1])
                deaths[^1]++;
            else
            {
                eventTimes.Add(eventStops[i]);
                deaths.Add(1);
            }
        }

        // survBefore[j] = S just before eventTimes[j]; survBefore[m] = S after the last.
        int m = eventTimes.Count;
        var survBefore = new double[m + 1];
        double surv = 1;
        for (int j = 0; j < m; j++)
        {
            survBefore[j] = surv;
            double t = eventTimes[j];
            int atRisk = n - LowerBound(stops, t);
            if (d.HasStart)
                atRisk -= n - LowerBound(starts, t);
            surv *= 1 - (double)deaths[j] / atRisk;
        }

        survBefore[m] = surv;
        var times = eventTimes.ToArray();
        for (int q = 0; q < n; q++)
            g[q] = 1 - survBefore[LowerBound(times, d.Stop[q])];
    }

    /// <summary>The number of sorted values strictly below t.</summary>
    private static int LowerBound(double[] sorted, double t)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < t)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo;
    }

    /// <summary>Per stratum and covariate: the stratum's number of events when the covariate varies within it, else 0.</summary>
    private static double[] Used(CoxDesign d)
    {
        int p = d.P;
        var used = new double[d.StrataCount * p];
        for (int s = 0; s < d.StrataCount; s++)
        {
            int begin = d.StratumBegin[s], end = d.StratumBegin[s + 1];
            int events = 0;
            for (int q = begin; q < end; q++)
            {
                if (d.Event[q])
                    events++;
            }

            for (int k = 0; k < p; k++)
            {
                for (int q = begin + 1; q < end; q++)
                {
                    if (d.X[q * p + k] != d.X[begin * p + k])
                    {
                        used[s * p + k] = events;
                        break;
                    }
                }
            }
        }

        return used;
    }

    private sealed record Accumulated(double[] U2, double[] Imat, double[] Schoenfeld);

    /// <summary>
    /// One pass over the risk sets at the fitted coefficients: the score U₂ of the time interactions, the 2p × 2p
    /// information of (β, γ), and each event's Schoenfeld residual (by position).
    /// </summary>
    private static Accumulated Accumulate(CoxDesign d, double[] coef, double[] gt, bool efron)
    {
        int n = d.N, p = d.P, p2 = 2 * p;
        var x = d.X;
        var risk = new double[n];
        for (int q = 0; q < n; q++)
        {
            double z = 0;
            for (int k = 0; k < p; k++)
                z += coef[k] * x[q * p + k];
            risk[q] = Math.Exp(z);
        }

        var u2 = new double[p];
        var imat = new double[p2 * p2];
        var schoen = new double[n * p];
        var a = new double[p];
        var a2 = new double[p];
        var cmat = new double[p * p];
        var cmat2 = new double[p * p];
        var tmean = new double[p];
        var stop = d.Stop;
        var start = d.Start;
        var evt = d.Event;
        var ignored = d.Ignored;
        bool counting = d.HasStart;
        for (int s = 0; s < d.StrataCount; s++)
        {
            int end = d.StratumBegin[s + 1];
            int q = d.StratumBegin[s];
            int sp = counting ? d.StartBegin[s] : 0;
            int spEnd = counting ? d.StartBegin[s + 1] : 0;
            double denom = 0;
            int nrisk = 0;
            Array.Clear(a);
            Array.Clear(cmat);
            while (true)
            {
                int e = q;
                while (e < end && !evt[e])
                    e++;
                if (e == end)
                    break;
                double t = stop[e];
                double w0 = gt[e];
                for (; counting && sp < spEnd; sp++)
                {
                    int r = d.StartOrder[sp];
                    if (start[r] < t)
                        break;
                    nrisk--;
                    if (nrisk == 0)
                    {
                        denom = 0;
                        Array.Clear(a);
                        Array.Clear(cmat);
                        continue;
                    }

                    double w = risk[r];
                    denom -= w;
                    for (int i = 0; i < p; i++)
                    {
                        double wx = w * x[r * p + i];
                        a[i] -= wx;
                        for (int j = 0; j <= i; j++)
                            cmat[i * p + j] -= wx * x[r * p + j];
                    }
                }

                double denom2 = 0;
                int deaths = 0;
                int firstDeath = -1;
                Array.Clear(a2);
                Array.Clear(cmat2);
                for (; q < end && stop[q] >= t; q++)
                {
                    if (ignored is not null && ignored[q])
                        continue;
                    nrisk++;
                    double w = risk[q];
                    if (evt[q])
                    {
                        if (deaths++ == 0)
                            firstDeath = q;
                        denom2 += w;
                        for (int i = 0; i < p; i++)
                        {
                            double xi = x[q * p + i];
                            u2[i] += w0 * xi;
                            schoen[q * p + i] = xi;
                            a2[i] += w * xi;
                            for (int j = 0; j <= i; j++)
                                cmat2[i * p + j] += w * xi * x[q * p + j];
                        }
                    }
                    else
                    {
                        denom += w;
                        for (int i = 0; i < p; i++)
                        {
                            double wx = w * x[q * p + i];
                            a[i] += wx;
                            for (int j = 0; j <= i; j++)
                                cmat[i * p + j] += wx * x[q * p + j];
                        }
                    }
                }

                // The deaths are the last `deaths` rows before q that are events at t.
                if (!efron)
                {
                    denom += denom2;
                    for (int i = 0; i < p; i++)
                    {
                        a[i] += a2[i];
                        tmean[i] = a[i] / denom;
                        u2[i] -= w0 * deaths * tmean[i];
                        for (int j = 0; j <= i; j++)
                        {
                            cmat[i * p + j] += cmat2[i * p + j];
                            AddInformation(imat, p, i, j, deaths * (cmat[i * p + j] - tmean[i] * a[j]) / denom, w0);
                        }
                    }
                }
                else
                {
                    // The d Efron terms (f = k/d, D_k = D + f·D₂) in closed form, as in CoxEngine; the Schoenfeld
                    // residuals take the mean of the d means.
                    double s1 = 0, sf = 0, s2 = 0, sf2 = 0, sff2 = 0;
                    for (int k = 1; k <= deaths; k++)
                    {
                        double f = (double)k / deaths;
                        double inv = 1 / (denom + denom2 * f);
                        double inv2 = inv * inv;
                        s1 += inv;
                        sf += f * inv;
                        s2 += inv2;
                        sf2 += f * inv2;
                        sff2 += f * f * inv2;
                    }

                    for (int i = 0; i < p; i++)
                    {
                        double ai = a[i], a2i = a2[i];
                        double meanSum = ai * s1 + a2i * sf;
                        tmean[i] = meanSum / deaths;
                        u2[i] -= w0 * meanSum;
                        for (int j = 0; j <= i; j++)
                        {
                            double aj = a[j], a2j = a2[j];
                            double v = cmat[i * p + j] * s1 + cmat2[i * p + j] * sf
                                - (ai * aj * s2 + (ai * a2j + a2i * aj) * sf2 + a2i * a2j * sff2);
                            AddInformation(imat, p, i, j, v, w0);
                        }
                    }

                    denom += denom2;
                    for (int i = 0; i < p; i++)
                    {
                        a[i] += a2[i];
                        for (int j = 0; j <= i; j++)
                            cmat[i * p + j] += cmat2[i * p + j];
                    }
                }

                for (int r = firstDeath; r < q; r++)
                {
                    if (!evt[r] || stop[r] != t)
                        continue;
                    for (int i = 0; i < p; i++)
                        schoen[r * p + i] -= tmean[i];
                }
            }
        }

        // Fill the symmetric blocks from the lower triangles.
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j < i; j++)
            {
                imat[j * p2 + i] = imat[i * p2 + j];
                imat[(p + j) * p2 + p + i] = imat[(p + i) * p2 + p + j];
                imat[j * p2 + p + i] = imat[i * p2 + p + j];
            }
        }

        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j < p; j++)
                imat[(p + i) * p2 + j] = imat[j * p2 + p + i];
        }

        return new Accumulated(u2, imat, schoen);
    }

    /// <summary>Adds a term of the information at (i, j), j ≤ i, to the three blocks, weighted by g and g².</summary>
    private static void AddInformation(double[] imat, int p, int i, int j, double v, double g)
    {
        int p2 = 2 * p;
        imat[i * p2 + j] += v;
        imat[i * p2 + p + j] += v * g;
        imat[(p + i) * p2 + p + j] += v * g * g;
    }
}

/// <summary>The proportional-hazards test of a Cox model, as R's <c>cox.zph</c> reports it.</summary>
public sealed record CoxZphResult
{
    /// <summary>The transform of time: km, rank, identity or log.</summary>
    public required string Transform { get; init; }

    /// <summary>One test per covariate, in model order.</summary>
    public required ImmutableArray<CoxZphTerm> Terms { get; init; }

    /// <summary>The global test of all covariates (named GLOBAL, as R).</summary>
    public required CoxZphTerm Global { get; init; }

    /// <summary>The event times, by stratum and then time, one per event.</summary>
    public required ImmutableArray<double> Times { get; init; }

    /// <summary>The transformed event times, g(t), one per event.</summary>
    public required ImmutableArray<double> TransformedTimes { get; init; }

    /// <summary>The stratum of each event; empty for an unstratified model.</summary>
    public ImmutableArray<string> Strata { get; init; } = [];

    /// <summary>The scaled Schoenfeld residuals, one array per covariate with one value per event (NaN where the covariate does not vary in the event's stratum): β(t) to plot against the transformed time.</summary>
    public required ImmutableArray<ImmutableArray<double>> ScaledResiduals { get; init; }

    /// <summary>The inverse of the mean information per event (R's <c>var</c>), for confidence bands around a smooth of the residuals.</summary>
    public required ImmutableArray<ImmutableArray<double>> Variance { get; init; }
}

/// <summary>One line of the proportional-hazards test.</summary>
/// <param name="Name">The covariate, or GLOBAL.</param>
/// <param name="ChiSquare">The score statistic.</param>
/// <param name="DegreesOfFreedom">Its degrees of freedom.</param>
/// <param name="P">The upper-tail p-value.</param>
public sealed record CoxZphTerm(string Name, double ChiSquare, int DegreesOfFreedom, double P);
