namespace Willing.Networks.Metrics;

/// <summary>The k-core of every node: the largest k such that the node belongs to a subgraph in which every node has degree at least k (igraph's <c>coreness</c>).</summary>
/// <remarks>Batagelj and Zaversnik (2003), O(m): peel nodes in order of current degree with a bucket sort.</remarks>
public static class Coreness
{
    /// <summary>The coreness of every node, degrees counted along <paramref name="mode"/>.</summary>
    public static int[] Compute(Graph graph, NeighborMode mode = NeighborMode.All)
    {
        int n = graph.NodeCount;
        var adj = graph.Adjacent(mode);
        // Peeling a node lowers the degree of the nodes whose degree counted it: its reverse neighbours.
        var reverse = mode switch { NeighborMode.Out => graph.In, NeighborMode.In => graph.Out, _ => graph.All };
        var degree = new int[n];
        int maxDegree = 0;
        for (int v = 0; v < n; v++)
        {
            degree[v] = adj.Count(v);
            maxDegree = Math.Max(maxDegree, degree[v]);
        }

        var bin = new int[maxDegree + 2];
        foreach (int d in degree)
            bin[d + 1]++;
        for (int d = 0; d <= maxDegree; d++)
            bin[d + 1] += bin[d];
        var start = bin.AsSpan(0, maxDegree + 1).ToArray();
        var order = new int[n];
        var position = new int[n];
        for (int v = 0; v < n; v++)
        {
            position[v] = start[degree[v]]++;
            order[position[v]] = v;
        }

        for (int i = 0; i < n; i++)
        {
            int v = order[i];
            foreach (int u in reverse.Neighbors(v))
            {
                if (degree[u] > degree[v])
                {
                    int du = degree[u], pu = position[u], pw = bin[du], w = order[pw];
                    if (u != w)
                    {
                        (order[pu], order[pw]) = (w, u);
                        (position[u], position[w]) = (pw, pu);
                    }

                    bin[du]++;
                    degree[u]--;
                }
            }
        }

        return degree;
    }
}
