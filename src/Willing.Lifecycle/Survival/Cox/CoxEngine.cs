namespace Willing.Lifecycle.Survival;

/// <summary>
/// The log partial likelihood of a Cox model, its score vector and information matrix at given coefficients, in one
/// pass over each stratum from the latest time: rows join the risk set as their exit time is reached and, for
/// (start, stop] data, leave it once an event time reaches their entry (Therneau and Grambsch 2000, ch. 3).
/// </summary>
/// <remarks>
/// Works on the design's covariates multiplied by R's scaling, so its decisions about redundant columns are R's;
/// the caller converts back. Ties are Breslow's or Efron's: with d events at a time, Efron's k-th term (k = 0..d-1)
/// counts the tied events at weight 1 - k/d. O(n·p²) per evaluation, with no allocation.
/// </remarks>
internal sealed class CoxEngine
{
    private readonly CoxDesign _d;
    private readonly bool _efron;
    private readonly double[] _x;
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
        _x = new double[n * p];
        for (int q = 0; q < n; q++)
        {
            for (int k = 0; k < p; k++)
                _x[q * p + k] = design.X[q * p + k] * design.Scale[k];
        }

        _eta = new double[n];
        _risk = new double[n];
        _a = new double[p];
        _a2 = new double[p];
        _cmat = new double[p * p];
        _cmat2 = new double[p * p];
    }

    /// <summary>
    /// The log partial likelihood at <paramref name="beta"/> (on the scaled covariates), with the score into
    /// <paramref name="u"/> and the information matrix (full, symmetric) into <paramref name="imat"/>.
    /// </summary>
    public double Evaluate(ReadOnlySpan<double> beta, double[] u, double[] imat)
    {
        var d = _d;
        int n = d.N, p = d.P;
        var x = _x;
        var eta = _eta;
        var risk = _risk;
        for (int q = 0; q < n; q++)
        {
            double z = 0;
            int o = q * p;
            for (int k = 0; k < p; k++)
                z += beta[k] * x[o + k];
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
                    int o = r * p;
                    for (int i = 0; i < p; i++)
                    {
                        double wx = w * x[o + i];
                        a[i] -= wx;
                        int row = i * p;
                        for (int j = 0; j <= i; j++)
                            cmat[row + j] -= wx * x[o + j];
                    }
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
                    int o = q * p;
                    if (evt[q])
                    {
                        deaths++;
                        denom2 += w;
                        loglik += eta[q];
                        for (int i = 0; i < p; i++)
                        {
                            double xi = x[o + i];
                            u[i] += xi;
                            double wx = w * xi;
                            a2[i] += wx;
                            int row = i * p;
                            for (int j = 0; j <= i; j++)
                                cmat2[row + j] += wx * x[o + j];
                        }
                    }
                    else
                    {
                        denom += w;
                        for (int i = 0; i < p; i++)
                        {
                            double wx = w * x[o + i];
                            a[i] += wx;
                            int row = i * p;
                            for (int j = 0; j <= i; j++)
                                cmat[row + j] += wx * x[o + j];
                        }
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
                    for (int k = 0; k < deaths; k++)
                    {
                        denom += denom2 / deaths;
                        loglik -= Math.Log(denom);
                        for (int i = 0; i < p; i++)
                        {
                            a[i] += a2[i] / deaths;
                            double mean = a[i] / denom;
                            u[i] -= mean;
                            int row = i * p;
                            for (int j = 0; j <= i; j++)
                            {
                                cmat[row + j] += cmat2[row + j] / deaths;
                                imat[row + j] += (cmat[row + j] - mean * a[j]) / denom;
                            }
                        }
                    }
                }
            }
        }

        CoxAlgebra.Symmetrise(imat, p);
        return loglik;
    }
}
