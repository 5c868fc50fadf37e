namespace Willing.Lifecycle.Survival;

/// <summary>
/// Score residuals of a Cox model: each row's share of the score vector, the integral of (x − x̄(t)) against its
/// martingale residual dM(t) = dN(t) − Y(t) r dΛ(t) (Therneau and Grambsch 2000, §4.6), with Breslow's or Efron's
/// handling of ties as R's <c>residuals.coxph(type = "score")</c>.
/// </summary>
/// <remarks>
/// One pass per stratum from the latest time collects, at each event time, the hazard increment and the
/// hazard-weighted mean covariates (for Efron, separately for the rows that stay and the tied events, which count
/// at weight 1 − k/d in the k-th term). Running sums over the event times then give each row its residual from the
/// event times inside its interval: O(n·p) instead of the O(n·events) of a direct sum.
/// </remarks>
internal static class CoxResiduals
{
    /// <summary>The score residuals (position × covariate, in the design's centred units) at <paramref name="coef"/>.</summary>
    public static double[] Score(CoxDesign d, ReadOnlySpan<double> coef, bool efron)
    {
        int n = d.N, p = d.P;
        var x = d.X;
        var risk = new double[n];
        for (int q = 0; q < n; q++)
        {
            double z = 0;
            for (int k = 0; k < p; k++)
                z += coef[k] * x[q * p + k];
            risk[q] = Math.Exp(z);
        }

        int most = 0;
        for (int s = 0; s < d.StrataCount; s++)
            most = Math.Max(most, d.DeathBegin[s + 1] - d.DeathBegin[s]);

        // Per event time j: hazard H and hazard-weighted mean M for rows that stay, Hd and Md for the tied events,
        // and the events' mean of means; then running sums CH and CM over the event times.
        var h = new double[most];
        var hd = new double[most];
        var m = new double[most * p];
        var md = new double[most * p];
        var mbar = new double[most * p];
        var ch = new double[most + 1];
        var cm = new double[(most + 1) * p];
        var a = new double[p];
        var a2 = new double[p];
        var resid = new double[n * p];
        var stop = d.Stop;
        var start = d.Start;
        var evt = d.Event;
        var ignored = d.Ignored;
        bool counting = d.HasStart;
        for (int s = 0; s < d.StrataCount; s++)
        {
            int begin = d.StratumBegin[s], end = d.StratumBegin[s + 1];
            int deathTimes = d.DeathBegin[s + 1] - d.DeathBegin[s];
            int j = deathTimes;
            int q = begin;
            int sp = counting ? d.StartBegin[s] : 0;
            int spEnd = counting ? d.StartBegin[s + 1] : 0;
            int nrisk = 0;
            double denom = 0;
            Array.Clear(a);
            while (true)
            {
                int e = q;
                while (e < end && !evt[e])
                    e++;
                if (e == end)
                    break;
                double t = stop[e];
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
                        continue;
                    }

                    denom -= risk[r];
                    for (int k = 0; k < p; k++)
                        a[k] -= risk[r] * x[r * p + k];
                }

                double eDenom = 0;
                int deaths = 0;
                Array.Clear(a2);
                for (; q < end && stop[q] >= t; q++)
                {
                    if (ignored is not null && ignored[q])
                        continue;
                    nrisk++;
                    double w = risk[q];
                    denom += w;
                    for (int k = 0; k < p; k++)
                        a[k] += w * x[q * p + k];
                    if (evt[q])
                    {
                        deaths++;
                        eDenom += w;
                        for (int k = 0; k < p; k++)
                            a2[k] += w * x[q * p + k];
                    }
                }

                j--;
                int o = j * p;
                if (!efron || deaths == 1)
                {
                    double hazard = deaths / denom;
                    h[j] = hazard;
                    hd[j] = hazard;
                    for (int k = 0; k < p; k++)
                    {
                        double mean = a[k] / denom;
                        m[o + k] = hazard * mean;
                        md[o + k] = hazard * mean;
                        mbar[o + k] = mean;
                    }
                }
                else
                {
                    double sumH = 0, sumHd = 0;
                    for (int k = 0; k < p; k++)
                    {
                        m[o + k] = 0;
                        md[o + k] = 0;
                        mbar[o + k] = 0;
                    }

                    for (int dd = 0; dd < deaths; dd++)
                    {
                        double down = (double)dd / deaths;
                        double d2 = denom - down * eDenom;
                        double hazard = 1 / d2;
                        sumH += hazard;
                        sumHd += (1 - down) * hazard;
                        for (int k = 0; k < p; k++)
                        {
                            double mean = (a[k] - down * a2[k]) / d2;
                            m[o + k] += mean * hazard;
                            md[o + k] += mean * (1 - down) * hazard;
                            mbar[o + k] += mean / deaths;
                        }
                    }

                    h[j] = sumH;
                    hd[j] = sumHd;
                }
            }

            ch[0] = 0;
            for (int k = 0; k < p; k++)
                cm[k] = 0;
            for (int t = 0; t < deathTimes; t++)
            {
                ch[t + 1] = ch[t] + h[t];
                for (int k = 0; k < p; k++)
                    cm[(t + 1) * p + k] = cm[t * p + k] + m[t * p + k];
            }

            for (int r = begin; r < end; r++)
            {
                if (ignored is not null && ignored[r])
                    continue;
                int upTo = d.DeathsUpTo(s, stop[r]);
                int from = counting ? d.DeathsUpTo(s, start[r]) : 0;
                int own = evt[r] ? upTo - 1 : -1;
                int to = evt[r] ? own : upTo;
                double w = risk[r];
                double dh = ch[to] - ch[from];
                for (int k = 0; k < p; k++)
                {
                    double xk = x[r * p + k];
                    double v = -w * (xk * dh - (cm[to * p + k] - cm[from * p + k]));
                    if (own >= 0)
                        v += xk - mbar[own * p + k] - w * (xk * hd[own] - md[own * p + k]);
                    resid[r * p + k] = v;
                }
            }
        }

        return resid;
    }
}
