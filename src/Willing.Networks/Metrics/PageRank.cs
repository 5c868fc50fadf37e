namespace Willing.Networks.Metrics;

/// <summary>PageRank (Brin and Page 1998) as igraph computes it with PRPACK: damping 0.85, a uniform jump, and dangling nodes jumping uniformly.</summary>
/// <remarks>
/// Power iteration to a change below 10⁻¹⁵ in the L1 norm, which reaches the exact solution PRPACK solves
/// for to within rounding. A walker at a node follows an out-edge with probability proportional to its
/// weight (undirected edges both ways); at a node with no out-edge (a dangling node) it jumps to any node
/// with equal probability. The scores sum to 1.
/// </remarks>
public static class PageRank
{
    private const double Tolerance = 1e-15;
    private const int MaxIterations = 10_000;

    /// <summary>The PageRank of every node.</summary>
    public static double[] Compute(Graph graph, double damping = 0.85, bool weighted = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(damping);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(damping, 1);
        int n = graph.NodeCount;
        var rank = new double[n];
        if (n == 0)
            return rank;
        var output = graph.IsDirected ? graph.Out : graph.All;
        var input = graph.IsDirected ? graph.In : graph.All;
        var outWeight = new double[n];
        for (int v = 0; v < n; v++)
        {
            if (weighted)
            {
                foreach (double w in output.WeightsOf(v))
                    outWeight[v] += w;
            }
            else
                outWeight[v] = output.Count(v);
        }

        Array.Fill(rank, 1.0 / n);
        var next = new double[n];
        var share = new double[n];
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            double dangling = 0;
            for (int v = 0; v < n; v++)
            {
                if (outWeight[v] == 0)
                    dangling += rank[v];
                else
                    share[v] = rank[v] / outWeight[v];
            }

            double baseline = (1 - damping) / n + damping * dangling / n;
            double change = 0, total = 0;
            for (int v = 0; v < n; v++)
            {
                double sum = 0;
                var neighbors = input.Neighbors(v);
                var w = input.WeightsOf(v);
                for (int k = 0; k < neighbors.Length; k++)
                    sum += (weighted ? w[k] : 1) * share[neighbors[k]];
                next[v] = baseline + damping * sum;
                total += next[v];
            }

            for (int v = 0; v < n; v++)
            {
                double value = next[v] / total;
                change += Math.Abs(value - rank[v]);
                rank[v] = value;
            }

            if (change < Tolerance)
                break;
        }

        return rank;
    }
}
