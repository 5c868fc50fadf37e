using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Willing.Lifecycle.Survival;

/// <summary>
/// The log partial likelihood of a Cox model, its score vector and information matrix at given coefficients, in one
/// pass over each stratum from the latest time: rows join the risk set as their exit time is reached and, for
/// (start, stop] data, leave it once an event time reaches their entry (Therneau and Grambsch 2000, ch. 3).
/// </summary>
/// <remarks>
/// <para>The coefficients, score and information are those of the covariates multiplied by R's scaling
/// (<see cref="CoxDesign.Scale"/>), so that decisions about redundant columns are R's; the sums run on the centred
/// covariates and are rescaled at the end.</para>
/// <para>Ties are Breslow's or Efron's. With d events at a time, Efron's k-th term (k = 1..d) counts the tied events
/// at weight f = k/d: its denominator is D + f·D₂, its sums a + f·a₂ and C + f·C₂ (D, a, C over the rows that stay,
/// D₂, a₂, C₂ over the events). The d terms of the score and information are sums of these over k, so they come
/// from five scalar sums over k (of 1/D_k, f/D_k, 1/D_k², f/D_k², f²/D_k²) and one O(p²) combination, rather than
/// d of them. O(n·p²) per evaluation, with no allocation.</para>
/// </remarks>
internal sealed class CoxEngine
{
    private readonly CoxDesign _d;
    private readonly bool _efron;
    private readonly double[] _b;
    private readonly double[] _eta;
    private readonly double[] _risk;
    private readonly double[] _a;
    private readonly double[] _a2;
    private readonly double[] _cmat;
    private readonly double[] _cmat2;

    public CoxEngine(CoxDesign design, bool efron)
    {
        _d = design;
        _efron = efron;
        int n = design.N, p = design.P;
        _b = new double[p];
        _eta = new double[n];
        _risk = new double[n];
        _a = new double[p];
        _a2 = new double[p];
        _cmat = new double[p * p];
        _cmat2 = new double[p * p];
    }

    /// <summary>
    /// The log partial likelihood at <paramref name="beta"/> (on the scaled covariates), with the score into
    /// <paramref name="u"/> and the information matrix (full, symmetric) into <paramref name="imat"/>, both on the
    /// scaled covariates.
    /// </summary>
    public double Evaluate(ReadOnlySpan<double> beta, double[] u, double[] imat)
    {
        var d = _d;
        int n = d.N, p = d.P;
        var scale = d.Scale;
        var b = _b;
        for (int k = 0; k < p; k++)
            b[k] = beta[k] * scale[k];
        var x = d.X;
        var eta = _eta;
        var risk = _risk;
        ref double x0 = ref MemoryMarshal.GetArrayDataReference(x);
        ref double b0 = ref MemoryMarshal.GetArrayDataReference(b);
        for (int q = 0; q < n; q++)
        {
            ref double xq = ref Unsafe.Add(ref x0, q * p);
            double z = 0;
            for (int k = 0; k < p; k++)
                z += Unsafe.Add(ref b0, k) * Unsafe.Add(ref xq, k);
            eta[q] = z;
            risk[q] = Math.Exp(z);
        }

        Array.Clear(u);
        Array.Clear(imat);
        var a = _a;
        var a2 = _a2;
        var cmat = _cmat;
        var cmat2 = _cmat2;
        var stop = d.Stop;
        var start = d.Start;
        var evt = d.Event;
        var ignored = d.Ignored;
        var startOrder = d.StartOrder;
        bool counting = d.HasStart;
        double loglik = 0;
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

                // Rows whose entry time is at or after this event time leave the risk set.
                for (; counting && sp < spEnd; sp++)
                {
                    int r = startOrder[sp];
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
                    AddRow(ref Unsafe.Add(ref x0, r * p), p, -w, a, cmat);
                }

                // Rows whose exit time is at or after it join; the events at it are summed apart.
                double denom2 = 0;
                int deaths = 0;
                Array.Clear(a2);
                Array.Clear(cmat2);
                for (; q < end && stop[q] >= t; q++)
                {
                    if (ignored is not null && ignored[q])
                        continue;
                    nrisk++;
                    double w = risk[q];
                    ref double xq = ref Unsafe.Add(ref x0, q * p);
                    if (evt[q])
                    {
                        deaths++;
                        denom2 += w;
                        loglik += eta[q];
                        for (int i = 0; i < p; i++)
                            u[i] += Unsafe.Add(ref xq, i);
                        AddRow(ref xq, p, w, a2, cmat2);
                    }
                    else
                    {
                        denom += w;
                        AddRow(ref xq, p, w, a, cmat);
                    }
                }

                if (!_efron || deaths == 1)
                {
                    denom += denom2;
                    loglik -= deaths * Math.Log(denom);
                    for (int i = 0; i < p; i++)
                    {
                        a[i] += a2[i];
                        double mean = a[i] / denom;
                        u[i] -= deaths * mean;
                        int row = i * p;
                        for (int j = 0; j <= i; j++)
                        {
                            cmat[row + j] += cmat2[row + j];
                            imat[row + j] += deaths * (cmat[row + j] - mean * a[j]) / denom;
                        }
                    }
                }
                else
                {
                    // Σ_k over the Efron terms, with f = k/d and D_k = D + f·D₂.
                    double s1 = 0, sf = 0, s2 = 0, sf2 = 0, sff2 = 0;
                    for (int k = 1; k <= deaths; k++)
                    {
                        double f = (double)k / deaths;
                        double dk = denom + denom2 * f;
                        loglik -= Math.Log(dk);
                        double inv = 1 / dk;
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
                        u[i] -= ai * s1 + a2i * sf;
                        int row = i * p;
                        for (int j = 0; j <= i; j++)
                        {
                            double aj = a[j], a2j = a2[j];
                            imat[row + j] += cmat[row + j] * s1 + cmat2[row + j] * sf
                                - (ai * aj * s2 + (ai * a2j + a2i * aj) * sf2 + a2i * a2j * sff2);
                            cmat[row + j] += cmat2[row + j];
                        }
                    }

                    denom += denom2;
                    for (int i = 0; i < p; i++)
                        a[i] += a2[i];
                }
            }
        }

        // To the scaled covariates of R's iterations.
        for (int i = 0; i < p; i++)
        {
            u[i] *= scale[i];
            for (int j = 0; j <= i; j++)
                imat[i * p + j] *= scale[i] * scale[j];
        }

        CoxAlgebra.Symmetrise(imat, p);
        return loglik;
    }

    /// <summary>Adds w·x to the sums and w·x·x' to the lower triangle of the cross-products (w &lt; 0 takes a row out).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddRow(ref double x, int p, double w, double[] a, double[] cmat)
    {
        ref double a0 = ref MemoryMarshal.GetArrayDataReference(a);
        ref double c0 = ref MemoryMarshal.GetArrayDataReference(cmat);
        for (int i = 0; i < p; i++)
        {
            double wx = w * Unsafe.Add(ref x, i);
            Unsafe.Add(ref a0, i) += wx;
            ref double row = ref Unsafe.Add(ref c0, i * p);
            for (int j = 0; j <= i; j++)
                Unsafe.Add(ref row, j) += wx * Unsafe.Add(ref x, j);
        }
    }
}
