using Willing.Networks;
using Willing.Networks.Metrics;

namespace Willing.Cli.Commands.Network;

/// <summary>What <c>willing network metrics</c> prints, with the field names of the JSON contract.</summary>
/// <param name="Nodes">The number of nodes.</param>
/// <param name="Edges">The number of edges after merging repeated rows.</param>
/// <param name="Directed">Whether edges have a direction.</param>
/// <param name="Weighted">Whether a weight column was read.</param>
/// <param name="Density">The share of possible edges present.</param>
/// <param name="DegreeCentralization">Freeman degree centralization (a star is 1).</param>
/// <param name="BetweennessCentralization">Freeman betweenness centralization (a star is 1).</param>
/// <param name="Components">The weak components.</param>
/// <param name="StrongComponents">The strong components of a directed graph.</param>
/// <param name="Actors">Every node's measures, in the order nodes first appear in the file.</param>
public sealed record NetworkReport(
    int Nodes, int Edges, bool Directed, bool Weighted, double? Density, double? DegreeCentralization,
    double? BetweennessCentralization, int Components, int? StrongComponents, IReadOnlyList<ActorMetrics> Actors)
{
    /// <summary>Computes the report; path metrics on <paramref name="threads"/> threads (0 for one per core).</summary>
    public static NetworkReport Of(Graph graph, bool weighted, int threads)
    {
        var paths = ShortestPaths.Compute(graph, NeighborMode.Out, weighted, threads);
        var degree = Degrees.Degree(graph);
        var inDegree = graph.IsDirected ? Degrees.Degree(graph, NeighborMode.In) : null;
        var outDegree = graph.IsDirected ? Degrees.Degree(graph, NeighborMode.Out) : null;
        var strength = Degrees.Strength(graph);
        var eigenvector = Eigenvector.Compute(graph, weighted);
        var pagerank = PageRank.Compute(graph, 0.85, weighted);
        var coreness = Coreness.Compute(graph);
        var constraint = Constraint.Compute(graph, weighted);
        var actors = new ActorMetrics[graph.NodeCount];
        for (int v = 0; v < actors.Length; v++)
        {
            actors[v] = new ActorMetrics(
                graph.Nodes[v].Id, degree[v], inDegree?[v], outDegree?[v], strength[v], paths.Betweenness[v], Defined(paths.Closeness[v]),
                paths.Harmonic[v], eigenvector[v], pagerank[v], coreness[v], Defined(constraint[v]));
        }

        return new NetworkReport(
            graph.NodeCount, graph.EdgeCount, graph.IsDirected, weighted, Defined(Degrees.Density(graph)), Defined(Centralization.Degree(graph)),
            Defined(Centralization.FromBetweenness(graph, paths.Betweenness)), ComponentSet.Of(graph).Count,
            graph.IsDirected ? ComponentSet.Of(graph, strong: true).Count : null, actors);
    }

    private static double? Defined(double value) => double.IsNaN(value) ? null : value;
}
