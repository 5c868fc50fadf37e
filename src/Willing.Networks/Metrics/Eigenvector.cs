namespace Willing.Networks.Metrics;

/// <summary>Eigenvector centrality, scaled so that the most central node scores 1 (igraph's <c>eigenvector_centrality(scale=True)</c>).</summary>
/// <remarks>
/// <para>The leading eigenvector of the (weighted) adjacency matrix; on a directed graph the left one, so
/// a node is central when central nodes point to it (igraph). Found by power iteration on A + I, started
/// from the degree vector as igraph starts ARPACK; the shift keeps bipartite graphs (a star, a path) from
/// oscillating, and iteration stops when no entry moves by more than 10⁻¹⁴.</para>
/// <para>The matrix is block-diagonal over the weak components, so each is solved alone and only the
/// components whose eigenvalue is the largest keep their scores; the others score 0, as in the exact
/// eigenvector igraph returns. When several components tie for the largest eigenvalue (within 10⁻¹⁰), each is
/// scaled to a maximum of 1 on its own: the eigenvector is then not unique, and this choice treats them
/// alike. A graph without edges scores 1 everywhere, as in igraph.</para>
/// </remarks>
public static class Eigenvector
{
    private const double Tolerance = 1e-14;
    private const int MaxIterations = 100_000;

    /// <summary>The eigenvector centrality of every node, weighted by edge weight or not.</summary>
    public static double[] Compute(Graph graph, bool weighted = false) => Solve(graph, weighted).Scores;

    /// <summary>The scores and the leading eigenvalue.</summary>
    internal static (double[] Scores, double Value) Solve(Graph graph, bool weighted)
    {
        int n = graph.NodeCount;
        var result = new double[n];
        if (graph.EdgeCount == 0)
        {
            Array.Fill(result, 1.0);
            return (result, 0);
        }

        // x_j ← Σ_{i→j} w_ij x_i: on a directed graph the sum runs over in-edges.
        var adj = graph.IsDirected ? graph.In : graph.All;
        var components = ComponentSet.Of(graph);
        var members = new List<int>[components.Count];
        for (int c = 0; c < components.Count; c++)
            members[c] = [];
        for (int v = 0; v < n; v++)
            members[components.Membership[v]].Add(v);

        var values = new double[components.Count];
        var x = new double[n];
        var y = new double[n];
        for (int c = 0; c < components.Count; c++)
        {
            var nodes = members[c];
            if (nodes.Count < 2)
            {
                values[c] = 0;
                continue;
            }

            foreach (int v in nodes)
                x[v] = adj.Count(v) + 1;
            Normalize(x, nodes);
            double change = double.PositiveInfinity;
            for (int iteration = 0; iteration < MaxIterations && change > Tolerance; iteration++)
            {
                foreach (int v in nodes)
                {
                    double sum = x[v];
                    var neighbors = adj.Neighbors(v);
                    var w = adj.WeightsOf(v);
                    for (int k = 0; k < neighbors.Length; k++)
                        sum += (weighted ? w[k] : 1) * x[neighbors[k]];
                    y[v] = sum;
                }

                Normalize(y, nodes);
                change = 0;
                foreach (int v in nodes)
                {
                    change = Math.Max(change, Math.Abs(y[v] - x[v]));
                    x[v] = y[v];
                }
            }

            // The eigenvalue of A: the growth of the largest entry under A (x is scaled to a maximum of 1).
            double top = 0;
            foreach (int v in nodes)
            {
                double sum = 0;
                var neighbors = adj.Neighbors(v);
                var w = adj.WeightsOf(v);
                for (int k = 0; k < neighbors.Length; k++)
                    sum += (weighted ? w[k] : 1) * x[neighbors[k]];
                top = Math.Max(top, sum);
            }

            values[c] = top;
        }

        double largest = values.Max();
        for (int c = 0; c < components.Count; c++)
        {
            if (largest > 0 && ShortestPaths.Compare(values[c], largest) == 0)
            {
                foreach (int v in members[c])
                    result[v] = x[v];
            }
        }

        return (result, largest);
    }

    private static void Normalize(double[] x, List<int> nodes)
    {
        double max = 0;
        foreach (int v in nodes)
            max = Math.Max(max, Math.Abs(x[v]));
        if (max == 0)
            return;
        foreach (int v in nodes)
            x[v] /= max;
    }
}
