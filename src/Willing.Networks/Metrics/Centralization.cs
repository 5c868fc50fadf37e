namespace Willing.Networks.Metrics;

/// <summary>Freeman's centralization of a graph: how far its most central node stands above the rest, against the most any graph of its size allows (a star scores exactly 1).</summary>
/// <remarks>Freeman (1979), with igraph's theoretical maxima for graphs without loops. NaN below three nodes, where the maximum is 0.</remarks>
public static class Centralization
{
    /// <summary>Degree centralization: Σ (max − dᵢ) over (n − 1)(n − 2) undirected; (n − 1)² for in- or out-degree and 2(n − 1)(n − 2) for all-degree on a directed graph.</summary>
    public static double Degree(Graph graph, NeighborMode mode = NeighborMode.All)
    {
        var d = Degrees.Degree(graph, mode);
        double n = graph.NodeCount;
        double max = !graph.IsDirected ? (n - 1) * (n - 2) : mode == NeighborMode.All ? 2 * (n - 1) * (n - 2) : (n - 1) * (n - 1);
        return Score(d.Select(x => (double)x).ToArray(), n, max);
    }

    /// <summary>Betweenness centralization: Σ (max − bᵢ) over (n − 1)²(n − 2)/2 undirected or (n − 1)²(n − 2) directed, from unnormalised betweenness.</summary>
    public static double Betweenness(Graph graph, bool weighted = false, int threads = 0) =>
        FromBetweenness(graph, ShortestPaths.Betweenness(graph, weighted, normalized: false, threads));

    /// <summary>Betweenness centralization from betweenness already computed (unnormalised, as <see cref="ShortestPaths.Betweenness"/>).</summary>
    public static double FromBetweenness(Graph graph, IReadOnlyList<double> betweenness)
    {
        double n = graph.NodeCount;
        double max = (n - 1) * (n - 1) * (n - 2) / (graph.IsDirected ? 1 : 2);
        return Score(betweenness, n, max);
    }

    private static double Score(IReadOnlyList<double> values, double n, double theoreticalMax)
    {
        if (n < 3)
            return double.NaN;
        double top = values.Max();
        double sum = 0;
        foreach (double v in values)
            sum += top - v;
        return sum / theoreticalMax;
    }
}
