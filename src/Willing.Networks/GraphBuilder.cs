namespace Willing.Networks;

/// <summary>Collects nodes and edges and builds an immutable <see cref="Graph"/>.</summary>
/// <remarks>
/// Parallel edges are merged: adding an edge that is already there (the same pair, in either order on an
/// undirected graph) adds its weight to the existing edge's, so three unit ties between two actors become
/// one edge of weight 3. Self-loops are refused (<see cref="ArgumentException"/>): an actor's tie to itself
/// says nothing about coordination, and igraph's constraint and eigenvector treat loops in ways that
/// differ between metrics. An edge naming an unknown id adds a node with no attributes; a later
/// <see cref="AddNode"/> for that id sets them.
/// </remarks>
/// <param name="directed">Whether the graph's edges have a direction.</param>
public sealed class GraphBuilder(bool directed)
{
    private readonly List<NetworkNode> _nodes = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<NetworkEdge> _edges = [];
    private readonly Dictionary<long, int> _edgeIndex = [];

    /// <summary>Whether the graph being built is directed.</summary>
    public bool IsDirected => directed;

    /// <summary>The number of nodes so far.</summary>
    public int NodeCount => _nodes.Count;

    /// <summary>The number of distinct edges so far.</summary>
    public int EdgeCount => _edges.Count;

    /// <summary>Adds a node, or sets the attributes of the node with this id; its index.</summary>
    public int AddNode(string id, string? kind = null, string? group = null, bool member = false)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_index.TryGetValue(id, out int i))
        {
            _nodes[i] = new NetworkNode(id, kind, group, member);
            return i;
        }

        _index.Add(id, _nodes.Count);
        _nodes.Add(new NetworkNode(id, kind, group, member));
        return _nodes.Count - 1;
    }

    /// <summary>Adds an edge between two ids (adding unknown ids as nodes), merging it into an existing edge between them.</summary>
    /// <exception cref="ArgumentException">The ends are the same node, or the weight is not positive and finite.</exception>
    public void AddEdge(string source, string target, double weight = 1)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (string.Equals(source, target, StringComparison.Ordinal))
            throw new ArgumentException($"a self-loop on '{source}': the graph keeps no ties of an actor to itself", nameof(target));
        AddEdge(Index(source), Index(target), weight);
    }

    /// <summary>Adds an edge between two node indices already added, merging it into an existing edge between them.</summary>
    /// <exception cref="ArgumentException">The ends are the same node, or the weight is not positive and finite.</exception>
    public void AddEdge(int source, int target, double weight = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(source);
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(source, _nodes.Count);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, _nodes.Count);
        if (source == target)
            throw new ArgumentException($"a self-loop on '{_nodes[source].Id}': the graph keeps no ties of an actor to itself", nameof(target));
        if (!double.IsFinite(weight) || weight <= 0)
            throw new ArgumentException($"the weight {weight} is not a positive finite number", nameof(weight));
        int a = source, b = target;
        if (!directed && a > b)
            (a, b) = (b, a);
        long key = ((long)a << 32) | (uint)b;
        if (_edgeIndex.TryGetValue(key, out int e))
            _edges[e] = _edges[e] with { Weight = _edges[e].Weight + weight };
        else
        {
            _edgeIndex.Add(key, _edges.Count);
            _edges.Add(new NetworkEdge(source, target, weight));
        }
    }

    /// <summary>The immutable graph of everything added so far.</summary>
    public Graph Build() =>
        new(directed, [.. _nodes], [.. _edges], new Dictionary<string, int>(_index, StringComparer.Ordinal));

    private int Index(string id) => _index.TryGetValue(id, out int i) ? i : AddNode(id);
}
