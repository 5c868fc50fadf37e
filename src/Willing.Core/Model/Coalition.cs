using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Willing.Core.Model;

/// <summary>
/// A coalition of the willing as one case file records it: who took part, with what roles,
/// contributions and inducements, over what period, and every fact's sources.
/// </summary>
/// <remarks>
/// Built by <see cref="Reading.CaseFileReader"/>, which guarantees that every actor, source and
/// event it references is declared, that every fact cites a source, and that dates are in order; or
/// by <see cref="Slice"/> from such a coalition, which keeps the evidence dated within one period
/// (there an event named by a kept fact may fall outside the period, and <see cref="Event"/> then
/// returns null).
/// </remarks>
public sealed record Coalition
{
    /// <summary>The coalition's id, unique in the case base.</summary>
    public required CoalitionId Id { get; init; }

    /// <summary>Its usual name.</summary>
    public required string Name { get; init; }

    /// <summary>A short description in the editors' own words.</summary>
    public required string Summary { get; init; }

    /// <summary>The issue area.</summary>
    public required IssueArea IssueArea { get; init; }

    /// <summary>When it was active.</summary>
    public required Period Period { get; init; }

    /// <summary>The periods the file divides it into, in file order; each can be scored on its own (<see cref="Slice"/>).</summary>
    public ImmutableArray<CasePeriod> Periods { get; init; } = [];

    /// <summary>What set it in motion.</summary>
    public required Trigger Trigger { get; init; }

    /// <summary>Its relation to established institutions.</summary>
    public required InstitutionalSetting Institutions { get; init; }

    /// <summary>Where it did its business, when recorded.</summary>
    public Venue? Venue { get; init; }

    /// <summary>How the paper itself treats the case, when recorded.</summary>
    public CooperReading? Cooper { get; init; }

    /// <summary>The sources the file declares.</summary>
    public ImmutableArray<Source> Sources { get; init; } = [];

    /// <summary>Every actor the file names.</summary>
    public ImmutableArray<Actor> Actors { get; init; } = [];

    /// <summary>Members, and also opponents and courted actors (see <see cref="Membership.IsMember"/>).</summary>
    public ImmutableArray<Membership> Memberships { get; init; } = [];

    /// <summary>Inducements and pressure between actors.</summary>
    public ImmutableArray<Inducement> Inducements { get; init; } = [];

    /// <summary>The earlier coalitions this one descends from, each with the relation and lesson.</summary>
    public ImmutableArray<Antecedent> Antecedents { get; init; } = [];

    /// <summary>Direct ties between actors.</summary>
    public ImmutableArray<Tie> Ties { get; init; } = [];

    /// <summary>Dated events, in file order.</summary>
    public ImmutableArray<CoalitionEvent> Events { get; init; } = [];

    /// <summary>Published lists of actors.</summary>
    public ImmutableArray<ActorList> Lists { get; init; } = [];

    /// <summary>Standing bodies.</summary>
    public ImmutableArray<StandingBody> Bodies { get; init; } = [];

    /// <summary>Counts over time.</summary>
    public ImmutableArray<Series> Series { get; init; } = [];

    /// <summary>Editors' notes on gaps and conflicts.</summary>
    public string? Notes { get; init; }

    /// <summary>The memberships of actual members (not opponents, courted actors or observers only).</summary>
    [JsonIgnore]
    public IEnumerable<Membership> Members => Memberships.Where(m => m.IsMember);

    /// <summary>The actors with a <see cref="Role.Leader"/> or <see cref="Role.CoLeader"/> role.</summary>
    public IEnumerable<ActorId> Leaders => Memberships.Where(m => m.Has(Role.Leader) || m.Has(Role.CoLeader)).Select(m => m.Actor);

    /// <summary>The declared actor with this id.</summary>
    /// <exception cref="KeyNotFoundException">No such actor is declared.</exception>
    public Actor Actor(ActorId id) => Actors.FirstOrDefault(a => a.Id == id) ?? throw new KeyNotFoundException($"actor '{id}' is not declared in {Id}");

    /// <summary>The declared source with this id.</summary>
    /// <exception cref="KeyNotFoundException">No such source is declared.</exception>
    public Source Source(SourceId id) => Sources.FirstOrDefault(s => s.Id == id) ?? throw new KeyNotFoundException($"source '{id}' is not declared in {Id}");

    /// <summary>The actor's membership, if it has one.</summary>
    public Membership? MembershipOf(ActorId actor) => Memberships.FirstOrDefault(m => m.Actor == actor);

    /// <summary>The inducements and pressure this actor received.</summary>
    public IEnumerable<Inducement> InducementsTo(ActorId actor) => Inducements.Where(i => TargetsOf(i).Contains(actor));

    /// <summary>The actors an inducement was aimed at: its <c>to</c>, or every entry of its list.</summary>
    public IEnumerable<ActorId> TargetsOf(Inducement inducement) =>
        inducement.To is { } to ? [to]
        : inducement.ToList is { } list && Lists.FirstOrDefault(l => l.Id == list) is { } l ? l.Entries.Select(e => e.Actor)
        : [];

    /// <summary>The event with this id, if any.</summary>
    public CoalitionEvent? Event(ItemId id) => Events.FirstOrDefault(e => e.Id == id);

    /// <summary>The declared period with this id, if any.</summary>
    public CasePeriod? PeriodOf(ItemId id) => Periods.FirstOrDefault(p => p.Id == id);

    /// <summary>
    /// The coalition as seen within one period: the memberships, contributions, events and other
    /// facts dated within it, and the undated ones (rules: <see cref="CasePeriods.Slice"/>
    /// and <c>docs/case-file-format.md</c>, "Periods").
    /// </summary>
    /// <param name="period">The period, usually one of <see cref="Periods"/>.</param>
    /// <returns>The slice; <see cref="CasePeriods.Slice"/> also says which undated facts it kept.</returns>
    public Coalition Slice(CasePeriod period) => CasePeriods.Slice(this, period).Coalition;
}
