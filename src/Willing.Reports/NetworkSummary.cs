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
public sealed record NetworkSummary(CoordinationNetwork Network, int Nodes, int Links, int Components, double? Density, double? DegreeCentralization)
{
    /// <summary>The case.</summary>
    public CoalitionId Case => Network.Case;

    /// <summary>The numbers of a network, on its unweighted graph (as <c>willing network metrics</c> counts them).</summary>
    public static NetworkSummary Of(CoordinationNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var graph = network.ToGraph();
        return new NetworkSummary(
            network, graph.NodeCount, graph.EdgeCount, ComponentSet.Of(graph).Count, Defined(Degrees.Density(graph)), Defined(Centralization.Degree(graph)));
    }

    private static double? Defined(double value) => double.IsFinite(value) ? value : null;
}
