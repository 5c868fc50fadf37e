namespace Willing.Networks.Metrics;

/// <summary>The shortest-path centralities of every node, computed together from one search per source.</summary>
/// <param name="Betweenness">Brandes betweenness, unnormalised; on an undirected graph (or along <see cref="NeighborMode.All"/>) each unordered pair of ends is counted once.</param>
/// <param name="Closeness">igraph 0.10's closeness over the reachable nodes: the number reached divided by the sum of the distances to them; NaN for a node that reaches none.</param>
/// <param name="Harmonic">Harmonic closeness: the sum of 1/d over the other nodes (unreachable ones add 0), unnormalised as NetworkX.</param>
/// <param name="Reached">The number of other nodes each node reaches.</param>
public sealed record PathCentralities(double[] Betweenness, double[] Closeness, double[] Harmonic, int[] Reached);
