using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Willing.Networks;
using Willing.Simulation.Modeling;
using Willing.Simulation.Space;

namespace Willing.Simulation.Mechanisms;

/// <summary>One run of the <see cref="ThresholdCascade"/>: thresholds, adoption and exposure kept in arrays indexed by agent (structure of arrays).</summary>
/// <remarks>
/// Exposure is kept incrementally: when an agent joins, the weight of each tie it sends is added to the joined
/// weight of the tie's other end, and only those ends are looked at in the next step (every agent at step 1, for the
/// instigators). The sums are added in the order agents join and, for one agent, in the order of its ties, so they are
/// the same in every replay.
/// </remarks>
public sealed class ThresholdCascadeModel : Model<Agent>
{
    private readonly double[] _threshold;
    private readonly long[] _adoptedStep;
    private readonly double[] _joinedWeight;
    private readonly double[] _totalWeight;
    private readonly bool[] _marked;
    private int[] _candidates;
    private int _candidateCount;
    private readonly int[] _pending;
    private int _pendingCount;
    private readonly bool _full;
    private readonly bool _stopAtRest;
    private readonly int[] _inStart = [];
    private readonly int[] _inSource = [];
    private readonly double[] _inWeight = [];
    private readonly double[] _joined = [];

    internal ThresholdCascadeModel(RunContext context, ThresholdCascade mechanism, DynamicNetwork network)
        : base(context)
    {
        int n = network.NodeCount;
        var agents = new AgentSet<Agent>(network.Nodes.Select((node, i) => new Agent(i, node.Id, KindOf(node.Kind))));
        _threshold = new double[n];
        _adoptedStep = new long[n];
        Array.Fill(_adoptedStep, -1L);
        _joinedWeight = new double[n];
        _totalWeight = new double[n];
        _marked = new bool[n];
        _candidates = new int[n];
        _pending = new int[n];
        for (int i = 0; i < n; i++)
            _totalWeight[i] = network.Strength(i, NeighborMode.In);
        _full = Parameters.String("update") == "full";
        _stopAtRest = Parameters.Bool("stop_at_rest");
        if (_full)
        {
            // The entering ties in compressed sparse rows, shared by every run (the cascade's ties never change).
            _inStart = mechanism.InTies.Start;
            _inSource = mechanism.InTies.Source;
            _inWeight = mechanism.InTies.Weight;
            _joined = new double[n];
        }
        Setup(agents, network, Activation.Staged(
            ActivationStage.ForPopulation<Agent>("expose", Expose,
                "every agent that has not joined compares its exposure at the start of the step with its threshold"),
            ActivationStage.ForPopulation<Agent>("adopt", Adopt,
                "the agents whose exposure reached their threshold join; the model stops after a step in which none does")));

        string distribution = Parameters.String("threshold_distribution");
        double mean = Parameters.Double("threshold_mean"), sd = Parameters.Double("threshold_sd");
        double low = Parameters.Double("threshold_low"), high = Parameters.Double("threshold_high");
        for (int i = 0; i < n; i++)
        {
            _threshold[i] = distribution switch
            {
                "given" => mechanism.Thresholds!.Value[i],
                "normal" => Random.NextNormal(mean, sd),
                _ => Random.NextDouble(low, high),
            };
        }

        foreach (int i in mechanism.InitialAdopters)
            Join(i);
        var rest = Enumerable.Range(0, n).Where(i => _adoptedStep[i] < 0).ToArray();
        var drawn = new int[(int)Math.Min(Parameters.Long("initial_adopters"), rest.Length)];
        Random.Sample(rest.Length, drawn);
        foreach (int d in drawn)
            Join(rest[d]);
        NewAdopters = Adopters;
        for (int i = 0; i < n; i++)
            _candidates[i] = i;
        _candidateCount = n;
    }

    /// <summary>The number of agents that have joined.</summary>
    public int Adopters { get; private set; }

    /// <summary>The number of agents that joined in the last step (at step 0: the initial adopters).</summary>
    public int NewAdopters { get; private set; }

    /// <summary>Agent <paramref name="agent"/>'s threshold.</summary>
    public double Threshold(int agent) => _threshold[agent];

    /// <summary>The step at which agent <paramref name="agent"/> joined: 0 for an initial adopter, -1 if it has not.</summary>
    public long AdoptedStep(int agent) => _adoptedStep[agent];

    /// <summary>Agent <paramref name="agent"/>'s exposure: the weight of its ties from agents that have joined over the weight of all its ties (0 when it has none).</summary>
    public double Exposure(int agent) => _totalWeight[agent] > 0 ? JoinedWeight(agent) / _totalWeight[agent] : 0;

    private double JoinedWeight(int agent)
    {
        if (!_full)
            return _joinedWeight[agent];
        double sum = 0;
        for (int k = _inStart[agent]; k < _inStart[agent + 1]; k++)
            sum += _inWeight[k] * _joined[_inSource[k]];
        return sum;
    }

    private void Expose()
    {
        if (_full)
        {
            ExposeFull();
            return;
        }

        _pendingCount = 0;
        for (int c = 0; c < _candidateCount; c++)
        {
            int i = _candidates[c];
            _marked[i] = false;
            if (_adoptedStep[i] < 0 && Exposure(i) >= _threshold[i])
                _pending[_pendingCount++] = i;
        }

        _candidateCount = 0;
    }

    // The synchronous update over every agent: the adopters' indicator (1.0 or 0.0) times the tie weights, no branch in
    // the inner loop; an agent is marked when the joined weight reaches θ times its total weight (exposure ≥ θ, and for an
    // isolated agent 0 ≥ θ, as Exposure gives).
    private void ExposeFull()
    {
        int n = _threshold.Length;
        int pending = 0;

        // References into the arrays instead of indexing: the CSR offsets come from data, so the JIT cannot prove the
        // indices in range and would check every one. They are in range by construction (set-up builds them from the
        // network), which is what makes this safe.
        ref int start = ref MemoryMarshal.GetArrayDataReference(_inStart);
        ref int source = ref MemoryMarshal.GetArrayDataReference(_inSource);
        ref double weight = ref MemoryMarshal.GetArrayDataReference(_inWeight);
        ref double joined = ref MemoryMarshal.GetArrayDataReference(_joined);
        ref double threshold = ref MemoryMarshal.GetArrayDataReference(_threshold);
        ref double total = ref MemoryMarshal.GetArrayDataReference(_totalWeight);
        int[] marked = _pending;
        for (int i = 0; i < n; i++)
        {
            if (Unsafe.Add(ref joined, i) != 0)
                continue;
            double sum = 0;
            for (int k = Unsafe.Add(ref start, i), end = Unsafe.Add(ref start, i + 1); k < end; k++)
                sum += Unsafe.Add(ref weight, k) * Unsafe.Add(ref joined, Unsafe.Add(ref source, k));
            double t = Unsafe.Add(ref total, i), theta = Unsafe.Add(ref threshold, i);
            if (t > 0 ? sum / t >= theta : theta <= 0)
                marked[pending++] = i;
        }

        _pendingCount = pending;
    }

    private void Adopt()
    {
        long step = StepCount + 1;
        for (int p = 0; p < _pendingCount; p++)
            Join(_pending[p], step);
        NewAdopters = _pendingCount;
        if (_pendingCount == 0 && _stopAtRest)
            Stop("no agent joined in this step: the cascade has come to rest");
    }

    private void Join(int agent, long step = 0)
    {
        _adoptedStep[agent] = step;
        Adopters++;
        if (_full)
        {
            _joined[agent] = 1;
            return;
        }

        foreach (var tie in Network.Ties(agent, NeighborMode.Out))
        {
            int j = tie.Node;
            _joinedWeight[j] += tie.Weight;
            if (_adoptedStep[j] < 0 && !_marked[j])
            {
                _marked[j] = true;
                if (_candidateCount == _candidates.Length)
                    Array.Resize(ref _candidates, _candidates.Length * 2);
                _candidates[_candidateCount++] = j;
            }
        }
    }

    private static AgentKind KindOf(string? kind) => kind switch
    {
        "ngo" or "ngo-network" => AgentKind.Ngo,
        "igo" or "organization" => AgentKind.Organization,
        "leader" => AgentKind.Leader,
        "core-group" => AgentKind.CoreGroup,
        null or "state" => AgentKind.State,
        _ => AgentKind.Other,
    };
}
