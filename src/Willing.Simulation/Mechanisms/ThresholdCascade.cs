using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Willing.Networks;
using Willing.Simulation.Data;
using Willing.Simulation.Modeling;
using Willing.Simulation.Parameters;
using Willing.Simulation.Space;

namespace Willing.Simulation.Mechanisms;

/// <summary>
/// Granovetter's (1978) threshold model of collective behaviour on a network (Watts 2002): each actor joins once
/// the share of its neighbours that have joined reaches its own threshold; joining is for good.
/// </summary>
/// <remarks>
/// <para>
/// Sources: M. Granovetter, "Threshold Models of Collective Behavior", <i>American Journal of Sociology</i> 83(6):
/// 1420–1443, 1978 (thresholds, the uniform 0, 1/100, …, 99/100 example that goes all the way and stops when one
/// threshold moves, the normal thresholds of mean 0.25); D. J. Watts, "A simple model of global cascades on random
/// networks", <i>PNAS</i> 99(9): 5766–5771, 2002 (the fraction of network neighbours as exposure). This is the
/// demonstration mechanism of the simulation core; the norm cascade of Cooper's model two builds on it.
/// </para>
/// <para>
/// Set-up (step 0): each agent's threshold θ is given, or drawn from the model's random source in index order,
/// from a normal distribution N(<c>threshold_mean</c>, <c>threshold_sd</c>) or a uniform one on
/// [<c>threshold_low</c>, <c>threshold_high</c>); the given initial adopters join, then <c>initial_adopters</c>
/// more are drawn uniformly without replacement from the others (a partial Fisher–Yates shuffle; all of them when
/// fewer remain). A threshold at or below 0 is an instigator, who joins at step 1 whatever the others do.
/// </para>
/// <para>
/// A step (simultaneous activation, two population stages): <b>expose</b> — every agent that has not joined
/// compares its exposure, the weight of its ties from agents that had joined by the start of the step divided by
/// the weight of all its ties (0 for an isolated agent), with its threshold, and is marked when exposure ≥ θ;
/// <b>adopt</b> — the marked agents join. On a directed network an agent is exposed through the ties that enter it
/// (from source to target: the source influences the target). The model stops itself after the first step in which
/// no agent joins (unless <c>stop_at_rest</c> is false). With <c>update</c> = <c>full</c> the expose stage sums, for every
/// agent that has not joined, the weights of its entering ties from adopters afresh over a compressed (CSR) copy of the
/// ties, the textbook synchronous update; with <c>incremental</c> (the default) the sums are kept up to date as agents join
/// and only the agents whose sums changed are looked at. Both give the same joinings when the weights are whole numbers
/// (the sums are then exact in either order). On a complete graph the exposure of a non-adopter is the share of the others who have joined,
/// which is Granovetter's population model.
/// </para>
/// </remarks>
public sealed class ThresholdCascade : Mechanism<ThresholdCascadeModel>
{
    private readonly DynamicNetworkTemplate _template;

    /// <summary>A cascade on <paramref name="network"/>.</summary>
    /// <param name="network">The actors and their ties; node kinds (<c>state</c>, <c>ngo</c>, …) become agent kinds.</param>
    /// <param name="thresholds">Given thresholds, one per node in node order; when given, <c>threshold_distribution</c> defaults to <c>given</c>.</param>
    /// <param name="initialAdopters">Ids of nodes that have joined at step 0, before any drawn at random.</param>
    /// <exception cref="ArgumentException">The thresholds do not match the nodes, or an initial adopter is not a node.</exception>
    public ThresholdCascade(Graph network, IEnumerable<double>? thresholds = null, IEnumerable<string>? initialAdopters = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        Network = network;
        Thresholds = thresholds is null ? null : [.. thresholds];
        if (Thresholds is { } t && t.Length != network.NodeCount)
            throw new ArgumentException($"{t.Length} thresholds for {network.NodeCount} nodes", nameof(thresholds));
        if (Thresholds is { } u && u.Any(double.IsNaN))
            throw new ArgumentException("a threshold is NaN", nameof(thresholds));
        InitialAdopters = [.. (initialAdopters ?? []).Select(id => network.IndexOf(id) is int i and >= 0 ? i : throw new ArgumentException($"the initial adopter {id} is not a node of the network", nameof(initialAdopters))).Distinct()];
        _template = new DynamicNetworkTemplate(network);
        InTies = CompressedTies.Entering(_template.Create());
        string[] distributions = Thresholds is null ? ["normal", "uniform"] : ["given", "normal", "uniform"];
        Parameters = new ParameterSpace([
            ParameterDefinition.Choice("threshold_distribution", distributions[0], distributions,
                "where the thresholds come from: given with the scenario, or drawn from a normal or a uniform distribution (Granovetter 1978)"),
            ParameterDefinition.Double("threshold_mean", 0.25, -1, 2,
                "the mean of normal thresholds (Granovetter 1978 uses 0.25)", "share of neighbours"),
            ParameterDefinition.Double("threshold_sd", 0.12, 0, 1,
                "the standard deviation of normal thresholds (Granovetter 1978: participation jumps from about 0.06 to about 1 as it crosses about 0.12)", "share of neighbours"),
            ParameterDefinition.Double("threshold_low", 0, -1, 2, "the lower end of uniform thresholds (inclusive)", "share of neighbours"),
            ParameterDefinition.Double("threshold_high", 1, -1, 2, "the upper end of uniform thresholds (exclusive)", "share of neighbours"),
            ParameterDefinition.Long("initial_adopters", Thresholds is null && InitialAdopters.IsEmpty ? 1 : 0, 0, 1_000_000,
                "how many agents, drawn uniformly from those not given as initial adopters, have joined at step 0", "agents"),
            ParameterDefinition.Choice("update", "incremental", ["incremental", "full"],
                "how exposure is computed: kept up to date as agents join (incremental), or summed afresh over every non-adopter's ties at every step (full, the textbook synchronous update); the same joinings when tie weights are whole numbers"),
            ParameterDefinition.Bool("stop_at_rest", true,
                "whether the model stops itself after the first step in which no agent joins (false: it steps to the step limit, for benchmarks and fixed horizons)"),
        ]);
        ConfigurationDigest = Digest();
    }

    /// <summary>The ties entering each node in compressed sparse rows, in the order of <c>DynamicNetwork.Ties(i, In)</c>: built once, read by every run's full update.</summary>
    internal CompressedTies InTies { get; }

    /// <summary>The network the cascade runs on.</summary>
    public Graph Network { get; }

    /// <summary>The given thresholds, in node order; null when they are drawn.</summary>
    public ImmutableArray<double>? Thresholds { get; }

    /// <summary>The indices of the nodes given as initial adopters.</summary>
    public ImmutableArray<int> InitialAdopters { get; }

    /// <inheritdoc />
    public override string Name => "threshold-cascade";

    /// <inheritdoc />
    public override int Version => 2;

    /// <inheritdoc />
    public override string Description =>
        "Granovetter's threshold cascade on a network: an actor joins once the share of its neighbours that have joined reaches its threshold.";

    /// <inheritdoc />
    public override string Source =>
        "Granovetter, M. (1978). Threshold Models of Collective Behavior. American Journal of Sociology 83(6): 1420-1443; "
        + "Watts, D. J. (2002). A simple model of global cascades on random networks. PNAS 99(9): 5766-5771.";

    /// <inheritdoc />
    public override ParameterSpace Parameters { get; }

    /// <inheritdoc />
    public override ReporterSet<ThresholdCascadeModel> Reporters { get; } = new ReporterSet<ThresholdCascadeModel>()
        .WithLong("adopters", "agents that have joined", m => m.Adopters)
        .WithLong("new_adopters", "agents that joined in this step", m => m.NewAdopters)
        .WithDouble("adoption_share", "the share of agents that have joined", m => m.AgentCount == 0 ? 0 : (double)m.Adopters / m.AgentCount)
        .WithBool("complete", "whether every agent has joined", m => m.Adopters == m.AgentCount)
        .WithAgentDouble("threshold", "the agent's threshold (share of neighbours)", (m, i) => m.Threshold(i))
        .WithAgentDouble("exposure", "the weighted share of the agent's neighbours that have joined", (m, i) => m.Exposure(i))
        .WithAgentBool("adopted", "whether the agent has joined", (m, i) => m.AdoptedStep(i) >= 0)
        .WithAgentLong("adopted_step", "the step at which the agent joined (0: an initial adopter; -1: not yet)", (m, i) => m.AdoptedStep(i));

    /// <inheritdoc />
    public override string ConfigurationDigest { get; }

    /// <inheritdoc />
    public override ThresholdCascadeModel CreateModel(RunContext context) => new(context, this, _template.Create());

    private string Digest()
    {
        var text = new StringBuilder();
        text.Append(Network.IsDirected ? "directed\n" : "undirected\n");
        foreach (var n in Network.Nodes)
            text.Append(n.Id).Append('\t').Append(n.Kind).Append('\n');
        foreach (var e in Network.Edges)
            text.Append(e.Source).Append('\t').Append(e.Target).Append('\t').Append(BitConverter.DoubleToInt64Bits(e.Weight)).Append('\n');
        text.Append("thresholds\n");
        foreach (double t in Thresholds ?? [])
            text.Append(BitConverter.DoubleToInt64Bits(t)).Append('\n');
        text.Append("initial\n").AppendJoin(',', InitialAdopters);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
