using System.Collections.Immutable;
using Willing.Core.Model;

namespace Willing.Lifecycle.Cases;

/// <summary>A coalition's membership over time: each member's span, its exit and reason, the month-by-month count, and the events that set exits off.</summary>
/// <param name="Case">The case.</param>
/// <param name="Clock">The month rule (<see cref="MonthClock"/>): month 0 is the month the case's period starts.</param>
/// <param name="LastMonth">The last month observed: that of the period's end, or of the latest date recorded when it has none.</param>
/// <param name="Members">Every member's span, in order of joining and then of id.</param>
/// <param name="Months">The count of members, of troop contributors and of dated troops in each month, 0 to <paramref name="LastMonth"/>.</param>
/// <param name="Exits">The members with a leaving date, in order of leaving.</param>
/// <param name="Triggers">The events an exit names as its trigger, and the elections, casualties and hostage crises that befell members up to the last month, in date order.</param>
/// <param name="Series">The case's own recorded counts of troops or members over time, as its sources give them.</param>
/// <param name="Notes">What the rule had to assume (a member without a joining date, an event known only to the year).</param>
public sealed record Timeline(
    CoalitionId Case,
    MonthClock Clock,
    int LastMonth,
    ImmutableArray<MemberSpan> Members,
    ImmutableArray<MonthCount> Months,
    ImmutableArray<MemberSpan> Exits,
    ImmutableArray<TimelineEvent> Triggers,
    ImmutableArray<Series> Series,
    ImmutableArray<string> Notes)
{
    /// <summary>Of <see cref="Notes"/>, those about members (a missing joining date, dates out of order), without those about events.</summary>
    internal ImmutableArray<string> MemberNotes { get; init; } = [];

    /// <summary>The timeline of a coalition under the month rule of <see cref="MonthClock"/>.</summary>
    /// <remarks>
    /// A member without a joining date counts from month 0 and one without a leaving date stays to the last
    /// month (both noted). A member is counted in every month from that of its joining to that of its leaving,
    /// both included. Its troops in a month are its latest troop figure dated in or before that month (a
    /// snapshot or an initial deployment; a peak only when dated); members present without such a figure are
    /// counted apart, never filled in.
    /// </remarks>
    public static Timeline Of(Coalition coalition)
    {
        var clock = MonthClock.Of(coalition);
        var notes = new List<string>();
        int last = coalition.Period.End is { } end ? clock.End(end) : LatestMonth(coalition, clock);
        var names = coalition.Actors.ToDictionary(a => a.Id, a => a.Name);
        var spans = new List<MemberSpan>();
        foreach (var m in coalition.Members)
        {
            int start = m.Joined is { } j ? Math.Max(0, clock.Start(j)) : 0;
            if (m.Joined is null)
                notes.Add($"{m.Actor}: no joining date; counted from the start of the case");
            int? stop = m.Left is { } l ? clock.End(l) : null;
            if (stop is int s && s < start)
            {
                notes.Add($"{m.Actor}: leaves ({m.Left}) before it joins ({m.Joined}); left out");
                continue;
            }

            var troops = m.Contributions
                .Where(c => c.Kind == ContributionKind.Troops && c.Interval?.Point is not null && (c.Date ?? c.Start) is not null
                            && c.Measure is ContributionMeasure.Snapshot or ContributionMeasure.Initial or ContributionMeasure.Peak)
                .Select(c => new TroopPoint(clock.Event((c.Date ?? c.Start)!.Value), c.Interval!.Value.Point!.Value))
                .OrderBy(p => p.Month)
                .ToImmutableArray();
            var kind = m.Exit is { } e ? ExitKinds.Of(e.Reason) : (ExitKind?)null;
            spans.Add(new MemberSpan(
                m.Actor,
                names.GetValueOrDefault(m.Actor, m.Actor.Value),
                m.Roles,
                m.Joined,
                m.Left,
                start,
                stop is int t ? Math.Min(t, last) : null,
                m.Exit?.Reason,
                kind,
                m.Exit?.Announced,
                m.Exit?.Event,
                m.PeakTroops,
                troops,
                m.Casualties?.Deaths));
        }

        spans.Sort((a, b) => a.StartMonth != b.StartMonth ? a.StartMonth.CompareTo(b.StartMonth) : string.CompareOrdinal(a.Actor.Value, b.Actor.Value));
        var months = ImmutableArray.CreateBuilder<MonthCount>(last + 1);
        for (int month = 0; month <= last; month++)
        {
            int members = 0, contributors = 0, withoutFigure = 0;
            decimal troops = 0;
            foreach (var span in spans)
            {
                if (!span.PresentIn(month, last))
                    continue;
                members++;
                if (!span.IsTroopContributor)
                    continue;
                contributors++;
                if (span.TroopsIn(month) is decimal d)
                    troops += d;
                else
                    withoutFigure++;
            }

            months.Add(new MonthCount(month, clock.Label(month), members, contributors, troops, withoutFigure));
        }

        var exits = spans.Where(s => s.EndMonth is not null)
            .OrderBy(s => s.EndMonth).ThenBy(s => s.Actor.Value, StringComparer.Ordinal).ToImmutableArray();
        int memberNotes = notes.Count;
        var triggers = TriggersOf(coalition, clock, spans, last, notes);
        return new Timeline(coalition.Id, clock, last, [.. spans], months.MoveToImmutable(), exits, triggers,
            [.. coalition.Series.Where(s => s.Measure is SeriesMeasure.Troops or SeriesMeasure.Participants or SeriesMeasure.MemberStates)],
            [.. notes])
        {
            MemberNotes = [.. notes.Take(memberNotes)],
        };
    }

    private static ImmutableArray<TimelineEvent> TriggersOf(Coalition coalition, MonthClock clock, List<MemberSpan> spans, int last, List<string> notes)
    {
        var members = spans.Select(s => s.Actor).ToHashSet();
        var exitOf = spans.Where(s => s.Event is not null).GroupBy(s => s.Event!).ToDictionary(g => g.Key, g => g.Select(s => s.Actor).ToImmutableArray());
        var result = new List<TimelineEvent>();
        foreach (var e in coalition.Events)
        {
            bool named = exitOf.ContainsKey(e.Id);
            bool befell = e.Kind is EventKind.Election or EventKind.Casualties or EventKind.HostageCrisis && e.Subject is { } s && members.Contains(s);
            if (!named && !befell || !named && clock.Event(e.Date) > last)
                continue;
            if (MonthClock.IsImprecise(e.Date))
                notes.Add($"event {e.Id}: dated only {e.Date}; placed in its first month");
            result.Add(new TimelineEvent(e.Id, e.Kind, e.Name, e.Date, clock.Event(e.Date), e.Subject, e.Deaths, e.GovernmentChanged,
                exitOf.GetValueOrDefault(e.Id, [])));
        }

        return [.. result.OrderBy(t => t.Date.EarliestDay).ThenBy(t => t.Id.Value, StringComparer.Ordinal)];
    }

    private static int LatestMonth(Coalition coalition, MonthClock clock)
    {
        int last = 0;
        foreach (var m in coalition.Members)
        {
            if (m.Left is { } l)
                last = Math.Max(last, clock.End(l));
            if (m.Joined is { } j)
                last = Math.Max(last, clock.Start(j));
        }

        foreach (var e in coalition.Events)
            last = Math.Max(last, clock.Event(e.Date));
        return last;
    }
}

/// <summary>One member's part over time.</summary>
/// <param name="Actor">The member.</param>
/// <param name="Name">Its name.</param>
/// <param name="Roles">Its roles.</param>
/// <param name="Joined">When it joined, as recorded.</param>
/// <param name="Left">When it left, as recorded.</param>
/// <param name="StartMonth">The month it counts from.</param>
/// <param name="EndMonth">The month it left in (capped at the last month observed); null when it stayed.</param>
/// <param name="Reason">The main reason of its exit, when recorded.</param>
/// <param name="Kind">Whether the exit was unilateral, scheduled or not an exit at all.</param>
/// <param name="Announced">When the exit was announced, when recorded.</param>
/// <param name="Event">The event that set the exit off, when recorded.</param>
/// <param name="PeakTroops">Its largest troop figure.</param>
/// <param name="Troops">Its dated troop figures, by month.</param>
/// <param name="Deaths">Its military deaths in the operation, when recorded.</param>
public sealed record MemberSpan(
    ActorId Actor,
    string Name,
    ImmutableArray<Role> Roles,
    PartialDate? Joined,
    PartialDate? Left,
    int StartMonth,
    int? EndMonth,
    ExitReason? Reason,
    ExitKind? Kind,
    PartialDate? Announced,
    ItemId? Event,
    decimal? PeakTroops,
    ImmutableArray<TroopPoint> Troops,
    int? Deaths)
{
    /// <summary>True when it contributed forces (the role, or a troop figure).</summary>
    public bool IsTroopContributor => Roles.Contains(Role.TroopContributor) || PeakTroops is not null;

    /// <summary>True when it led the coalition.</summary>
    public bool IsLeader => Roles.Contains(Role.Leader) || Roles.Contains(Role.CoLeader);

    /// <summary>True when it was a member at some time in the month.</summary>
    public bool PresentIn(int month, int lastMonth) => month >= StartMonth && month <= (EndMonth ?? lastMonth);

    /// <summary>Its latest dated troop figure in or before the month, if any.</summary>
    public decimal? TroopsIn(int month)
    {
        decimal? value = null;
        foreach (var p in Troops)
        {
            if (p.Month > month)
                break;
            value = p.Troops;
        }

        return value;
    }
}

/// <summary>A dated troop figure.</summary>
/// <param name="Month">The month it holds for.</param>
/// <param name="Troops">The personnel.</param>
public sealed record TroopPoint(int Month, decimal Troops);

/// <summary>The coalition in one month.</summary>
/// <param name="Month">The month (0 = the month the case starts).</param>
/// <param name="Label">The month as YYYY-MM.</param>
/// <param name="Members">Members present at some time in the month.</param>
/// <param name="TroopContributors">Of them, those that contributed forces.</param>
/// <param name="Troops">The sum of the contributors' latest dated troop figures.</param>
/// <param name="ContributorsWithoutFigure">Contributors present with no troop figure dated by then (not in <paramref name="Troops"/>).</param>
public sealed record MonthCount(int Month, string Label, int Members, int TroopContributors, decimal Troops, int ContributorsWithoutFigure);

/// <summary>An event on the timeline: a trigger named by an exit, or an election, a casualty or a hostage crisis of a member.</summary>
/// <param name="Id">The event's id.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Name">Its name.</param>
/// <param name="Date">Its date as recorded.</param>
/// <param name="Month">The month it counts in.</param>
/// <param name="Subject">The member it befell.</param>
/// <param name="Deaths">For casualties, the deaths.</param>
/// <param name="GovernmentChanged">For elections, whether the head of government changed.</param>
/// <param name="ExitsTriggered">The members whose exit names this event as its trigger.</param>
public sealed record TimelineEvent(ItemId Id, EventKind Kind, string? Name, PartialDate Date, int Month, ActorId? Subject, int? Deaths, bool? GovernmentChanged, ImmutableArray<ActorId> ExitsTriggered);
