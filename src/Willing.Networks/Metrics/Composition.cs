namespace Willing.Networks.Metrics;

/// <summary>Who the edges join: the share across two classes of actor, and the ties from members into non-members.</summary>
public static class Composition
{
    /// <summary>The edges whose two ends fall on different sides of <paramref name="isFirstClass"/> (e.g. a state and a non-state actor).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="isFirstClass">The class of a node, e.g. <c>node =&gt; node.Kind == "state"</c>.</param>
    public static EdgeShare CrossClass(Graph graph, Func<NetworkNode, bool> isFirstClass)
    {
        ArgumentNullException.ThrowIfNull(isFirstClass);
        var side = graph.Nodes.Select(isFirstClass).ToArray();
        return Count(graph, e => side[e.Source] != side[e.Target]);
    }

    /// <summary>
    /// The penetration of the un-likeminded: edges from a member into a non-member. On a directed graph an
    /// edge counts when its source is a member and its target is not; on an undirected graph, when exactly
    /// one end is a member. <see cref="EdgeShare.OfBase"/> is then the share of the members' edges.
    /// </summary>
    public static EdgeShare MembersIntoNonMembers(Graph graph)
    {
        var nodes = graph.Nodes;
        var share = Count(graph, e => graph.IsDirected
            ? nodes[e.Source].Member && !nodes[e.Target].Member
            : nodes[e.Source].Member != nodes[e.Target].Member);
        int memberEdges = graph.Edges.Count(e => graph.IsDirected ? nodes[e.Source].Member : nodes[e.Source].Member || nodes[e.Target].Member);
        return share with { Base = memberEdges };
    }

    private static EdgeShare Count(Graph graph, Func<NetworkEdge, bool> counts)
    {
        int count = 0;
        double weight = 0, total = 0;
        foreach (var e in graph.Edges)
        {
            total += e.Weight;
            if (counts(e))
            {
                count++;
                weight += e.Weight;
            }
        }

        return new EdgeShare(count, graph.EdgeCount, graph.EdgeCount, weight, total);
    }
}
