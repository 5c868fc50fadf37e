namespace Willing.Networks;

/// <summary>An edge of a <see cref="Graph"/> between two node indices.</summary>
/// <param name="Source">The index of the source node (the first node seen for an undirected edge).</param>
/// <param name="Target">The index of the target node.</param>
/// <param name="Weight">The edge's weight: positive and finite; 1 unless given. Path metrics read it as a distance, the others as a strength.</param>
public readonly record struct NetworkEdge(int Source, int Target, double Weight);
