using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Lifecycle.Cases;
using Willing.Networks.Cases;
using Willing.Simulation.Modeling;
using Willing.Simulation.Parameters;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Mechanisms.Recruitment;

/// <summary>
/// The scenario mechanism <c>leader-recruitment</c>: builds a <see cref="LeaderRecruitment"/> from a scenario's case
/// (its leader, its states, their ties, inducements, events and exits) and the scenario's own actors, population
/// and events.
/// </summary>
/// <remarks>
/// <para>Rules of the construction, one place for them (the month of a date follows the lifecycle analyses'
/// <see cref="MonthClock"/>: a joining or an event counts in the month of its earliest day, a leaving in that of its
/// latest day; step s is the scenario's start month plus s):</para>
/// <list type="bullet">
/// <item>Agents: the case's leader (the member with role <c>leader</c>) first, then the case's state actors in file
/// order (members, courted states, opponents alike), then the actors the scenario adds, then its population.
/// Persons, organisations and groups of states are not agents.</item>
/// <item>Initial members: members that joined by the start month and had not left before it (one that left
/// before is not available). Later joiners are candidates the leader has to recruit.</item>
/// <item>Troop contributor: a member with the role or a troop figure; a state that is no member of the case
/// (and the population) is taken to send forces if it joins, unless the attribute <c>troop_contributor</c> says 0.</item>
/// <item>Pivotality: the attribute <c>pivotality</c>, or ln(1 + peak troops) ÷ ln(1 + the largest non-leader peak);
/// where neither exists, unknown (the parameter <c>pivotality_default</c>).</item>
/// <item>Embeddedness: the attribute <c>embeddedness</c>, or the weight of the actor's link to the leader in the case's
/// coordination network (<see cref="CoordinationNetwork"/>: sourced ties, shared events and standing bodies) ÷ the
/// leader's heaviest link.</item>
/// <item>Alignment: the attribute <c>alignment</c>, or −1 for a state the case records as an opponent; otherwise unknown
/// (the parameter <c>alignment_default</c>). Domestic opposition and commitment: the attributes
/// <c>domestic_opposition</c> and <c>commitment</c>, otherwise unknown.</item>
/// <item>Offer: the largest recorded amount (the same money recurs across stages, so amounts are not summed) of the
/// leader's inducements to the actor of the payment kinds the event-history rows count (side payment, loan, debt
/// relief, trade concession, aid, military aid, contract, status upgrade, accession promise), neither withdrawn nor a
/// mere request, in billions of US dollars; unrecorded amount: the parameter <c>default_offer</c>; the attribute
/// <c>offer</c> (US dollars) overrides. Threat: a pressure-direction inducement of the leader (threat, aid cut,
/// sanction, diplomatic pressure), or the attribute <c>threat</c>.</item>
/// <item>Paid (the hazard's S): as the event-history covariate <c>side_payments</c>, from the first month of such an
/// inducement from anyone (undated: from the start), and from a scenario event <c>payment</c>.</item>
/// <item>Events: the case's elections, changes of head of government (<c>government_changed</c>), casualties (with
/// deaths) and hostage crises of an agent, on their dates; the scenario's events of the kinds in
/// <see cref="EventKinds"/>.</item>
/// <item>Scheduled exits: a member whose recorded exit is scheduled (mandate expiry, host-state deadline, mission
/// completed) or no exit at all (Lifecycle's <see cref="ExitKinds"/>) leaves in the month it left, if it is a member
/// then; its unilateral exits are left to the hazard.</item>
/// <item>UN authorisation: from the start when the case is authorised beforehand, and from a scenario event
/// <c>un-authorisation</c> until an <c>un-mandate-end</c>.</item>
/// </list>
/// </remarks>
public sealed class LeaderRecruitmentScenario : ScenarioMechanism
{
    private static readonly ImmutableHashSet<InducementKind> Payments =
    [
        InducementKind.SidePayment, InducementKind.Loan, InducementKind.DebtRelief, InducementKind.TradeConcession,
        InducementKind.Aid, InducementKind.MilitaryAid, InducementKind.Contract, InducementKind.StatusUpgrade, InducementKind.AccessionPromise,
    ];

    private static readonly ImmutableDictionary<string, RecruitmentEventKind> Kinds = new Dictionary<string, RecruitmentEventKind>
    {
        ["election"] = RecruitmentEventKind.Election,
        ["government-change"] = RecruitmentEventKind.GovernmentChange,
        ["casualties"] = RecruitmentEventKind.Casualties,
        ["hostage-crisis"] = RecruitmentEventKind.HostageCrisis,
        ["payment"] = RecruitmentEventKind.Payment,
        ["scheduled-exit"] = RecruitmentEventKind.ScheduledExit,
        ["un-authorisation"] = RecruitmentEventKind.UnAuthorisation,
        ["un-mandate-end"] = RecruitmentEventKind.UnMandateEnd,
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <inheritdoc />
    public override string Name => "leader-recruitment";

    /// <inheritdoc />
    public override string Description =>
        "Cooper's model one: a leader recruits states with payments, threats and its ties within a budget; members leave under an exit hazard of elections, casualties, hostage crises and the others' exits, damped by payments and a UN authorisation.";

    /// <inheritdoc />
    public override string Source => "Henke 2017/2019; Newnham 2008; Riegler et al. 2017; Kreps 2011; Tago 2009; Pilster et al.; Mello 2020; Marinov et al. 2015; Weisiger 2015; Galam 2002 (see LeaderRecruitment).";

    /// <inheritdoc />
    public override ParameterSpace Parameters => LeaderRecruitment.DefaultParameters;

    /// <inheritdoc />
    public override bool ChecksActors => true;

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> Attributes { get; } = new Dictionary<string, string>
    {
        ["pivotality"] = "how much the leader needs the state, in [0, 1] (Henke); default from its peak troops",
        ["embeddedness"] = "its diplomatic embeddedness with the leader, in [0, 1] (Henke 2017); default from the case's coordination network",
        ["alignment"] = "its alignment with the leader's cause, in [-1, 1]; default -1 for a recorded opponent, else the parameter alignment_default",
        ["domestic_opposition"] = "its domestic opposition to taking part, in [0, 1]; default the parameter opposition_default",
        ["commitment"] = "its normative commitment to the cause, in [0, 1] (Mello 2020); default the parameter commitment_default",
        ["offer"] = "the payment the leader offers it, in US dollars; default the case's recorded inducements",
        ["threat"] = "1 when the leader threatens it; default the case's recorded pressure",
        ["troop_contributor"] = "1 when as a member it sends forces; default from the case (1 for a non-member)",
        ["initial_member"] = "1 when it is a member at step 0; default from the case's joining and leaving dates",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> EventKinds { get; } = new Dictionary<string, string>
    {
        ["election"] = "a national election of the actor (raises its exit hazard for three months)",
        ["government-change"] = "a change of the actor's head of government",
        ["casualties"] = "military deaths of the actor's forces; value: the deaths",
        ["hostage-crisis"] = "the actor's nationals taken hostage",
        ["payment"] = "the actor is paid: from this month it counts as paid in the exit hazard",
        ["scheduled-exit"] = "the actor leaves on an agreed or scheduled date (not a unilateral exit)",
        ["un-authorisation"] = "the UN Security Council authorises the coalition from this month (no actor)",
        ["un-mandate-end"] = "the UN authorisation lapses from this month (no actor)",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <inheritdoc />
    public override IScenarioSimulation? Build(ScenarioContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var setup = BuildSetup(context);
        if (setup is null)
            return null;
        var mechanism = new LeaderRecruitment(setup, context.Parameters);
        return new ScenarioSimulation<LeaderRecruitmentModel>(context.Scenario, mechanism, LeaderRecruitment.Curves, LeaderRecruitment.FastReporter);
    }

    /// <summary>The setup of <paramref name="context"/>'s scenario, or null after adding every problem to its diagnostics.</summary>
    public RecruitmentSetup? BuildSetup(ScenarioContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scenario = context.Scenario;
        var diagnostics = context.Diagnostics;
        int before = diagnostics.Count;
        foreach (var d in LeaderRecruitment.DefaultParameters.Definitions.Where(d => context.Parameters.Find(d.Name) is null))
            diagnostics.Add(scenario.Position, "parameters", $"the parameter space lacks {d.Name} of leader-recruitment");
        CheckCalibration(context);
        if (scenario.Case is not { } caseRef)
        {
            diagnostics.Add(scenario.Position, "case", "leader-recruitment needs a case: its leader, states, ties and events");
            return null;
        }

        if (context.Cases.Find(caseRef.Id.Value) is not { } coalition)
        {
            diagnostics.Add(caseRef.Position, caseRef.Path, $"no case {caseRef.Id} in the case base");
            return null;
        }

        var leaderMembership = coalition.Members.FirstOrDefault(m => m.Has(Role.Leader));
        if (leaderMembership is null)
        {
            diagnostics.Add(caseRef.Position, caseRef.Path, $"the case {coalition.Id} has no member with the role leader");
            return null;
        }

        var start = scenario.Start;
        var notes = new List<string>();
        var leaderId = leaderMembership.Actor;
        var principal = coalition.Actors.ToDictionary(a => a.Id, a => a.ActsFor ?? a.Id);
        var ids = new List<ActorId> { leaderId };
        ids.AddRange(coalition.Actors.Where(a => a.Kind == ActorKind.State && a.Id != leaderId).Select(a => a.Id));
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < ids.Count; i++)
            index[ids[i].Value] = i;

        // Case-derived attributes.
        var members = coalition.Memberships.ToDictionary(m => m.Actor);
        double maxPeak = coalition.Members.Where(m => m.Actor != leaderId && m.PeakTroops is not null).Select(m => (double)m.PeakTroops!.Value).DefaultIfEmpty(0).Max();
        var network = CoordinationNetwork.Of(coalition);
        var linkToLeader = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var link in network.Links)
        {
            if (link.A == leaderId.Value)
                linkToLeader[link.B] = link.Weight;
            else if (link.B == leaderId.Value)
                linkToLeader[link.A] = link.Weight;
        }

        double maxLink = linkToLeader.Values.DefaultIfEmpty(0).Max();
        var actors = new List<RecruitmentActor>();
        var events = new List<RecruitmentEvent>();
        foreach (var id in ids)
        {
            int i = actors.Count;
            members.TryGetValue(id, out var m);
            bool isMember = m is { IsMember: true };
            int? joinStep = isMember ? m!.Joined is { } j ? start.MonthsUntil(ScenarioMonth.Earliest(j)) : int.MinValue : null;
            int? leftStep = isMember && m!.Left is { } l ? start.MonthsUntil(new ScenarioMonth(l.LatestDay.Year, l.LatestDay.Month)) : null;
            bool available = !(leftStep is int ls && ls < 0);
            bool initial = id == leaderId || (isMember && joinStep <= 0 && available);
            double? peak = m?.PeakTroops is decimal p ? (double)p : null;
            double pivot = peak is double pk && maxPeak > 0 ? Math.Min(1, Math.Log(1 + pk) / Math.Log(1 + maxPeak)) : double.NaN;
            var inducements = coalition.InducementsTo(id)
                .Where(x => x.Stage is not (InducementStage.Withdrawn or InducementStage.Request))
                .ToList();
            var fromLeader = inducements.Where(x => principal.GetValueOrDefault(x.From, x.From) == leaderId).ToList();
            var offers = fromLeader.Where(x => x.Direction == InducementDirection.Inducement && Payments.Contains(x.Kind)).ToList();
            double offer = offers.Count == 0 ? 0
                : offers.Any(x => x.AmountUsd is not null) ? (double)offers.Where(x => x.AmountUsd is not null).Max(x => x.AmountUsd!.Value) / 1e9
                : double.NaN;
            bool threat = fromLeader.Any(x => x.Direction == InducementDirection.Pressure);
            var paidDates = inducements.Where(x => x.Direction == InducementDirection.Inducement && Payments.Contains(x.Kind)).ToList();
            if (paidDates.Count > 0)
            {
                int paidStep = paidDates.Min(x => x.Date is { } d ? start.MonthsUntil(ScenarioMonth.Earliest(d)) : int.MinValue);
                events.Add(new RecruitmentEvent(RecruitmentEventKind.Payment, Math.Max(paidStep, -1), i));
            }

            if (isMember && m!.Exit is { } exit && ExitKinds.Of(exit.Reason) != ExitKind.Unilateral && leftStep is int scheduledStep && scheduledStep >= 0)
                events.Add(new RecruitmentEvent(RecruitmentEventKind.ScheduledExit, Math.Max(1, scheduledStep), i));
            actors.Add(new RecruitmentActor(id.Value, id == leaderId ? AgentKind.Leader : AgentKind.State)
            {
                InitialMember = initial,
                Available = available || id == leaderId,
                TroopContributor = !isMember || m!.Has(Role.TroopContributor) || peak is not null,
                Pivotality = pivot,
                Embeddedness = maxLink > 0 ? linkToLeader.GetValueOrDefault(id.Value) / maxLink : 0,
                Alignment = m is not null && m.Has(Role.Opponent) && !isMember ? -1 : double.NaN,
                Offer = offer,
                Threat = threat,
            });
        }

        foreach (var e in coalition.Events)
        {
            if (e.Subject is not { } subject || !index.TryGetValue(principal.GetValueOrDefault(subject, subject).Value, out int agent))
                continue;
            int step = start.MonthsUntil(ScenarioMonth.Earliest(e.Date));
            if (e.Kind == EventKind.Election)
                events.Add(new RecruitmentEvent(RecruitmentEventKind.Election, step, agent));
            if (e.GovernmentChanged == true)
                events.Add(new RecruitmentEvent(RecruitmentEventKind.GovernmentChange, step, agent));
            if (e.Kind == EventKind.Casualties && e.Deaths is int deaths)
                events.Add(new RecruitmentEvent(RecruitmentEventKind.Casualties, step, agent, deaths));
            if (e.Kind == EventKind.HostageCrisis)
                events.Add(new RecruitmentEvent(RecruitmentEventKind.HostageCrisis, step, agent));
        }

        // The scenario's actors: settings for case actors, or actors it adds.
        foreach (var a in scenario.Actors)
        {
            if (index.TryGetValue(a.Id, out int existing))
            {
                actors[existing] = Apply(actors[existing], a.Attributes, diagnostics);
                continue;
            }

            if (coalition.Actors.Any(x => x.Id.Value == a.Id))
            {
                diagnostics.Add(a.Position, a.Path, $"the actor {a.Id} of {coalition.Id} is not a state, and leader-recruitment's agents are states");
                continue;
            }

            if (a.Kind is null)
            {
                diagnostics.Add(a.Position, a.Path, $"the actor {a.Id} is not in the case {coalition.Id}; an actor the scenario adds needs a kind");
                continue;
            }

            index[a.Id] = actors.Count;
            actors.Add(Apply(new RecruitmentActor(a.Id, KindOf(a.Kind)) { Pivotality = double.NaN }, a.Attributes, diagnostics));
        }

        if (scenario.Population is { } population)
        {
            for (int k = 1; k <= population.Count; k++)
            {
                string id = $"{population.Prefix}-{k}";
                if (index.ContainsKey(id))
                {
                    diagnostics.Add(population.Position, population.Path, $"the population's id {id} is already an actor's");
                    break;
                }

                index[id] = actors.Count;
                actors.Add(Apply(new RecruitmentActor(id, KindOf(population.Kind)) { Pivotality = double.NaN }, population.Attributes, k == 1 ? diagnostics : null));
            }
        }

        foreach (var e in scenario.Events)
        {
            if (!Kinds.TryGetValue(e.Kind, out var kind))
            {
                diagnostics.Add(e.Position, e.Path + ".kind", $"leader-recruitment cannot use an event of kind {e.Kind}; it reads {string.Join(", ", Kinds.Keys.Order(StringComparer.Ordinal))}");
                continue;
            }

            bool systemWide = kind is RecruitmentEventKind.UnAuthorisation or RecruitmentEventKind.UnMandateEnd;
            int agent = -1;
            if (systemWide && e.Actor is not null)
            {
                diagnostics.Add(e.Position, e.Path + ".actor", $"an event of kind {e.Kind} concerns the coalition, not one actor");
                continue;
            }

            if (!systemWide)
            {
                if (e.Actor is null)
                {
                    diagnostics.Add(e.Position, e.Path, $"an event of kind {e.Kind} needs an actor");
                    continue;
                }

                if (!index.TryGetValue(e.Actor, out agent))
                {
                    diagnostics.Add(e.Position, e.Path + ".actor", $"the event's actor {e.Actor} is not an agent of the scenario (a state of {coalition.Id}, an actor it adds or its population)");
                    continue;
                }
            }

            if (kind == RecruitmentEventKind.Casualties && e.Value is not (>= 0))
            {
                diagnostics.Add(e.Position, e.Path + ".value", "a casualties event needs its deaths as value (0 or more)");
                continue;
            }

            events.Add(new RecruitmentEvent(kind, start.MonthsUntil(ScenarioMonth.Earliest(e.Date)), agent, e.Value ?? 0));
        }

        if (diagnostics.Count > before)
            return null;

        int unknown = actors.Count(a => double.IsNaN(a.Pivotality));
        if (unknown > 0)
            notes.Add($"{unknown} agents have no pivotality attribute and no troop figure; they take the parameter pivotality_default");

        bool authorised = coalition.Institutions.Relation == InstitutionalRelation.AuthorisedBeforehand;
        return new RecruitmentSetup(actors, 0, scenario.Months, events, authorised, notes);
    }

    private static void CheckCalibration(ScenarioContext context)
    {
        if (context.Scenario.Calibration is not { } calibration)
            return;
        foreach (var f in calibration.Free)
        {
            if (context.Parameters.Find(f.Name) is not { } definition)
                context.Diagnostics.Add(f.Position, f.Path + ".name", $"{f.Name} is not a parameter of leader-recruitment");
            else if (definition.Type != ColumnType.Double)
                context.Diagnostics.Add(f.Position, f.Path + ".name", $"{f.Name} is not a real-valued parameter, so a calibration cannot search it");
            else if (!(f.Low < f.High) || f.Low < (definition.Minimum ?? double.NegativeInfinity) || f.High > (definition.Maximum ?? double.PositiveInfinity))
                context.Diagnostics.Add(f.Position, f.Path, $"the range [{f.Low}, {f.High}] of {f.Name} is empty or leaves the parameter's range {definition.Range}");
        }
        var targets = context.Scenario.Checks.Select(c => c.Target).Prepend(calibration.Target);
        foreach (var t in targets.Where(t => !LeaderRecruitment.Curves.Contains(t.Reporter)))
            context.Diagnostics.Add(t.Position, t.Path + ".reporter", $"{t.Reporter} is not a count reporter of leader-recruitment ({string.Join(", ", LeaderRecruitment.Curves)})");
    }

    private RecruitmentActor Apply(RecruitmentActor actor, ImmutableArray<ScenarioValue> values, Core.Reading.InputDiagnostics? diagnostics)
    {
        foreach (var v in values)
        {
            if (!Attributes.ContainsKey(v.Name))
            {
                diagnostics?.Add(v.Position, v.Path, $"leader-recruitment reads no attribute {v.Name}; it reads {string.Join(", ", Attributes.Keys.Order(StringComparer.Ordinal))}");
                continue;
            }

            (double low, double high) = v.Name switch
            {
                "alignment" => (-1.0, 1.0),
                "offer" => (0.0, double.MaxValue),
                _ => (0.0, 1.0),
            };
            if (double.IsNaN(v.Value) || v.Value < low || v.Value > high)
            {
                diagnostics?.Add(v.Position, v.Path, $"the attribute {v.Name} is {v.Value}, outside [{low}, {high}]");
                continue;
            }

            actor = v.Name switch
            {
                "pivotality" => actor with { Pivotality = v.Value },
                "embeddedness" => actor with { Embeddedness = v.Value },
                "alignment" => actor with { Alignment = v.Value },
                "domestic_opposition" => actor with { DomesticOpposition = v.Value },
                "commitment" => actor with { Commitment = v.Value },
                "offer" => actor with { Offer = v.Value / 1e9 },
                "threat" => actor with { Threat = v.Value >= 0.5 },
                "troop_contributor" => actor with { TroopContributor = v.Value >= 0.5 },
                _ => actor with { InitialMember = v.Value >= 0.5 },
            };
        }

        return actor;
    }

    private static AgentKind KindOf(string kind) => kind switch
    {
        "ngo" or "ngo-network" => AgentKind.Ngo,
        "igo" or "organization" => AgentKind.Organization,
        "state" => AgentKind.State,
        _ => AgentKind.Other,
    };
}
