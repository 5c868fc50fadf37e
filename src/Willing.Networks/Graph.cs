using System.Collections.Immutable;

namespace Willing.Networks;

/// <summary>
/// An immutable network of actors: nodes with ids and attributes, simple weighted edges, directed or
/// undirected, stored as compressed-sparse-row adjacency for the metrics.
/// </summary>
/// <remarks>
/// Built by <see cref="GraphBuilder"/>: parallel edges are merged into one whose weight is the sum of
/// theirs, and self-loops are refused, so the graph is simple. Nodes keep the order they were added in
/// and edges the order they were first seen; every metric returns one value per node in node order.
/// A directed graph has out-, in- and all-adjacency (the last lists both directions, so a mutual pair
/// appears twice); an undirected graph has one, in which each edge appears at both ends.
/// </remarks>
public sealed class Graph
{
    private readonly Dictionary<string, int> _index;

    internal Graph(bool directed, ImmutableArray<NetworkNode> nodes, ImmutableArray<NetworkEdge> edges, Dictionary<string, int> index)
    {
        IsDirected = directed;
        Nodes = nodes;
        Edges = edges;
        _index = index;
        IsWeighted = edges.Any(e => e.Weight != 1);
        int n = nodes.Length, m = edges.Length;
        if (directed)
        {
            var from = new int[m];
            var to = new int[m];
            var w = new double[m];
            for (int e = 0; e < m; e++)
                (from[e], to[e], w[e]) = (edges[e].Source, edges[e].Target, edges[e].Weight);
            Out = Adjacency.Build(n, from, to, w);
            In = Adjacency.Build(n, to, from, w);
            All = Adjacency.Build(n, [.. from, .. to], [.. to, .. from], [.. w, .. w]);
        }
        else
        {
            var from = new int[2 * m];
            var to = new int[2 * m];
            var w = new double[2 * m];
            for (int e = 0; e < m; e++)
            {
                (from[2 * e], to[2 * e], w[2 * e]) = (edges[e].Source, edges[e].Target, edges[e].Weight);
                (from[2 * e + 1], to[2 * e + 1], w[2 * e + 1]) = (edges[e].Target, edges[e].Source, edges[e].Weight);
            }

            Out = In = All = Adjacency.Build(n, from, to, w);
        }
    }

    /// <summary>Whether edges have a direction.</summary>
    public bool IsDirected { get; }

    /// <summary>Whether any edge has a weight other than 1.</summary>
    public bool IsWeighted { get; }

    /// <summary>The nodes, in the order they were added.</summary>
    public ImmutableArray<NetworkNode> Nodes { get; }

    /// <summary>The edges, merged, in the order first seen.</summary>
    public ImmutableArray<NetworkEdge> Edges { get; }

    /// <summary>The number of nodes.</summary>
    public int NodeCount => Nodes.Length;

    /// <summary>The number of edges (after merging parallel ones).</summary>
    public int EdgeCount => Edges.Length;

    internal Adjacency Out { get; }

    internal Adjacency In { get; }

    internal Adjacency All { get; }

    /// <summary>The index of the node with this id, or -1.</summary>
    public int IndexOf(string id) => _index.TryGetValue(id, out int i) ? i : -1;

    /// <summary>The neighbours of node <paramref name="node"/> along <paramref name="mode"/>, ascending by index.</summary>
    /// <remarks>With <see cref="NeighborMode.All"/> on a directed graph, a node linked both ways appears twice.</remarks>
    public ReadOnlySpan<int> Neighbors(int node, NeighborMode mode = NeighborMode.All) => Adjacent(mode).Neighbors(node);

    /// <summary>Whether there is an edge from <paramref name="source"/> to <paramref name="target"/> (either way on an undirected graph).</summary>
    public bool HasEdge(int source, int target) => Out.Contains(source, target);

    internal Adjacency Adjacent(NeighborMode mode) => mode switch
    {
        NeighborMode.Out => Out,
        NeighborMode.In => In,
        _ => All,
    };
}
