using System.Collections.Immutable;
using Willing.Networks;

namespace Willing.Simulation.Space;

/// <summary>
/// The space of a model: a network over its agents whose ties form and break during a run. Ties are weighted and
/// typed; it is built from a <see cref="Graph"/> and gives one back for measuring with <c>Willing.Networks</c>.
/// </summary>
/// <remarks>
/// <para>
/// The nodes are fixed: node <c>i</c> is agent <c>i</c>. Between two nodes there is at most one tie of each type
/// (on an undirected network, one per unordered pair and type), so adding a tie that exists changes nothing and
/// <see cref="SetTie"/> changes its weight. Weights are positive and finite and self-loops are refused, as in
/// <see cref="GraphBuilder"/>, so every state of the network can be exported.
/// </para>
/// <para>
/// Each node keeps its ties in arrays (out-, in- and all-ties on a directed network, one list on an undirected
/// one, where a tie appears at both ends), so <see cref="Ties"/> is a span read without allocation. A
/// <see cref="Clone"/> shares the ties until one of the two changes them. Removing a tie
/// moves the last tie of each list into its slot: the order of a node's ties depends on the history of changes,
/// and is the same for the same history, so runs stay reproducible. <see cref="Version"/> counts the changes, so a
/// mechanism can cache what it derives from the ties.
/// </para>
/// </remarks>
public sealed class DynamicNetwork
{
    private Dictionary<TieKey, double> _weights;
    private NetworkTie[][] _out;
    private int[] _outCount;
    private NetworkTie[][] _in;
    private int[] _inCount;
    private NetworkTie[][] _all;
    private int[] _allCount;
    private bool _shared;

    /// <summary>A network over <paramref name="nodes"/> with no ties.</summary>
    /// <param name="nodes">The nodes, in agent order; their ids must be distinct.</param>
    /// <param name="directed">Whether ties have a direction.</param>
    /// <param name="tieTypes">The names of the tie types (at least one; default: one type named <c>tie</c>).</param>
    public DynamicNetwork(IEnumerable<NetworkNode> nodes, bool directed, IEnumerable<string>? tieTypes = null)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        Nodes = [.. nodes];
        IsDirected = directed;
        TieTypes = tieTypes is null ? ["tie"] : [.. tieTypes];
        if (TieTypes.IsEmpty)
            throw new ArgumentException("a network needs at least one tie type", nameof(tieTypes));
        if (TieTypes.Distinct(StringComparer.Ordinal).Count() != TieTypes.Length)
            throw new ArgumentException("two tie types share a name", nameof(tieTypes));
        if (Nodes.Select(n => n.Id).Distinct(StringComparer.Ordinal).Count() != Nodes.Length)
            throw new ArgumentException("two nodes share an id", nameof(nodes));
        int n = Nodes.Length;
        _weights = [];
        _out = NewLists(n);
        _outCount = new int[n];
        _in = directed ? NewLists(n) : _out;
        _inCount = directed ? new int[n] : _outCount;
        _all = directed ? NewLists(n) : _out;
        _allCount = directed ? new int[n] : _outCount;
    }

    private DynamicNetwork(DynamicNetwork other)
    {
        Nodes = other.Nodes;
        IsDirected = other.IsDirected;
        TieTypes = other.TieTypes;
        Version = other.Version;
        (_weights, _out, _outCount, _in, _inCount, _all, _allCount) =
            (other._weights, other._out, other._outCount, other._in, other._inCount, other._all, other._allCount);
        _shared = true;
    }

    /// <summary>Before a change: a network that shares its ties with a clone (or with the network it was cloned from) copies them first.</summary>
    private void Own()
    {
        if (!_shared)
            return;
        _weights = new Dictionary<TieKey, double>(_weights);
        var (oldOut, oldIn, oldAll) = (_out, _in, _all);
        _out = CopyLists(oldOut);
        _outCount = (int[])_outCount.Clone();
        _in = IsDirected ? CopyLists(oldIn) : _out;
        _inCount = IsDirected ? (int[])_inCount.Clone() : _outCount;
        _all = IsDirected ? CopyLists(oldAll) : _out;
        _allCount = IsDirected ? (int[])_allCount.Clone() : _outCount;
        _shared = false;
    }

    /// <summary>A network with the nodes and edges of <paramref name="graph"/>, every edge a tie of type <paramref name="tieType"/>.</summary>
    /// <param name="graph">The graph; its edges are added in its edge order.</param>
    /// <param name="tieType">The type the graph's edges become.</param>
    /// <param name="tieTypes">All tie types of the network (must include <paramref name="tieType"/>); default: just <paramref name="tieType"/>.</param>
    public static DynamicNetwork FromGraph(Graph graph, string tieType = "tie", IEnumerable<string>? tieTypes = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var network = new DynamicNetwork(graph.Nodes, graph.IsDirected, tieTypes ?? [tieType]);
        int type = network.TieType(tieType);
        foreach (var e in graph.Edges)
            network.AddTie(e.Source, e.Target, e.Weight, type);
        network.Version = 0;
        return network;
    }

    /// <summary>Whether ties have a direction.</summary>
    public bool IsDirected { get; }

    /// <summary>The nodes, in agent order.</summary>
    public ImmutableArray<NetworkNode> Nodes { get; }

    /// <summary>The number of nodes.</summary>
    public int NodeCount => Nodes.Length;

    /// <summary>The names of the tie types; a tie's type is an index into this list.</summary>
    public ImmutableArray<string> TieTypes { get; }

    /// <summary>The number of ties (of all types).</summary>
    public int TieCount => _weights.Count;

    /// <summary>The number of changes made since the network was created (0 after <see cref="FromGraph"/>).</summary>
    public long Version { get; private set; }

    /// <summary>The index of the tie type named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No tie type has that name.</exception>
    public int TieType(string name)
    {
        int i = TieTypes.IndexOf(name, StringComparer.Ordinal);
        return i >= 0 ? i : throw new ArgumentException($"no tie type is named {name} (the types: {string.Join(", ", TieTypes)})", nameof(name));
    }

    /// <summary>The ties of <paramref name="node"/>: leaving it (<see cref="NeighborMode.Out"/>), entering it, or both; on an undirected network all three are the same.</summary>
    public ReadOnlySpan<NetworkTie> Ties(int node, NeighborMode mode = NeighborMode.All)
    {
        var (lists, counts) = Select(mode);
        return lists[node].AsSpan(0, counts[node]);
    }

    /// <summary>The number of ties of <paramref name="node"/> along <paramref name="mode"/>.</summary>
    public int Degree(int node, NeighborMode mode = NeighborMode.All) => Select(mode).Counts[node];

    /// <summary>The sum of the weights of the ties of <paramref name="node"/> along <paramref name="mode"/>, added in the order of <see cref="Ties"/>.</summary>
    public double Strength(int node, NeighborMode mode = NeighborMode.All)
    {
        double s = 0;
        foreach (var t in Ties(node, mode))
            s += t.Weight;
        return s;
    }

    /// <summary>Whether there is a tie of type <paramref name="type"/> from <paramref name="source"/> to <paramref name="target"/> (either way when undirected).</summary>
    public bool HasTie(int source, int target, int type = 0) => _weights.ContainsKey(Key(source, target, type));

    /// <summary>The weight of the tie of type <paramref name="type"/> between the two nodes, or 0 when there is none.</summary>
    public double Weight(int source, int target, int type = 0) =>
        _weights.TryGetValue(Key(source, target, type), out double w) ? w : 0;

    /// <summary>Adds a tie unless one of that type already joins the two nodes; whether it was added.</summary>
    /// <exception cref="ArgumentException">A self-loop, an unknown node or type, or a weight that is not positive and finite.</exception>
    public bool AddTie(int source, int target, double weight = 1, int type = 0)
    {
        Validate(source, target, weight, type);
        var key = Key(source, target, type);
        if (_weights.ContainsKey(key))
            return false;
        Own();
        _weights.Add(key, weight);
        Append(_out, _outCount, source, new NetworkTie(target, weight, type));
        if (IsDirected)
        {
            Append(_in, _inCount, target, new NetworkTie(source, weight, type));
            Append(_all, _allCount, source, new NetworkTie(target, weight, type));
            Append(_all, _allCount, target, new NetworkTie(source, weight, type));
        }
        else
            Append(_out, _outCount, target, new NetworkTie(source, weight, type));
        Version++;
        return true;
    }

    /// <summary>Adds the tie, or sets the weight of the tie of that type between the two nodes.</summary>
    public void SetTie(int source, int target, double weight, int type = 0)
    {
        Validate(source, target, weight, type);
        var key = Key(source, target, type);
        if (!_weights.ContainsKey(key))
        {
            AddTie(source, target, weight, type);
            return;
        }

        Own();
        _weights[key] = weight;
        Reweigh(_out, _outCount, source, target, type, weight);
        if (IsDirected)
        {
            Reweigh(_in, _inCount, target, source, type, weight);
            Reweigh(_all, _allCount, source, target, type, weight);
            Reweigh(_all, _allCount, target, source, type, weight);
        }
        else
            Reweigh(_out, _outCount, target, source, type, weight);
        Version++;
    }

    /// <summary>Removes the tie of type <paramref name="type"/> between the two nodes; whether there was one.</summary>
    public bool RemoveTie(int source, int target, int type = 0)
    {
        if (!_weights.ContainsKey(Key(source, target, type)))
            return false;
        Own();
        _weights.Remove(Key(source, target, type));
        Detach(_out, _outCount, source, target, type);
        if (IsDirected)
        {
            Detach(_in, _inCount, target, source, type);
            Detach(_all, _allCount, source, target, type);
            Detach(_all, _allCount, target, source, type);
        }
        else
            Detach(_out, _outCount, target, source, type);
        Version++;
        return true;
    }

    /// <summary>A copy whose changes do not touch this network, nor this network's changes the copy.</summary>
    /// <remarks>
    /// Copy-on-write: the two share their ties until either changes them, so cloning a template network for each run
    /// costs nothing for a mechanism that only reads the ties. Cloning from several threads at once is safe while
    /// nobody changes the original.
    /// </remarks>
    public DynamicNetwork Clone()
    {
        _shared = true;
        return new DynamicNetwork(this);
    }

    /// <summary>
    /// The network as it is now, as an immutable <see cref="Graph"/> for the metrics of <c>Willing.Networks</c>.
    /// </summary>
    /// <param name="types">The tie types to export (default: all). Ties of several exported types between one pair become one edge whose weight is their sum (the rule of <see cref="GraphBuilder"/>).</param>
    /// <param name="node">The node record to export for each index (e.g. to set <see cref="NetworkNode.Member"/> from the model's state); default: <see cref="Nodes"/>.</param>
    /// <remarks>Edges are added in a canonical order (by source, then target, then type), so the graph does not depend on the order ties were made in.</remarks>
    public Graph ToGraph(IEnumerable<int>? types = null, Func<int, NetworkNode>? node = null)
    {
        var keep = types is null ? null : new HashSet<int>(types);
        var builder = new GraphBuilder(IsDirected);
        for (int i = 0; i < NodeCount; i++)
        {
            var n = node?.Invoke(i) ?? Nodes[i];
            if (!string.Equals(n.Id, Nodes[i].Id, StringComparison.Ordinal))
                throw new ArgumentException($"the node exported for index {i} has the id {n.Id}, not {Nodes[i].Id}", nameof(node));
            builder.AddNode(n.Id, n.Kind, n.Group, n.Member);
        }

        var ties = new List<(int Source, int Target, int Type, double Weight)>(TieCount);
        for (int s = 0; s < NodeCount; s++)
        {
            foreach (var t in Ties(s, NeighborMode.Out))
            {
                if ((IsDirected || s < t.Node) && (keep is null || keep.Contains(t.Type)))
                    ties.Add((s, t.Node, t.Type, t.Weight));
            }
        }

        ties.Sort((a, b) => (a.Source, a.Target, a.Type).CompareTo((b.Source, b.Target, b.Type)));
        foreach (var t in ties)
            builder.AddEdge(t.Source, t.Target, t.Weight);
        return builder.Build();
    }

    private (NetworkTie[][] Lists, int[] Counts) Select(NeighborMode mode) => mode switch
    {
        NeighborMode.Out => (_out, _outCount),
        NeighborMode.In => (_in, _inCount),
        _ => (_all, _allCount),
    };

    private TieKey Key(int source, int target, int type) =>
        IsDirected || source < target ? new TieKey(source, target, type) : new TieKey(target, source, type);

    private void Validate(int source, int target, double weight, int type)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(source);
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(source, NodeCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, NodeCount);
        ArgumentOutOfRangeException.ThrowIfNegative(type);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(type, TieTypes.Length);
        if (source == target)
            throw new ArgumentException($"a self-loop on '{Nodes[source].Id}': the network keeps no ties of an actor to itself");
        if (!double.IsFinite(weight) || weight <= 0)
            throw new ArgumentException($"the weight {weight} is not a positive finite number", nameof(weight));
    }

    private static void Append(NetworkTie[][] lists, int[] counts, int node, NetworkTie tie)
    {
        if (counts[node] == lists[node].Length)
            Array.Resize(ref lists[node], Math.Max(4, lists[node].Length * 2));
        lists[node][counts[node]++] = tie;
    }

    private static void Reweigh(NetworkTie[][] lists, int[] counts, int node, int other, int type, double weight)
    {
        var list = lists[node];
        for (int i = 0; i < counts[node]; i++)
        {
            if (list[i].Node == other && list[i].Type == type)
            {
                list[i] = list[i] with { Weight = weight };
                return;
            }
        }
    }

    private static void Detach(NetworkTie[][] lists, int[] counts, int node, int other, int type)
    {
        var list = lists[node];
        for (int i = 0; i < counts[node]; i++)
        {
            if (list[i].Node == other && list[i].Type == type)
            {
                list[i] = list[--counts[node]];
                list[counts[node]] = default;
                return;
            }
        }
    }

    private static NetworkTie[][] NewLists(int n)
    {
        var lists = new NetworkTie[n][];
        for (int i = 0; i < n; i++)
            lists[i] = [];
        return lists;
    }

    private static NetworkTie[][] CopyLists(NetworkTie[][] lists) => [.. lists.Select(l => (NetworkTie[])l.Clone())];

    private readonly record struct TieKey(int Source, int Target, int Type);
}
