using Willing.Simulation.Modeling;
using Willing.Simulation.Space;

namespace Willing.Simulation.Mechanisms.NormCascade;

/// <summary>One run of the <see cref="NormCascade"/>: every state's threshold, exposure and adoption kept in arrays indexed by agent (structure of arrays), the ties in compressed rows.</summary>
/// <remarks>
/// The step loop allocates nothing: it reads the mechanism's compressed-row adjacency (offsets, neighbours,
/// weights, built once per mechanism) and writes the run's own arrays. Sums over a state's ties are added in the
/// order of its row, so they are the same in every replay. See <see cref="NormCascade"/> for the rules.
/// </remarks>
public sealed class NormCascadeModel : Model<Agent>
{
    private readonly NormCascade _mechanism;
    private readonly double[] _threshold;
    private readonly double[] _exposure;
    private readonly long[] _adoptedStep;
    private readonly bool[] _supporter;
    private readonly bool[] _touched;
    private readonly double[] _status;
    private readonly int[] _willing;
    private int _willingCount;
    private readonly double _mean, _sd, _global, _tipping, _reach, _pull, _praise, _shame, _boost, _resisterThreshold, _damping, _rate;

    internal NormCascadeModel(RunContext context, NormCascade mechanism, DynamicNetwork network)
        : base(context)
    {
        _mechanism = mechanism;
        var p = Parameters;
        (_mean, _sd, _global, _tipping) = (p.Double("threshold_mean"), p.Double("threshold_sd"), p.Double("global_weight"), p.Double("tipping_share"));
        (_reach, _pull, _praise, _shame) = (p.Double("ngo_reach"), p.Double("ngo_pull"), p.Double("praise"), p.Double("shame"));
        (_boost, _resisterThreshold, _damping, _rate) = (p.Double("conference_boost"), p.Double("resister_threshold"), p.Double("resistance_damping"), p.Double("ratification_rate"));

        var actors = mechanism.Inputs.Actors;
        int n = actors.Length;
        _threshold = new double[n];
        _exposure = new double[n];
        _adoptedStep = new long[n];
        Array.Fill(_adoptedStep, -1L);
        _supporter = new bool[n];
        _touched = new bool[n];
        _status = new double[n];
        _willing = new int[n];
        var agents = new AgentSet<Agent>(actors.Select((a, i) => new Agent(i, a.Id, a.Kind)));
        Setup(agents, network, Activation.Staged(
            ActivationStage.ForPopulation<Agent>("expose", Expose,
                "every state that has not ratified compares its exposure at the start of the month with its effective threshold"),
            ActivationStage.ForPopulation<Agent>("ratify", Ratify,
                "once the treaty is open, each state whose exposure reached its effective threshold ratifies with the monthly ratification probability")));

        // Draws in agent order, always the same number per state, so that switching a channel off never shifts the others' draws.
        for (int i = 0; i < n; i++)
        {
            var a = actors[i];
            if (a.Kind != AgentKind.State)
            {
                _supporter[i] = true;
                _threshold[i] = double.NaN;
                continue;
            }

            double drawn = Random.NextNormal(_mean, _sd);
            bool touched = Random.NextBool(_reach);
            _threshold[i] = a.Committed ? 0 : a.Resister ? _resisterThreshold : a.Threshold ?? drawn;
            _touched[i] = touched;
            _supporter[i] = a.Committed;
            _status[i] = a.Resister ? 0 : a.StatusSeeking;
        }

        for (int i = 0; i < n; i++)
            _exposure[i] = mechanism.IsState[i] ? ExposureOf(i, 0, 0) : 0;
    }

    /// <summary>The number of states.</summary>
    public int States => _mechanism.StateCount;

    /// <summary>The number of states that have ratified (states parties).</summary>
    public int Adopters { get; private set; }

    /// <summary>The number of states that ratified in the last step.</summary>
    public int NewAdopters { get; private set; }

    /// <summary>The states parties' share of all states.</summary>
    public double AdoptionShare => States == 0 ? 0 : (double)Adopters / States;

    /// <summary>Whether the share of states parties has reached the tipping share τ (Finnemore and Sikkink 1998).</summary>
    public bool Tipped => AdoptionShare >= _tipping;

    /// <summary>Whether the month of the current step held a conference or meeting.</summary>
    public bool Conference => _mechanism.Intensity(StepCount) > 0;

    /// <summary>Agent <paramref name="agent"/>'s drawn or given threshold (NaN for an entrepreneur).</summary>
    public double Threshold(int agent) => _threshold[agent];

    /// <summary>Agent <paramref name="agent"/>'s exposure at its last comparison (for a state party: the month it became willing; 0 for an entrepreneur).</summary>
    public double Exposure(int agent) => _exposure[agent];

    /// <summary>The step at which agent <paramref name="agent"/> ratified, or -1.</summary>
    public long AdoptedStep(int agent) => _adoptedStep[agent];

    /// <summary>Whether agent <paramref name="agent"/> was touched by the entrepreneurs' campaign (its threshold lowered by <c>ngo_pull</c>).</summary>
    public bool Touched(int agent) => _touched[agent];

    private void Expose()
    {
        long step = StepCount + 1;
        double share = AdoptionShare;
        double intensity = _mechanism.Intensity(step);
        double status = share < _tipping ? _praise : 0;
        double shame = share >= _tipping ? _shame * share : 0;
        var kinds = _mechanism.IsState;
        _willingCount = 0;
        for (int i = 0; i < _threshold.Length; i++)
        {
            if (!kinds[i] || _adoptedStep[i] >= 0)
                continue;
            double e = ExposureOf(i, share, intensity);
            _exposure[i] = e;
            double effective = _threshold[i] - (_touched[i] ? _pull : 0) - (status * _status[i]) - shame;
            if (e >= effective)
                _willing[_willingCount++] = i;
        }
    }

    private void Ratify()
    {
        long step = StepCount + 1;
        NewAdopters = 0;
        if (step >= _mechanism.Inputs.OpeningStep)
        {
            for (int w = 0; w < _willingCount; w++)
            {
                int i = _willing[w];
                if (_rate >= 1 || Random.NextDouble() < _rate)
                {
                    _adoptedStep[i] = step;
                    _supporter[i] = true;
                    NewAdopters++;
                }
            }

            Adopters += NewAdopters;
        }

        if (Adopters == States)
            Stop("every state has ratified");
        else if (_willingCount == 0 && step >= _mechanism.Inputs.OpeningStep && step >= _mechanism.LastConferenceStep)
            Stop("at rest: no state is willing, the treaty is open and no conference is left");
    }

    private double ExposureOf(int i, double share, double intensity)
    {
        var (offsets, neighbours, weights, strength) = (_mechanism.Offsets, _mechanism.Neighbours, _mechanism.Weights, _mechanism.Strength);
        double network = share, resisting = 0;
        if (strength[i] > 0)
        {
            double supported = 0, resisted = 0;
            for (int k = offsets[i]; k < offsets[i + 1]; k++)
            {
                int j = neighbours[k];
                if (_supporter[j])
                    supported += weights[k];
                else if (_mechanism.IsResister[j])
                    resisted += weights[k];
            }

            network = supported / strength[i];
            resisting = resisted / strength[i];
        }

        return ((1 - _global) * network) + (_global * share) + (_boost * intensity) - (_damping * resisting);
    }
}
