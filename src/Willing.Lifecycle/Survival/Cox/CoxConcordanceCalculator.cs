namespace Willing.Lifecycle.Survival;

/// <summary>
/// Harrell's concordance of risk scores with the outcome and its infinitesimal-jackknife standard error, as survival
/// 3.x's <c>concordancefit</c> computes it for <c>coxph</c> (time weights "n", reversed so that a higher risk score
/// with the earlier event is concordant).
/// </summary>
/// <remarks>
/// Per stratum, from the latest time: an event is compared with every row still at risk (a later exit, or censored
/// at the same time; for (start, stop] rows, entered before the event) through a Fenwick tree over the ranks of the
/// risk scores, O(n log n). Each pair also counts towards both members' influence (the derivative of the counts
/// with respect to the row's case weight): the event's at once, the row at risk's as the difference between the
/// events seen when it leaves the risk set and when it joins it, read from a second tree of events. The variance is
/// the sum of squared influences of Somers' d, summed within subjects first when there are subject labels
/// (Therneau and Watson 2015; survival's concordance vignette).
/// </remarks>
internal static class CoxConcordanceCalculator
{
    public static CoxConcordance Compute(CoxDesign d, ReadOnlySpan<double> coef)
    {
        int n = d.N, p = d.P;
        var x = d.X;
        var lp = new double[n];
        for (int q = 0; q < n; q++)
        {
            double z = 0;
            for (int k = 0; k < p; k++)
                z += coef[k] * x[q * p + k];
            lp[q] = z;
        }

        // Counts before the reversal: "concordant" here means the event has the lower score (R's raw counts).
        double concordant = 0, discordant = 0, tiedX = 0, tiedY = 0, tiedXY = 0;
        var influence = new double[3 * n]; // per position: concordant, discordant, tied on x
        var rank = new int[n];
        var riskTree = new Fenwick(n);
        var eventTree = new Fenwick(n);
        var stop = d.Stop;
        var start = d.Start;
        var evt = d.Event;
        bool counting = d.HasStart;
        for (int s = 0; s < d.StrataCount; s++)
        {
            int begin = d.StratumBegin[s], end = d.StratumBegin[s + 1];
            int size = end - begin;
            if (size == 0)
                continue;

            // Ranks (1-based) of the distinct scores within the stratum.
            var sorted = new double[size];
            var byScore = new int[size];
            for (int i = 0; i < size; i++)
            {
                sorted[i] = lp[begin + i];
                byScore[i] = begin + i;
            }

            CoxSort.Sort(sorted, byScore);
            int distinct = 0;
            for (int i = 0; i < size; i++)
            {
                if (i == 0 || sorted[i] != sorted[i - 1])
                    distinct++;
                rank[byScore[i]] = distinct;
            }

            riskTree.Reset(distinct);
            eventTree.Reset(distinct);

            // Rows never at risk at an event time join and leave the trees too, as in R; they gain no influence.
            var byStart = counting ? EntryOrder(d, s) : null;
            int bs = 0;
            for (int q = begin; q < end;)
            {
                if (!evt[q])
                {
                    Enter(q);
                    q++;
                    continue;
                }

                double t = stop[q];
                if (counting)
                {
                    for (; bs < byStart!.Length && start[byStart[bs]] >= t; bs++)
                    {
                        Leave(byStart[bs]);
                        riskTree.Add(rank[byStart[bs]], -1);
                    }
                }

                int last = q;
                while (last < end && evt[last] && stop[last] == t)
                    last++;

                // Pass 1: each event against the rows at risk; pairs of tied events.
                int ndeath = last - q;
                tiedY += ndeath * (ndeath - 1) / 2.0;
                tiedXY += TiedPairs(lp, q, last);
                for (int r = q; r < last; r++)
                {
                    int rr = rank[r];
                    double below = riskTree.Below(rr), at = riskTree.At(rr), above = riskTree.Total - below - at;
                    concordant += above;
                    discordant += below;
                    tiedX += at;
                    influence[3 * r] += above;
                    influence[3 * r + 1] += below;
                    influence[3 * r + 2] += at;
                    eventTree.Add(rr, 1);
                }

                // Pass 2: the events join the risk set for earlier events.
                for (int r = q; r < last; r++)
                    Enter(r);
                q = last;
            }

            // Finish the influence of the rows still in the risk set.
            if (counting)
            {
                for (; bs < byStart!.Length; bs++)
                    Leave(byStart[bs]);
            }
            else
            {
                for (int r = begin; r < end; r++)
                    Leave(r);
            }
        }

        tiedY -= tiedXY;
        double npair = concordant + discordant + tiedX;
        double somer = (concordant - discordant) / npair;
        double variance = 0;
        if (d.Cluster is int[] cluster)
        {
            var sum = new double[d.ClusterCount];
            for (int q = 0; q < n; q++)
                sum[cluster[q]] += Dfbeta(q);
            foreach (double v in sum)
                variance += v * v;
        }
        else
        {
            for (int q = 0; q < n; q++)
            {
                double v = Dfbeta(q);
                variance += v * v;
            }
        }

        return new CoxConcordance
        {
            Concordant = discordant,
            Discordant = concordant,
            TiedRisk = tiedX,
            TiedTime = tiedY,
            TiedBoth = tiedXY,
            Value = 1 - (somer + 1) / 2,
            StandardError = Math.Sqrt(variance / 4),
        };

        double Dfbeta(int q) => (influence[3 * q] - influence[3 * q + 1]) / npair
            - somer / npair * (influence[3 * q] + influence[3 * q + 1] + influence[3 * q + 2]);

        // A row joins the risk set: the events seen so far do not pair with it (their count is taken off), and
        // when it leaves, those seen by then do (their count is put on).
        void Enter(int r)
        {
            int rr = rank[r];
            double below = eventTree.Below(rr), at = eventTree.At(rr);
            influence[3 * r] -= below;
            influence[3 * r + 1] -= eventTree.Total - below - at;
            influence[3 * r + 2] -= at;
            riskTree.Add(rr, 1);
        }

        void Leave(int r)
        {
            int rr = rank[r];
            double below = eventTree.Below(rr), at = eventTree.At(rr);
            influence[3 * r] += below;
            influence[3 * r + 1] += eventTree.Total - below - at;
            influence[3 * r + 2] += at;
        }
    }

    /// <summary>Pairs among the events at positions [from, to) with equal scores.</summary>
    private static double TiedPairs(double[] lp, int from, int to)
    {
        int count = to - from;
        if (count < 2)
            return 0;
        if (count == 2)
            return lp[from] == lp[from + 1] ? 1 : 0;
        var values = lp.AsSpan(from, count).ToArray();
        Array.Sort(values);
        double pairs = 0;
        int run = 1;
        for (int i = 1; i <= count; i++)
        {
            if (i < count && values[i] == values[i - 1])
                run++;
            else
            {
                pairs += run * (run - 1) / 2.0;
                run = 1;
            }
        }

        return pairs;
    }

    /// <summary>The positions of stratum s by entry time from the latest (every row, ignored ones too).</summary>
    private static int[] EntryOrder(CoxDesign d, int s)
    {
        int begin = d.StratumBegin[s], end = d.StratumBegin[s + 1];
        var positions = new int[end - begin];
        var keys = new double[end - begin];
        for (int q = begin; q < end; q++)
        {
            positions[q - begin] = q;
            keys[q - begin] = -d.Start[q];
        }

        Array.Sort(keys, positions);
        return positions;
    }

    /// <summary>A Fenwick (binary indexed) tree of counts over ranks 1..size, with the count at each rank kept apart.</summary>
    private sealed class Fenwick(int capacity)
    {
        private readonly int[] _tree = new int[capacity + 1];
        private readonly int[] _at = new int[capacity + 1];
        private int _size;

        public int Total { get; private set; }

        public void Reset(int size)
        {
            _size = size;
            Total = 0;
            Array.Clear(_tree, 0, size + 1);
            Array.Clear(_at, 0, size + 1);
        }

        public void Add(int rank, int w)
        {
            Total += w;
            _at[rank] += w;
            for (int i = rank; i <= _size; i += i & -i)
                _tree[i] += w;
        }

        /// <summary>The count at ranks below <paramref name="rank"/>.</summary>
        public int Below(int rank)
        {
            int sum = 0;
            for (int i = rank - 1; i > 0; i -= i & -i)
                sum += _tree[i];
            return sum;
        }

        public int At(int rank) => _at[rank];
    }
}
