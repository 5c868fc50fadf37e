using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Willing.Lifecycle.Cases;
using Willing.Simulation.Modeling;

namespace Willing.Simulation.Mechanisms.Recruitment;

/// <summary>
/// Everything a <see cref="LeaderRecruitment"/> run starts from: its agents (the leader first or anywhere, named by
/// <see cref="Leader"/>), their dated events and the clock; built from a case and a scenario by
/// <see cref="LeaderRecruitmentScenario"/>, or by hand.
/// </summary>
/// <remarks>
/// The windows of the time-varying covariates follow the event-history rules of the lifecycle analyses
/// (<see cref="EventHistory"/>, <see cref="EventHistoryOptions.PastMonths"/> = 3): an election, a change of government or
/// a hostage crisis counts in the month it falls in and the two after; casualties are the deaths dated in that
/// window. They are computed once here, per agent and month, so the step loop only reads arrays.
/// </remarks>
public sealed class RecruitmentSetup
{
    /// <summary>The window "in the last k months" of the covariates, the current month included (that of <see cref="EventHistoryOptions.Default"/>).</summary>
    public static int PastMonths => EventHistoryOptions.Default.PastMonths;

    private readonly byte[] _election;
    private readonly byte[] _govChange;
    private readonly byte[] _hostage;
    private readonly double[] _deaths;
    private readonly double[] _logDeaths;

    /// <summary>A setup of <paramref name="actors"/> over <paramref name="months"/> months.</summary>
    /// <param name="actors">The agents, in agent order.</param>
    /// <param name="leader">The leader's index.</param>
    /// <param name="months">The step limit the covariates are computed for (steps 0 … months).</param>
    /// <param name="events">Dated events; an event on an agent must name one.</param>
    /// <param name="unAuthorisedAtStart">Whether the coalition is UN-authorised at step 0 (authorised beforehand).</param>
    /// <param name="notes">What the construction had to assume.</param>
    /// <exception cref="ArgumentException">No agents, a leader out of range, duplicate ids, or an event on an unknown agent.</exception>
    public RecruitmentSetup(IEnumerable<RecruitmentActor> actors, int leader, int months, IEnumerable<RecruitmentEvent>? events = null,
        bool unAuthorisedAtStart = false, IEnumerable<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(actors);
        Actors = [.. actors];
        Events = [.. events ?? []];
        Notes = [.. notes ?? []];
        if (Actors.IsEmpty)
            throw new ArgumentException("a recruitment needs at least its leader", nameof(actors));
        if (leader < 0 || leader >= Actors.Length)
            throw new ArgumentException($"the leader's index {leader} is not an agent's", nameof(leader));
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        if (Actors.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count() != Actors.Length)
            throw new ArgumentException("two agents share an id", nameof(actors));
        Leader = leader;
        Months = months;
        UnAuthorisedAtStart = unAuthorisedAtStart;

        int n = Actors.Length, t = months + 1, k = PastMonths;
        _election = new byte[n * t];
        _govChange = new byte[n * t];
        _hostage = new byte[n * t];
        _deaths = new double[n * t];
        var scheduled = new int[n];
        var paid = new int[n];
        Array.Fill(scheduled, int.MaxValue);
        Array.Fill(paid, int.MaxValue);
        var un = new bool[t];
        var unChanges = new List<(int Step, bool On)>();
        foreach (var e in Events)
        {
            if (e.Agent < -1 || e.Agent >= n || e.Agent == -1 && e.Kind is not (RecruitmentEventKind.UnAuthorisation or RecruitmentEventKind.UnMandateEnd))
                throw new ArgumentException($"the {e.Kind} event at step {e.Step} names no agent of the setup", nameof(events));
            switch (e.Kind)
            {
                case RecruitmentEventKind.Election:
                    Mark(_election, e.Agent, e.Step, t, k);
                    break;
                case RecruitmentEventKind.GovernmentChange:
                    Mark(_govChange, e.Agent, e.Step, t, k);
                    break;
                case RecruitmentEventKind.HostageCrisis:
                    Mark(_hostage, e.Agent, e.Step, t, k);
                    break;
                case RecruitmentEventKind.Casualties:
                    for (int s = Math.Max(0, e.Step); s < Math.Min(t, e.Step + k); s++)
                        _deaths[(e.Agent * t) + s] += e.Value;
                    break;
                case RecruitmentEventKind.Payment:
                    paid[e.Agent] = Math.Min(paid[e.Agent], e.Step);
                    break;
                case RecruitmentEventKind.ScheduledExit:
                    scheduled[e.Agent] = Math.Min(scheduled[e.Agent], e.Step);
                    break;
                case RecruitmentEventKind.UnAuthorisation:
                    unChanges.Add((e.Step, true));
                    break;
                case RecruitmentEventKind.UnMandateEnd:
                    unChanges.Add((e.Step, false));
                    break;
            }
        }

        // The UN switch: the authorisation at the start, then each change in date order (on before off in one month).
        unChanges.Sort((a, b) => a.Step != b.Step ? a.Step.CompareTo(b.Step) : b.On.CompareTo(a.On));
        bool state = unAuthorisedAtStart;
        int c = 0;
        for (int s = 0; s < t; s++)
        {
            while (c < unChanges.Count && unChanges[c].Step <= s)
                state = unChanges[c++].On;
            un[s] = state;
        }

        _logDeaths = new double[n * t];
        for (int i = 0; i < _deaths.Length; i++)
            _logDeaths[i] = Math.Log(1 + _deaths[i]);
        ScheduledExitStep = [.. scheduled];
        PaidFromStep = [.. paid];
        UnAuthorised = [.. un];
        Digest = ComputeDigest();
    }

    /// <summary>The agents, in agent order.</summary>
    public ImmutableArray<RecruitmentActor> Actors { get; }

    /// <summary>The leader's index.</summary>
    public int Leader { get; }

    /// <summary>The months the covariates are computed for (steps 0 … <see cref="Months"/>; later steps see no events).</summary>
    public int Months { get; }

    /// <summary>The dated events.</summary>
    public ImmutableArray<RecruitmentEvent> Events { get; }

    /// <summary>Whether the coalition is UN-authorised at step 0.</summary>
    public bool UnAuthorisedAtStart { get; }

    /// <summary>What the construction had to assume.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>Per agent, the step of its scheduled exit (int.MaxValue: none).</summary>
    public ImmutableArray<int> ScheduledExitStep { get; }

    /// <summary>Per agent, the first step from which it counts as paid by the setup's own payments (int.MaxValue: never; negative: before the start).</summary>
    public ImmutableArray<int> PaidFromStep { get; }

    /// <summary>Per step 0 … <see cref="Months"/>, whether the coalition is UN-authorised.</summary>
    public ImmutableArray<bool> UnAuthorised { get; }

    /// <summary>A SHA-256 digest of the setup (agents, attributes, events), for batch fingerprints.</summary>
    public string Digest { get; }

    /// <summary>1 when agent <paramref name="agent"/> held an election in step <paramref name="step"/> or the two before (0 beyond <see cref="Months"/>).</summary>
    public double ElectionPast(int agent, long step) => step < 0 || step > Months ? 0 : _election[(agent * (Months + 1)) + step];

    /// <summary>1 when agent <paramref name="agent"/>'s head of government changed in the window.</summary>
    public double GovernmentChangePast(int agent, long step) => step < 0 || step > Months ? 0 : _govChange[(agent * (Months + 1)) + step];

    /// <summary>1 when agent <paramref name="agent"/>'s nationals were taken hostage in the window.</summary>
    public double HostagePast(int agent, long step) => step < 0 || step > Months ? 0 : _hostage[(agent * (Months + 1)) + step];

    /// <summary>Agent <paramref name="agent"/>'s military deaths in the window.</summary>
    public double CasualtiesPast(int agent, long step) => step < 0 || step > Months ? 0 : _deaths[(agent * (Months + 1)) + step];

    /// <summary>ln(1 + <see cref="CasualtiesPast"/>), the form the hazard reads.</summary>
    public double LogCasualtiesPast(int agent, long step) => step < 0 || step > Months ? 0 : _logDeaths[(agent * (Months + 1)) + step];

    /// <summary>Whether the coalition is UN-authorised at step <paramref name="step"/> (the last known state beyond <see cref="Months"/>).</summary>
    public bool IsUnAuthorised(long step) => UnAuthorised[(int)Math.Clamp(step, 0, Months)];

    private static void Mark(byte[] window, int agent, int step, int t, int k)
    {
        for (int s = Math.Max(0, step); s < Math.Min(t, step + k); s++)
            window[(agent * t) + s] = 1;
    }

    private string ComputeDigest()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"leader {Leader} months {Months} un {UnAuthorisedAtStart}\n");
        foreach (var a in Actors)
        {
            text.Append(inv, $"{a.Id}\t{a.Kind}\t{a.InitialMember}\t{a.Available}\t{a.TroopContributor}\t{a.Threat}");
            foreach (double d in (ReadOnlySpan<double>)[a.Pivotality, a.Embeddedness, a.Alignment, a.DomesticOpposition, a.Commitment, a.Offer])
                text.Append('\t').Append(BitConverter.DoubleToInt64Bits(d));
            text.Append('\n');
        }

        foreach (var e in Events)
            text.Append(inv, $"{e.Kind}\t{e.Step}\t{e.Agent}\t{BitConverter.DoubleToInt64Bits(e.Value)}\n");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The agents of the setup as simulation agents (kinds and ids).</summary>
    internal AgentSet<Agent> CreateAgents() => new(Actors.Select((a, i) => new Agent(i, a.Id, a.Kind)));
}
