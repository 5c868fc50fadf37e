namespace Willing.Networks.Metrics;

/// <summary>Degree and strength of every node, and the graph's density.</summary>
public static class Degrees
{
    /// <summary>The number of edges at each node along <paramref name="mode"/> (on a directed graph, <see cref="NeighborMode.All"/> is in plus out).</summary>
    public static int[] Degree(Graph graph, NeighborMode mode = NeighborMode.All)
    {
        var adj = graph.Adjacent(mode);
        var d = new int[graph.NodeCount];
        for (int v = 0; v < d.Length; v++)
            d[v] = adj.Count(v);
        return d;
    }

    /// <summary>The sum of the weights of the edges at each node along <paramref name="mode"/> (igraph's <c>strength</c>).</summary>
    public static double[] Strength(Graph graph, NeighborMode mode = NeighborMode.All)
    {
        var adj = graph.Adjacent(mode);
        var s = new double[graph.NodeCount];
        for (int v = 0; v < s.Length; v++)
        {
            double sum = 0;
            foreach (double w in adj.WeightsOf(v))
                sum += w;
            s[v] = sum;
        }

        return s;
    }

    /// <summary>The share of possible edges present: m / (n(n − 1)/2) undirected, m / (n(n − 1)) directed, without loops; NaN below two nodes.</summary>
    public static double Density(Graph graph)
    {
        double n = graph.NodeCount;
        if (n < 2)
            return double.NaN;
        double possible = graph.IsDirected ? n * (n - 1) : n * (n - 1) / 2;
        return graph.EdgeCount / possible;
    }
}
