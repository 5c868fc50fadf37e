using Willing.Simulation.Modeling;
using Willing.Simulation.Space;

namespace Willing.Simulation.Mechanisms.Alignment;

/// <summary>One run of the <see cref="LandscapeAlignment"/>: each actor's side in an array indexed by agent, the energy kept after every step.</summary>
/// <remarks>
/// The network (<see cref="Model{TAgent}.Network"/>) has a tie for each pair of positive propensity, weighted by it, for
/// measuring; the rules read the landscape's propensities directly. A step allocates nothing: one pass of O(n²).
/// </remarks>
public sealed class LandscapeAlignmentModel : Model<Agent>
{
    private readonly AlignmentLandscape _landscape;
    private readonly int[] _side;
    private readonly double[] _tolerance;
    private long _switching;

    internal LandscapeAlignmentModel(RunContext context, LandscapeAlignment mechanism, DynamicNetwork network)
        : base(context)
    {
        _landscape = mechanism.Landscape;
        int n = _landscape.Count;
        _side = new int[n];
        _tolerance = new double[n];
        var agents = new AgentSet<Agent>(_landscape.Ids.Select((id, i) => new Agent(i, id, AgentKind.State)));
        var order = Parameters.String("order") == "index" ? AgentOrder.ByIndex : AgentOrder.RandomEachStep;
        Setup(agents, network, Activation.Staged(
            ActivationStage.ForEachAgent<Agent>("consider", order, Consider,
                "each actor in turn switches side if that lowers its frustration, the others' sides as they are at that moment"),
            ActivationStage.ForPopulation<Agent>("settle", Settle,
                "the energy is recomputed; after a step in which no actor switched, the model stops at a local minimum")));

        string initial = Parameters.String("initial_sides");
        for (int i = 0; i < n; i++)
        {
            _tolerance[i] = _landscape.Tolerance(i);
            int given = initial == "given" && _landscape.InitialSides is { } sides ? sides[i] : -1;
            _side[i] = initial == "all-a" ? 0 : given >= 0 ? given : Random.NextBool() ? 1 : 0;
        }

        Energy = _landscape.Energy(_side);
    }

    /// <summary>The energy of the current configuration.</summary>
    public double Energy { get; private set; }

    /// <summary>Actors that switched side in the last step (0 at step 0).</summary>
    public long Switches { get; private set; }

    /// <summary>Switches since step 0.</summary>
    public long TotalSwitches { get; private set; }

    /// <summary>Agent <paramref name="agent"/>'s side: 0 (a) or 1 (b).</summary>
    public int Side(int agent) => _side[agent];

    /// <summary>The current sides, in agent order.</summary>
    public ReadOnlySpan<int> Sides => _side;

    /// <summary>Agent <paramref name="agent"/>'s frustration in the current configuration.</summary>
    public double Frustration(int agent) => _landscape.Frustration(agent, _side);

    /// <summary>The number of actors on side <paramref name="side"/>.</summary>
    public long CountOnSide(int side)
    {
        long count = 0;
        foreach (int s in _side)
            count += s == side ? 1 : 0;
        return count;
    }

    /// <summary>The summed size of the actors on side <paramref name="side"/>.</summary>
    public double SizeOnSide(int side)
    {
        double total = 0;
        for (int i = 0; i < _side.Length; i++)
            total += _side[i] == side ? _landscape.Size(i) : 0;
        return total;
    }

    private void Consider(Agent agent)
    {
        int i = agent.Index;
        if (_landscape.Change(i, _side) < -_tolerance[i])
        {
            _side[i] ^= 1;
            _switching++;
        }
    }

    private void Settle()
    {
        Switches = _switching;
        _switching = 0;
        TotalSwitches += Switches;
        Energy = _landscape.Energy(_side);
        if (Switches == 0)
            Stop("a local minimum: no actor lowers its frustration by switching side");
    }
}
