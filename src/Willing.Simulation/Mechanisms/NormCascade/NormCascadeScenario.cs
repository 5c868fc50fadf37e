using System.Collections.Immutable;
using System.Globalization;
using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Networks.Cases;
using Willing.Simulation.Modeling;
using Willing.Simulation.Parameters;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Mechanisms.NormCascade;

/// <summary>The scenario mechanism <c>norm-cascade</c>: builds a <see cref="NormCascade"/> from a scenario and its case.</summary>
/// <remarks>
/// <para>
/// Agents, in this order: the case's states (actor kind <c>state</c>) and its entrepreneurs (actors of kind <c>ngo</c> or
/// <c>ngo-network</c> that are members of the coalition; an NGO of the counter-campaign is left out), in the case's
/// actor order; the scenario's added actors; then the population (the rest of the states system). A state member of
/// the case with the role leader, co-leader or core-group member is committed. A scenario actor sets attributes of a
/// case actor (its <c>kind</c> may turn one into a state or an entrepreneur, e.g. the EU as a WTO member) or adds one
/// (then its kind is required).
/// </para>
/// <para>
/// Ties: the case's coordination network (<see cref="CoordinationNetwork.Of"/> over all actors, so that resisting great
/// powers keep their ties), each link between two agents a tie weighted by the number of ties and shared events,
/// bodies and lists behind it. Conferences: the case's events of kind conference or meeting, on their months, and the
/// scenario's, each of intensity 1 (a scenario event's <c>value</c> when given); an event dated to a year only is spread
/// over its twelve months (intensity 1/12 each); an event in the start month (step 0) acts in no step. The scenario's
/// event of kind <c>opening</c> (the treaty opens for signature) sets the first month in which states can ratify.
/// </para>
/// </remarks>
public sealed class NormCascadeScenario : ScenarioMechanism
{
    private static readonly ImmutableArray<string> AttributeNames = ["committed", "resister", "status_seeking", "threshold"];

    /// <inheritdoc />
    public override string Name => "norm-cascade";

    /// <inheritdoc />
    public override string Description => "Cooper's model two: a norm cascade of middle powers and NGOs, counted in states parties per month.";

    /// <inheritdoc />
    public override string Source => "Finnemore and Sikkink (1998); Petrova (2019); Hoffmann; Granovetter (1978); Centola et al. (2018). See docs/simulation-norm-cascade.md.";

    /// <inheritdoc />
    public override ParameterSpace Parameters => NormCascade.DefaultParameters;

    /// <inheritdoc />
    public override bool ChecksActors => true;

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> Attributes { get; } = new Dictionary<string, string>
    {
        ["committed"] = "1: a norm carrier from the start (a core-group state): threshold 0, a supporter in its neighbours' exposure; 0: not",
        ["resister"] = "1: a resisting great power (threshold resister_threshold; damps the exposure of states tied to it while it stays out); 0: not",
        ["status_seeking"] = "0-1: how far the praise channel lowers the state's threshold before the tipping share (default 1; resisters 0)",
        ["threshold"] = "the state's threshold (share), instead of a drawn one",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> EventKinds { get; } = new Dictionary<string, string>
    {
        ["conference"] = "a conference: adds conference_boost × intensity (value, default 1) to every state's exposure in its month",
        ["meeting"] = "a meeting: as a conference",
        ["opening"] = "the treaty opens for signature: states can ratify from this month on (at most one)",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>The model reporters that <see cref="IScenarioSimulation.Curve"/> reads straight off the model.</summary>
    private static double Read(NormCascadeModel m, string reporter) => reporter switch
    {
        "adopters" => m.Adopters,
        "new_adopters" => m.NewAdopters,
        "adoption_share" => m.AdoptionShare,
        "tipped" => m.Tipped ? 1 : 0,
        "conference" => m.Conference ? 1 : 0,
        _ => throw new ArgumentException($"the norm cascade has no model reporter {reporter}", nameof(reporter)),
    };

    /// <inheritdoc />
    public override IScenarioSimulation? Build(ScenarioContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var s = context.Scenario;
        var d = context.Diagnostics;
        int before = d.Count;

        Coalition? coalition = null;
        if (s.Case is { } named)
        {
            coalition = context.Cases.Find(named.Id.Value);
            if (coalition is null)
                d.Add(named.Position, named.Path, $"the case {named.Id} is not in the case base" + Hint(d, named.Id.Value, context.Cases.Coalitions.Select(c => c.Id.Value)));
        }

        var specs = new List<Spec>();
        var byId = new Dictionary<string, Spec>(StringComparer.Ordinal);
        var caseActors = coalition?.Actors.ToDictionary(a => a.Id.Value, StringComparer.Ordinal) ?? new Dictionary<string, Actor>(StringComparer.Ordinal);
        void Add(Spec spec)
        {
            specs.Add(spec);
            byId[spec.Id] = spec;
        }

        if (coalition is not null)
        {
            foreach (var a in coalition.Actors)
            {
                var m = coalition.MembershipOf(a.Id);
                if (a.Kind == ActorKind.State)
                    Add(new Spec(a.Id.Value, AgentKind.State) { Committed = IsCore(coalition, a.Id.Value) });
                else if (a.Kind is ActorKind.Ngo or ActorKind.NgoNetwork && m is { IsMember: true })
                    Add(new Spec(a.Id.Value, AgentKind.Ngo));
            }
        }

        foreach (var sa in s.Actors)
        {
            AgentKind? kind = null;
            if (sa.Kind is { } k)
            {
                kind = k switch { "state" => AgentKind.State, "ngo" or "ngo-network" => AgentKind.Ngo, _ => null };
                if (kind is null)
                {
                    d.Add(sa.Position, sa.Path + ".kind", $"the norm cascade has states and entrepreneurs only: kind {k} is neither (use state, ngo or ngo-network)");
                    continue;
                }
            }

            if (!byId.TryGetValue(sa.Id, out var spec))
            {
                if (kind is null && s.Case is not null && coalition is null)
                    continue;   // the case is missing (reported above): its actors cannot be judged
                if (kind is null)
                {
                    string where = coalition is null ? "the scenario names no case"
                        : caseActors.TryGetValue(sa.Id, out var ca) ? $"{sa.Id} is a {KebabCase.Name(ca.Kind)} of {coalition.Id}, neither a state nor a member NGO"
                        : $"{sa.Id} is not an actor of the case {coalition.Id}" + Hint(d, sa.Id, caseActors.Keys);
                    d.Add(sa.Position, sa.Path + ".id", $"{where}; give it a kind (state or ngo) to add it as an agent");
                    continue;
                }

                spec = new Spec(sa.Id, kind.Value) { Committed = kind == AgentKind.State && coalition is not null && IsCore(coalition, sa.Id) };
                Add(spec);
            }
            else if (kind is { } changed && changed != spec.Kind)
            {
                spec.Kind = changed;
            }

            Apply(spec, sa.Attributes, d);
        }

        if (s.Population is { } population)
        {
            if (population.Kind != "state")
                d.Add(population.Position, population.Path + ".kind", $"the norm cascade's population stands for the rest of the states system: its kind is state, not {population.Kind}");
            var template = new Spec("", AgentKind.State);
            Apply(template, population.Attributes, d);
            for (int i = 1; i <= population.Count; i++)
            {
                string id = string.Create(CultureInfo.InvariantCulture, $"{population.Prefix}-{i}");
                if (byId.ContainsKey(id))
                {
                    d.Add(population.Position, population.Path + ".prefix", $"the population's id {id} is already an actor's; choose another prefix");
                    break;
                }

                Add(template with { Id = id });
            }
        }

        var conferences = ImmutableArray.CreateBuilder<NormCascadeConference>();
        void Conference(PartialDate date, double intensity, bool strict, YamlPositionAndPath? at)
        {
            if (date.Precision == DatePrecision.Year)
            {
                for (int month = 1; month <= 12; month++)
                    AddAt(s.Start.MonthsUntil(new ScenarioMonth(date.Year, month)), intensity / 12);
            }
            else
            {
                int step = s.Start.MonthsUntil(ScenarioMonth.Earliest(date));
                if (strict && (step < 0 || step > s.Months) && at is { } p)
                    d.Add(p.Position, p.Path + ".date", $"the event's month {ScenarioMonth.Earliest(date)} is outside the scenario's months ({s.Start} to {s.Start.Plus(s.Months)})");
                AddAt(step, intensity);
            }
        }

        void AddAt(int step, double intensity)
        {
            if (step >= 0 && step <= s.Months && intensity > 0)
                conferences.Add(new NormCascadeConference(step, intensity));
        }

        if (coalition is not null)
        {
            foreach (var e in coalition.Events.Where(e => e.Kind is EventKind.Conference or EventKind.Meeting))
                Conference(e.Date, 1, strict: false, null);
        }

        int opening = 0;
        bool opened = false;
        foreach (var e in s.Events)
        {
            if (e.Actor is { } actor && !byId.ContainsKey(actor))
                d.Add(e.Position, e.Path + ".actor", $"the event's actor {actor} is not an agent of the scenario" + Hint(d, actor, byId.Keys));
            switch (e.Kind)
            {
                case "conference" or "meeting":
                    if (e.Value is { } v && (!double.IsFinite(v) || v < 0))
                        d.Add(e.Position, e.Path + ".value", "a conference's intensity (value) is a finite number of at least 0");
                    else
                        Conference(e.Date, e.Value ?? 1, strict: true, new YamlPositionAndPath(e.Position, e.Path));
                    break;
                case "opening":
                    int step = s.Start.MonthsUntil(ScenarioMonth.Earliest(e.Date));
                    if (opened)
                        d.Add(e.Position, e.Path + ".kind", "a scenario has at most one opening event");
                    else if (step < 0 || step > s.Months)
                        d.Add(e.Position, e.Path + ".date", $"the opening's month {ScenarioMonth.Earliest(e.Date)} is outside the scenario's months ({s.Start} to {s.Start.Plus(s.Months)})");
                    (opening, opened) = (step, true);
                    break;
                default:
                    d.Add(e.Position, e.Path + ".kind", $"the norm cascade cannot use an event of kind {e.Kind}; it reads {string.Join(", ", EventKinds.Keys.Order(StringComparer.Ordinal))}"
                        + Hint(d, e.Kind, EventKinds.Keys));
                    break;
            }
        }

        foreach (var def in NormCascade.DefaultParameters.Definitions.Where(x => context.Parameters.Find(x.Name) is null))
            d.Add(s.Position, "parameters", $"the scenario's parameter space lacks the norm cascade's parameter {def.Name}");
        if (s.Calibration is { } calibration)
        {
            foreach (var f in calibration.Free.Where(f => NormCascade.DefaultParameters.Find(f.Name) is null))
                d.Add(f.Position, f.Path + ".name", $"the norm cascade has no parameter {f.Name}" + Hint(d, f.Name, NormCascade.DefaultParameters.Definitions.Select(x => x.Name)));
            CheckTarget(calibration.Target, context.Cases, d);
        }

        foreach (var check in s.Checks)
            CheckTarget(check.Target, context.Cases, d);

        if (d.Count > before)
            return null;

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < specs.Count; i++)
            index[specs[i].Id] = i;
        var ties = ImmutableArray.CreateBuilder<NormCascadeTie>();
        if (coalition is not null)
        {
            var network = CoordinationNetwork.Of(coalition, new NetworkOptions(Scope: NetworkScope.AllActors));
            foreach (var link in network.Links)
            {
                if (index.TryGetValue(link.A, out int a) && index.TryGetValue(link.B, out int b))
                    ties.Add(new NormCascadeTie(a, b, link.Weight));
            }
        }

        var inputs = new NormCascadeInputs(
            [.. specs.Select(x => new NormCascadeActor(x.Id, x.Kind, x.Committed, x.Resister, x.Threshold, x.StatusSeeking))],
            ties.ToImmutable(), conferences.ToImmutable(), opening);
        return new ScenarioSimulation<NormCascadeModel>(s, new NormCascade(inputs, context.Parameters), ["adopters"], Read);
    }

    private static readonly ImmutableArray<string> Reporters = ["adopters", "new_adopters", "adoption_share", "tipped", "conference"];

    private static void CheckTarget(ScenarioTarget target, CaseBase cases, InputDiagnostics d)
    {
        if (!Reporters.Contains(target.Reporter))
            d.Add(target.Position, target.Path + ".reporter", $"the norm cascade has no model reporter {target.Reporter}" + Hint(d, target.Reporter, Reporters));
        var coalition = cases.Find(target.Case.Value);
        if (coalition is null)
            d.Add(target.Position, target.Path + ".case", $"the case {target.Case} is not in the case base" + Hint(d, target.Case.Value, cases.Coalitions.Select(c => c.Id.Value)));
        else if (target.Series is { } series && !coalition.Series.Any(x => x.Id.Value == series))
            d.Add(target.Position, target.Path + ".series", $"the case {target.Case} has no series {series}" + Hint(d, series, coalition.Series.Select(x => x.Id.Value)));
    }

    private static void Apply(Spec spec, ImmutableArray<ScenarioValue> attributes, InputDiagnostics d)
    {
        foreach (var v in attributes)
        {
            bool flag = v.Value is 0 or 1;
            switch (v.Name)
            {
                case "committed" when flag:
                    spec.Committed = v.Value == 1;
                    break;
                case "resister" when flag:
                    spec.Resister = v.Value == 1;
                    break;
                case "committed" or "resister":
                    d.Add(v.Position, v.Path, $"{v.Name} is 0 or 1, not {v.Value.ToString("R", CultureInfo.InvariantCulture)}");
                    break;
                case "status_seeking" when v.Value is >= 0 and <= 1:
                    spec.StatusSeeking = v.Value;
                    break;
                case "status_seeking":
                    d.Add(v.Position, v.Path, $"status_seeking is between 0 and 1, not {v.Value.ToString("R", CultureInfo.InvariantCulture)}");
                    break;
                case "threshold" when double.IsFinite(v.Value) && v.Value is >= -1 and <= 2:
                    spec.Threshold = v.Value;
                    break;
                case "threshold":
                    d.Add(v.Position, v.Path, $"a threshold is a share between -1 and 2, not {v.Value.ToString("R", CultureInfo.InvariantCulture)}");
                    break;
                default:
                    d.Add(v.Position, v.Path, $"the norm cascade reads no attribute {v.Name}; it reads {string.Join(", ", AttributeNames)}" + Hint(d, v.Name, AttributeNames));
                    break;
            }

            if (spec.Kind != AgentKind.State && v.Name != "committed")
                d.Add(v.Position, v.Path, $"{spec.Id} is an entrepreneur: only states have {v.Name}");
        }
    }

    /// <summary>A member with the role leader, co-leader or core-group member: committed from the start.</summary>
    private static bool IsCore(Coalition coalition, string id) =>
        coalition.Memberships.FirstOrDefault(m => m.Actor.Value == id) is { IsMember: true } m
        && (m.Has(Role.Leader) || m.Has(Role.CoLeader) || m.Has(Role.CoreGroupMember));

    private static string Hint(InputDiagnostics d, string word, IEnumerable<string> candidates) =>
        d.Suggest(word, candidates) is { } s ? $" (did you mean {s}?)" : "";

    private readonly record struct YamlPositionAndPath(Willing.Core.Reading.Yaml.YamlPosition Position, string Path);

    private sealed record Spec(string Id, AgentKind Kind)
    {
        public AgentKind Kind { get; set; } = Kind;

        public bool Committed { get; set; }

        public bool Resister { get; set; }

        public double? Threshold { get; set; }

        public double StatusSeeking { get; set; } = 1;
    }
}
