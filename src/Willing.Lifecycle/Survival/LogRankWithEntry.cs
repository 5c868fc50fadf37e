namespace Willing.Lifecycle.Survival;

/// <summary>
/// The log-rank test between groups for data with entry times ((start, stop] rows, delayed entry), which R's
/// <c>survdiff</c> does not take. At each event time t the risk set of a group is its rows with start &lt; t ≤ stop;
/// the observed minus expected events of each group and their hypergeometric covariance are summed over the event
/// times as in the log-rank test, so that on right-censored data (every start 0) this is exactly
/// <see cref="LogRank.Test"/> with rho 0, and splitting a subject's time into several rows leaves it unchanged.
/// </summary>
public static class LogRankWithEntry
{
    /// <summary>The chi-square on the groups but the last, its degrees of freedom and its p-value.</summary>
    /// <exception cref="ArgumentException">Fewer than two groups.</exception>
    public static CoxTest Test(SurvivalData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.Validated();
        if (data.Groups.IsDefaultOrEmpty)
            throw new ArgumentException("the log-rank test compares groups: the data have none");
        var names = data.Groups.Distinct().Order(StringComparer.Ordinal).ToList();
        int k = names.Count;
        if (k < 2)
            throw new ArgumentException("the log-rank test compares groups: the data have only one");
        var index = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        var group = new int[data.Count];
        var starts = new List<double>[k];
        var stops = new List<double>[k];
        for (int g = 0; g < k; g++)
        {
            starts[g] = [];
            stops[g] = [];
        }

        for (int i = 0; i < data.Count; i++)
        {
            int g = group[i] = index[data.Groups[i]];
            starts[g].Add(data.StartOf(i));
            stops[g].Add(data.Stop[i]);
        }

        var sortedStarts = starts.Select(s => s.Order().ToArray()).ToArray();
        var sortedStops = stops.Select(s => s.Order().ToArray()).ToArray();

        // Events by time and group.
        var events = new SortedDictionary<double, int[]>();
        for (int i = 0; i < data.Count; i++)
        {
            if (data.Status[i] <= 0)
                continue;
            if (!events.TryGetValue(data.Stop[i], out var d))
                events[data.Stop[i]] = d = new int[k];
            d[group[i]]++;
        }

        var u = new double[k];
        var v = new double[k, k];
        var atRisk = new double[k];
        foreach (var (t, d) in events)
        {
            double n = 0, dt = 0;
            for (int g = 0; g < k; g++)
            {
                // start < t <= stop: rows with stop >= t, less those with start >= t.
                atRisk[g] = (sortedStops[g].Length - LowerBound(sortedStops[g], t)) - (sortedStarts[g].Length - LowerBound(sortedStarts[g], t));
                n += atRisk[g];
                dt += d[g];
            }

            if (n <= 0)
                continue;
            double factor = n > 1 ? dt * (n - dt) / (n * n * (n - 1)) : 0;
            for (int g = 0; g < k; g++)
            {
                u[g] += d[g] - (dt * atRisk[g] / n);
                for (int h = 0; h < k; h++)
                    v[g, h] += factor * ((g == h ? atRisk[g] * n : 0) - (atRisk[g] * atRisk[h]));
            }
        }

        // Chi-square on the first k - 1 groups (the covariance matrix of all k is singular).
        int m = k - 1;
        var matrix = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(m, m, (r, c) => v[r, c]);
        var vector = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(m, r => u[r]);
        double chi = matrix.Rank() < m ? vector * matrix.PseudoInverse() * vector : vector * matrix.Inverse() * vector;
        int df = matrix.Rank();
        double p = df == 0 ? 1 : 1 - MathNet.Numerics.Distributions.ChiSquared.CDF(df, chi);
        return new CoxTest(chi, df, p);
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo;
    }
}
