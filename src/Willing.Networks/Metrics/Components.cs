namespace Willing.Networks.Metrics;

/// <summary>The connected components of a graph.</summary>
/// <param name="Count">The number of components (an isolate is one).</param>
/// <param name="Membership">The component of each node, numbered from 0 in the order of each component's lowest node index.</param>
/// <param name="Sizes">The number of nodes in each component.</param>
public sealed record ComponentSet(int Count, int[] Membership, int[] Sizes)
{
    /// <summary>The components of a graph: weak (edges either way) or, on a directed graph, strong (each node reaches every other).</summary>
    public static ComponentSet Of(Graph graph, bool strong = false) =>
        strong && graph.IsDirected ? Strong(graph) : Weak(graph);

    private static ComponentSet Weak(Graph graph)
    {
        var adj = graph.All;
        int n = graph.NodeCount;
        var membership = new int[n];
        Array.Fill(membership, -1);
        var queue = new int[n];
        var sizes = new List<int>();
        for (int s = 0; s < n; s++)
        {
            if (membership[s] >= 0)
                continue;
            int c = sizes.Count, head = 0, tail = 0;
            membership[s] = c;
            queue[tail++] = s;
            while (head < tail)
            {
                foreach (int w in adj.Neighbors(queue[head++]))
                {
                    if (membership[w] < 0)
                    {
                        membership[w] = c;
                        queue[tail++] = w;
                    }
                }
            }

            sizes.Add(tail);
        }

        return new ComponentSet(sizes.Count, membership, [.. sizes]);
    }

    /// <summary>Tarjan (1972), iterative so that long paths cannot overflow the stack; components renumbered by lowest node.</summary>
    private static ComponentSet Strong(Graph graph)
    {
        var adj = graph.Out;
        int n = graph.NodeCount;
        var index = new int[n];
        Array.Fill(index, -1);
        var low = new int[n];
        var onStack = new bool[n];
        var stack = new int[n];
        var callNode = new int[n];
        var callEdge = new int[n];
        var raw = new int[n];
        int sp = 0, counter = 0, components = 0;
        for (int root = 0; root < n; root++)
        {
            if (index[root] >= 0)
                continue;
            int depth = 0;
            callNode[0] = root;
            callEdge[0] = adj.Offsets[root];
            index[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0)
            {
                int v = callNode[depth];
                if (callEdge[depth] < adj.Offsets[v + 1])
                {
                    int w = adj.Targets[callEdge[depth]++];
                    if (index[w] < 0)
                    {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = adj.Offsets[w];
                    }
                    else if (onStack[w])
                        low[v] = Math.Min(low[v], index[w]);
                    continue;
                }

                if (low[v] == index[v])
                {
                    int w;
                    do
                    {
                        w = stack[--sp];
                        onStack[w] = false;
                        raw[w] = components;
                    }
                    while (w != v);
                    components++;
                }

                depth--;
                if (depth >= 0)
                    low[callNode[depth]] = Math.Min(low[callNode[depth]], low[v]);
            }
        }

        var renumber = new int[components];
        Array.Fill(renumber, -1);
        var membership = new int[n];
        var sizes = new int[components];
        int next = 0;
        for (int v = 0; v < n; v++)
        {
            if (renumber[raw[v]] < 0)
                renumber[raw[v]] = next++;
            membership[v] = renumber[raw[v]];
            sizes[membership[v]]++;
        }

        return new ComponentSet(components, membership, sizes);
    }
}
