namespace Willing.Networks;

/// <summary>Which edges of a directed graph a metric follows from a node (igraph's <c>mode</c>).</summary>
/// <remarks>On an undirected graph the three are the same: every edge is followed both ways.</remarks>
public enum NeighborMode
{
    /// <summary>Edges leaving the node.</summary>
    Out,

    /// <summary>Edges entering the node.</summary>
    In,

    /// <summary>Edges either way, as if the graph were undirected (a mutual pair counts as two edges).</summary>
    All,
}
