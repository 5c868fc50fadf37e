namespace Willing.Networks.Metrics;

/// <summary>Krackhardt's hierarchy (Krackhardt 1994): how far reachability in a directed graph runs one way only.</summary>
/// <remarks>
/// Over the unordered pairs of nodes of which at least one reaches the other, the share in which only one
/// does: 1 − M / (M + A), with M the pairs that reach each other and A those reached one way only. This is
/// R's <c>sna::hierarchy(measure = "krackhardt")</c>, 1 − the dyadic reciprocity of the reachability graph. A
/// tree of command scores 1, a graph where every tie is returned 0; NaN when no node reaches another.
/// On an undirected graph every reachable pair is mutual, so it scores 0.
/// </remarks>
public static class Hierarchy
{
    /// <summary>Krackhardt's hierarchy of the graph.</summary>
    public static double Krackhardt(Graph graph)
    {
        int n = graph.NodeCount;
        var adj = graph.Out;
        // Mutually reachable pairs are the pairs inside one strong component.
        var strong = ComponentSet.Of(graph, strong: true);
        double mutual = 0;
        foreach (int size in strong.Sizes)
            mutual += (double)size * (size - 1) / 2;

        // Ordered reachable pairs: a search from every node.
        long ordered = 0;
        var seen = new int[n];
        Array.Fill(seen, -1);
        var queue = new int[n];
        for (int s = 0; s < n; s++)
        {
            int head = 0, tail = 0;
            seen[s] = s;
            queue[tail++] = s;
            while (head < tail)
            {
                foreach (int w in adj.Neighbors(queue[head++]))
                {
                    if (seen[w] != s)
                    {
                        seen[w] = s;
                        queue[tail++] = w;
                    }
                }
            }

            ordered += tail - 1;
        }

        double oneWay = ordered - 2 * mutual;
        return mutual + oneWay == 0 ? double.NaN : 1 - mutual / (mutual + oneWay);
    }
}
