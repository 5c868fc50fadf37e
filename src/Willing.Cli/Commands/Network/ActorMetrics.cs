namespace Willing.Cli.Commands.Network;

/// <summary>One actor's row of <c>willing network metrics</c>.</summary>
/// <param name="Id">The node's id.</param>
/// <param name="Degree">Edges at the node (in plus out on a directed graph).</param>
/// <param name="InDegree">Edges into the node (directed graphs).</param>
/// <param name="OutDegree">Edges out of the node (directed graphs).</param>
/// <param name="Strength">The summed weight of its edges.</param>
/// <param name="Betweenness">Brandes betweenness, unnormalised.</param>
/// <param name="Closeness">igraph's closeness over the reachable nodes; absent for a node that reaches none.</param>
/// <param name="Harmonic">The sum of 1/d to the other nodes.</param>
/// <param name="Eigenvector">Eigenvector centrality, the largest 1.</param>
/// <param name="Pagerank">PageRank, damping 0.85; the scores sum to 1.</param>
/// <param name="Coreness">The k-core the node belongs to.</param>
/// <param name="Constraint">Burt's constraint; absent for an isolate.</param>
public sealed record ActorMetrics(
    string Id, int Degree, int? InDegree, int? OutDegree, double Strength, double Betweenness, double? Closeness,
    double Harmonic, double Eigenvector, double Pagerank, int Coreness, double? Constraint);
