using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Willing.Networks;
using Willing.Simulation.Data;
using Willing.Simulation.Modeling;
using Willing.Simulation.Parameters;
using Willing.Simulation.Space;

namespace Willing.Simulation.Mechanisms.NormCascade;

/// <summary>
/// Cooper's model two as a mechanism: a bottom-up norm cascade of middle powers and NGOs, in which states ratify a
/// treaty once their exposure to the norm (through their ties, the whole system and the campaign) passes their own
/// threshold, praised before the tipping point and shamed after it, while resisting great powers stay out.
/// </summary>
/// <remarks>
/// <para>
/// Sources (see <c>docs/simulation-norm-cascade.md</c> and the research brief §3.1, §3.5): M. Finnemore and K. Sikkink,
/// "International Norm Dynamics and Political Change", <i>International Organization</i> 52(4): 887–917, 1998 (the
/// life cycle; a tipping point near one third of the states in the system — flagged [K]: the page, ≈ 901, is
/// unverified); M. H. Petrova, "Naming and Praising in Humanitarian Norm Development", <i>World Politics</i>, 2019 (praise
/// before the tipping point, cascades despite great-power opposition); M. J. Hoffmann's agent-based model of the
/// norm life cycle (entrepreneur reach: 30–40 % of agents already raises norm presence); M. Granovetter, "Threshold
/// Models of Collective Behavior", <i>AJS</i> 83(6): 1420–1443, 1978 (thresholds); D. Centola et al., "Experimental
/// evidence for tipping points in social convention", <i>Science</i> 360: 1116–1119, 2018 (critical mass ≈ 25 %,
/// 10–40 % in prior estimates).
/// </para>
/// <para>
/// Agents: states and entrepreneurs (NGOs). Entrepreneurs and committed (core-group) states carry the norm from
/// step 0 — they are supporters in their neighbours' exposure; entrepreneurs never ratify; committed states have
/// threshold 0. Set-up draws, for every state in agent order, a threshold θ from N(<c>threshold_mean</c>,
/// <c>threshold_sd</c>) (Granovetter) and whether the campaign touches it, with probability <c>ngo_reach</c>
/// (Hoffmann); a given threshold replaces the drawn one, a committed state takes 0 and a resister
/// <c>resister_threshold</c>.
/// </para>
/// <para>
/// A month (step <c>k</c>, the month <c>start + k</c>; its row is the state at the month's end), two population stages:
/// <b>expose</b> — with <c>s</c> the share of states that have ratified at the start of the month, every state that has not
/// ratified has exposure <c>e = (1 − g)·n + g·s + b·c − d·r</c>, where <c>n</c> is the share of its tie weight to
/// supporters (<c>s</c> for a state with no ties), <c>g</c> = <c>global_weight</c>, <c>c</c> the month's conference
/// intensity and <c>b</c> = <c>conference_boost</c>, <c>r</c> the share of its tie weight to resisters that have not
/// ratified and <c>d</c> = <c>resistance_damping</c>; its effective threshold is
/// <c>θ − p·[touched] − (s &lt; τ ? praise·σ : shame·s)</c> with <c>p</c> = <c>ngo_pull</c>, τ = <c>tipping_share</c>, σ its status
/// seeking (0 for resisters): before the tipping share adopting earns praise (Petrova), after it laggards are shamed with a
/// pressure growing with the adopters' share (Finnemore and Sikkink). A state is willing when <c>e</c> ≥ its effective threshold;
/// <b>ratify</b> — from the opening step on, each willing state ratifies with probability <c>ratification_rate</c> (the
/// domestic lag; one uniform draw per willing state, in agent order, unless the rate is 1). Ratification is for good.
/// The model stops when every state has ratified, or at rest: no state willing, the treaty open and no conference left.
/// </para>
/// <para>
/// With <c>g</c> = 1, every channel at 0 and a rate of 1, a state ratifies once the share of all states that have
/// ratified reaches its threshold: Granovetter's population model.
/// </para>
/// </remarks>
public sealed class NormCascade : Mechanism<NormCascadeModel>
{
    private readonly DynamicNetwork _network;
    private readonly double[] _intensity;

    /// <summary>A norm cascade over <paramref name="inputs"/>, with the parameter space <paramref name="parameters"/> (a scenario's, whose defaults are its fixed values) or <see cref="DefaultParameters"/>.</summary>
    /// <exception cref="ArgumentException">A tie names an unknown actor or has a weight that is not positive and finite, two actors share an id, an actor is neither a state nor an entrepreneur, or the parameter space lacks one of the mechanism's parameters.</exception>
    public NormCascade(NormCascadeInputs inputs, ParameterSpace? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        Inputs = inputs;
        Parameters = parameters ?? DefaultParameters;
        foreach (var d in DefaultParameters.Definitions.Where(d => Parameters.Find(d.Name) is null))
            throw new ArgumentException($"the parameter space has no {d.Name}", nameof(parameters));
        int n = inputs.Actors.Length;
        foreach (var a in inputs.Actors.Where(a => a.Kind is not (AgentKind.State or AgentKind.Ngo)))
            throw new ArgumentException($"the actor {a.Id} is a {a.Kind}: a norm cascade has states and entrepreneurs (ngo) only", nameof(inputs));
        IsState = [.. inputs.Actors.Select(a => a.Kind == AgentKind.State)];
        IsResister = [.. inputs.Actors.Select(a => a.Kind == AgentKind.State && a.Resister && !a.Committed)];
        StateCount = IsState.Count(x => x);

        var network = new DynamicNetwork(inputs.Actors.Select(a => new NetworkNode(a.Id, a.Kind == AgentKind.State ? "state" : "ngo")), directed: false);
        foreach (var t in inputs.Ties)
        {
            if ((uint)t.A >= (uint)n || (uint)t.B >= (uint)n || t.A == t.B)
                throw new ArgumentException($"the tie {t.A}–{t.B} does not join two different actors", nameof(inputs));
            network.SetTie(t.A, t.B, network.Weight(t.A, t.B) + t.Weight);
        }

        _network = network.Clone();
        var offsets = new int[n + 1];
        var neighbours = new List<int>();
        var weights = new List<double>();
        var strength = new double[n];
        for (int i = 0; i < n; i++)
        {
            offsets[i] = neighbours.Count;
            foreach (var tie in network.Ties(i))
            {
                neighbours.Add(tie.Node);
                weights.Add(tie.Weight);
                strength[i] += tie.Weight;
            }
        }

        offsets[n] = neighbours.Count;
        (Offsets, Neighbours, Weights, Strength) = (offsets, [.. neighbours], [.. weights], strength);

        int last = inputs.Conferences.IsEmpty ? 0 : Math.Max(0, inputs.Conferences.Max(c => c.Step));
        _intensity = new double[last + 1];
        foreach (var c in inputs.Conferences.Where(c => c.Step >= 0))
            _intensity[c.Step] += c.Intensity;
        LastConferenceStep = Array.FindLastIndex(_intensity, x => x > 0) is int l and > 0 ? l : 0;
        ConfigurationDigest = Digest();
    }

    /// <summary>The parameters with their defaults and the sources of the values.</summary>
    /// <remarks>
    /// <c>threshold_mean</c> 0.25 and <c>threshold_sd</c> 0.12: Granovetter (1978). <c>tipping_share</c> 1/3: Finnemore and
    /// Sikkink (1998) [K]; Centola et al. (2018) give 0.25 and a range of 0.10–0.40. <c>ngo_reach</c> 0.35: Hoffmann (30–40 %
    /// reach already raises norm presence). The sizes of the pulls and pressures (<c>ngo_pull</c>, <c>praise</c>, <c>shame</c>,
    /// <c>conference_boost</c>, <c>resistance_damping</c>), the mixing weight <c>global_weight</c> and the monthly
    /// <c>ratification_rate</c> have no published value: their defaults are stated modelling choices (documented as such),
    /// to be calibrated or swept, never set to make a case land.
    /// </remarks>
    public static ParameterSpace DefaultParameters { get; } = new([
        ParameterDefinition.Double("threshold_mean", 0.25, -1, 2,
            "the mean of the states' normal thresholds (Granovetter 1978: 0.25; Centola et al. 2018: critical mass 0.10-0.40)", "share"),
        ParameterDefinition.Double("threshold_sd", 0.12, 0, 1,
            "the standard deviation of the states' thresholds (Granovetter 1978: participation jumps from about 0.06 to about 1 as it crosses about 0.12)", "share"),
        ParameterDefinition.Double("global_weight", 0.5, 0, 1,
            "the weight of the global share of states parties in a state's exposure, against the share of its tie weight to supporters (modelling choice: equal weights)", "weight"),
        ParameterDefinition.Double("tipping_share", 1.0 / 3, 0, 1,
            "the tipping share: before it adopting earns praise, after it laggards are shamed (Finnemore and Sikkink 1998, about one third [K: page unverified]; Centola et al. 2018: 0.25)", "share"),
        ParameterDefinition.Double("ngo_reach", 0.35, 0, 1,
            "the probability that the entrepreneurs' campaign touches a state (Hoffmann: a reach of 30-40% already raises norm presence)", "probability"),
        ParameterDefinition.Double("ngo_pull", 0.1, 0, 1,
            "how far the campaign lowers a touched state's threshold (modelling choice)", "share"),
        ParameterDefinition.Double("praise", 0.1, 0, 1,
            "before the tipping share, how far the status reward of adopting lowers a status seeker's threshold (Petrova 2019, naming and praising; size a modelling choice)", "share"),
        ParameterDefinition.Double("shame", 0.1, 0, 1,
            "after the tipping share, the pressure on laggards per unit of the states parties' share (Finnemore and Sikkink 1998; size a modelling choice)", "share"),
        ParameterDefinition.Double("conference_boost", 0.1, 0, 1,
            "the exposure a conference of intensity 1 adds in its month (modelling choice; calibrated)", "share"),
        ParameterDefinition.Double("resister_threshold", 2, -1, 3,
            "the threshold of a resisting great power; the default 2 lies above any exposure a month can bring, so a resister stays out (Petrova 2019: the US, Russia and China stayed out of the Mine Ban Treaty)", "share"),
        ParameterDefinition.Double("resistance_damping", 0.5, 0, 1,
            "how far the share of a state's tie weight to resisting great powers that stay out lowers its exposure (modelling choice)", "share"),
        ParameterDefinition.Double("ratification_rate", 0.1, 0, 1,
            "the monthly probability that a willing state completes ratification (the domestic lag; mean lag 1/rate months; calibrated)", "per month"),
    ]);

    /// <summary>The fixed inputs.</summary>
    public NormCascadeInputs Inputs { get; }

    /// <summary>The number of states (agents that can ratify).</summary>
    public int StateCount { get; }

    /// <summary>The last step with a conference (0 when none).</summary>
    public int LastConferenceStep { get; }

    /// <inheritdoc />
    public override string Name => "norm-cascade";

    /// <inheritdoc />
    public override int Version => 1;

    /// <inheritdoc />
    public override string Description =>
        "Cooper's model two: states ratify once their exposure to a norm (ties to supporters, the global share, conferences) passes their threshold, lowered by an NGO campaign and praise before the tipping point and by shame after it; resisting great powers stay out and damp their partners.";

    /// <inheritdoc />
    public override string Source =>
        "Finnemore, M. and Sikkink, K. (1998). International Norm Dynamics and Political Change. International Organization 52(4): 887-917; "
        + "Petrova, M. H. (2019). Naming and Praising in Humanitarian Norm Development. World Politics; "
        + "Hoffmann, M. J. Entrepreneurs and Norm Dynamics: An Agent-Based Model of the Norm Life Cycle; "
        + "Granovetter, M. (1978). Threshold Models of Collective Behavior. AJS 83(6): 1420-1443; "
        + "Centola, D. et al. (2018). Experimental evidence for tipping points in social convention. Science 360: 1116-1119.";

    /// <inheritdoc />
    public override ParameterSpace Parameters { get; }

    /// <inheritdoc />
    public override ReporterSet<NormCascadeModel> Reporters { get; } = new ReporterSet<NormCascadeModel>()
        .WithLong("adopters", "states that have ratified (states parties; states only)", m => m.Adopters)
        .WithLong("new_adopters", "states that ratified in this month", m => m.NewAdopters)
        .WithDouble("adoption_share", "the states parties' share of all states", m => m.AdoptionShare)
        .WithBool("tipped", "whether the states parties' share has reached the tipping share", m => m.Tipped)
        .WithBool("conference", "whether this month held a conference or meeting", m => m.Conference)
        .WithAgentBool("adopted", "whether the state has ratified", (m, i) => m.AdoptedStep(i) >= 0)
        .WithAgentLong("adopted_step", "the step at which the state ratified (-1: not yet; entrepreneurs never)", (m, i) => m.AdoptedStep(i))
        .WithAgentDouble("threshold", "the state's threshold before pulls and pressures (NaN for an entrepreneur)", (m, i) => m.Threshold(i))
        .WithAgentDouble("exposure", "the state's exposure at its last comparison", (m, i) => m.Exposure(i));

    /// <inheritdoc />
    public override string ConfigurationDigest { get; }

    internal ImmutableArray<bool> IsState { get; }

    internal ImmutableArray<bool> IsResister { get; }

    internal int[] Offsets { get; }

    internal int[] Neighbours { get; }

    internal double[] Weights { get; }

    internal double[] Strength { get; }

    /// <summary>The conference intensity at step <paramref name="step"/>.</summary>
    internal double Intensity(long step) => step >= 0 && step < _intensity.Length ? _intensity[step] : 0;

    /// <inheritdoc />
    public override NormCascadeModel CreateModel(RunContext context) => new(context, this, _network.Clone());

    private string Digest()
    {
        var text = new StringBuilder();
        foreach (var a in Inputs.Actors)
        {
            text.Append(a.Id).Append('\t').Append(a.Kind).Append('\t').Append(a.Committed).Append('\t').Append(a.Resister).Append('\t')
                .Append(a.Threshold is { } t ? BitConverter.DoubleToInt64Bits(t).ToString(CultureInfo.InvariantCulture) : "-").Append('\t')
                .Append(BitConverter.DoubleToInt64Bits(a.StatusSeeking).ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        for (int i = 0; i < Offsets.Length - 1; i++)
        {
            for (int k = Offsets[i]; k < Offsets[i + 1]; k++)
                text.Append(i).Append('\t').Append(Neighbours[k]).Append('\t').Append(BitConverter.DoubleToInt64Bits(Weights[k]).ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        text.Append("conferences\n");
        for (int s = 0; s < _intensity.Length; s++)
        {
            if (_intensity[s] != 0)
                text.Append(s).Append('\t').Append(BitConverter.DoubleToInt64Bits(_intensity[s]).ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        text.Append("opening\t").Append(Inputs.OpeningStep);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
