using Willing.Core.Model;
using Willing.Networks.Cases;
using Willing.Networks.Metrics;

namespace Willing.Reports;

/// <summary>The size and shape of one case's coordination network: the numbers the report tables and writes under each drawing.</summary>
/// <param name="Network">The network.</param>
/// <param name="Nodes">The actors in it.</param>
/// <param name="Links">The pairs of actors linked (a link's weight is not counted).</param>
/// <param name="Components">The connected components (an isolate is one).</param>
/// <param name="Density">The share of possible links present; null with fewer than two actors.</param>
/// <param name="DegreeCentralization">Freeman degree centralization (a star is 1, a ring 0); null with fewer than three actors.</param>
/// <param name="TieCentralization">The degree centralization of the direct ties alone, among the actors that have one (what the typology's H1 reads); null with fewer than three such actors.</param>
public sealed record NetworkSummary(CoordinationNetwork Network, int Nodes, int Links, int Components, double? Density, double? DegreeCentralization, double? TieCentralization = null)
{
    /// <summary>The case.</summary>
    public CoalitionId Case => Network.Case;

    /// <summary>The numbers of a network, on its unweighted graph (as <c>willing network metrics</c> counts them).</summary>
    public static NetworkSummary Of(CoordinationNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var graph = network.ToGraph();
        var tied = network.Links.Where(l => l.Bases.Any(b => b.Origin == "tie")).SelectMany(l => (string[])[l.A, l.B]).ToHashSet(StringComparer.Ordinal);
        var ties = network.ToGraph(include: b => b.Origin == "tie", keep: a => tied.Contains(a.Id));
        return new NetworkSummary(
            network, graph.NodeCount, graph.EdgeCount, ComponentSet.Of(graph).Count, Defined(Degrees.Density(graph)), Defined(Centralization.Degree(graph)),
            Defined(Centralization.Degree(ties)));
    }

    private static double? Defined(double value) => double.IsFinite(value) ? value : null;
}
