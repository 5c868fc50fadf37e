using Willing.Networks;
using Willing.Simulation.Space;

namespace Willing.Simulation.Mechanisms;

/// <summary>A network built once from a graph and copied for each run, so runs never share mutable ties and need not rebuild them.</summary>
internal sealed class DynamicNetworkTemplate(Graph graph)
{
    private readonly DynamicNetwork _network = DynamicNetwork.FromGraph(graph);

    /// <summary>A fresh copy for one run (the template is only read, so this is safe from several threads).</summary>
    public DynamicNetwork Create() => _network.Clone();
}
