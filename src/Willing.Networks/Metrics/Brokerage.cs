namespace Willing.Networks.Metrics;

/// <summary>Gould–Fernandez brokerage: the raw count of each role each node plays, from the nodes' <see cref="NetworkNode.Group"/>s.</summary>
/// <remarks>
/// A brokerage relation is a two-path A → B → C with A ≠ C and no edge A → C; B is the broker, and the
/// groups of A, B and C decide its role (<see cref="BrokerageRoles"/>). These are the raw counts of R's
/// <c>sna::brokerage</c> (its <c>raw.nli</c>), on a directed graph; an undirected edge counts both ways, so
/// on an undirected graph each path is counted from both ends. Weights are ignored. Nodes without a group
/// form one group together.
/// </remarks>
public static class Brokerage
{
    /// <summary>The roles of every node.</summary>
    public static BrokerageRoles[] Compute(Graph graph)
    {
        int n = graph.NodeCount;
        var groupIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var group = new int[n];
        for (int v = 0; v < n; v++)
        {
            string key = graph.Nodes[v].Group ?? "\0";
            if (!groupIds.TryGetValue(key, out int g))
                groupIds.Add(key, g = groupIds.Count);
            group[v] = g;
        }

        var result = new BrokerageRoles[n];
        for (int b = 0; b < n; b++)
        {
            int coordinator = 0, itinerant = 0, gatekeeper = 0, representative = 0, liaison = 0;
            int gb = group[b];
            foreach (int a in graph.In.Neighbors(b))
            {
                int ga = group[a];
                foreach (int c in graph.Out.Neighbors(b))
                {
                    if (c == a || graph.Out.Contains(a, c))
                        continue;
                    int gc = group[c];
                    if (ga == gb && gb == gc)
                        coordinator++;
                    else if (ga == gc)
                        itinerant++;
                    else if (gb == gc)
                        gatekeeper++;
                    else if (ga == gb)
                        representative++;
                    else
                        liaison++;
                }
            }

            result[b] = new BrokerageRoles(coordinator, itinerant, gatekeeper, representative, liaison);
        }

        return result;
    }
}
