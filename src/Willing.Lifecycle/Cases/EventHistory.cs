using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Willing.Core.Model;
using Willing.Lifecycle.Survival;

namespace Willing.Lifecycle.Cases;

/// <summary>Which members are subjects of an event-history analysis.</summary>
public enum SubjectScope
{
    /// <summary>Troop contributors when the case has any (the design of Tago 2009), else every member.</summary>
    Auto,

    /// <summary>Members that contributed forces.</summary>
    TroopContributors,

    /// <summary>Every member.</summary>
    Members,
}

/// <summary>How a case's memberships and events become event-history rows.</summary>
/// <param name="Scheduled">What to do with scheduled exits (default: censor them).</param>
/// <param name="Scope">Which members are subjects.</param>
/// <param name="IncludeLeaders">Whether the leader (and co-leaders) are subjects too; by default not, as the "coalition of the leaving" is about the partners.</param>
/// <param name="ExitAtAnnouncement">Date an exit at its announcement, when recorded, instead of the departure.</param>
/// <param name="PastMonths">The window "in the last k months" of the time-varying covariates, the current month included.</param>
/// <param name="AheadMonths">The window "in the next k months" of an upcoming election.</param>
public sealed record EventHistoryOptions(
    ScheduledExits Scheduled = ScheduledExits.Censor,
    SubjectScope Scope = SubjectScope.Auto,
    bool IncludeLeaders = false,
    bool ExitAtAnnouncement = false,
    int PastMonths = 3,
    int AheadMonths = 6)
{
    /// <summary>The defaults.</summary>
    public static EventHistoryOptions Default { get; } = new();
}

/// <summary>One member in one month: the interval (start, stop] in months since the case began, whether it left at its end, and the covariates then.</summary>
/// <param name="Member">The member.</param>
/// <param name="Start">The start of the interval (the month).</param>
/// <param name="Stop">Its end (the month plus one).</param>
/// <param name="Event">True when the member left at the end of the interval (an exit that counts under the options).</param>
/// <param name="Cause">Why it left (the exit's main reason, or <c>scheduled</c>), when it did.</param>
/// <param name="Values">The covariates' values, in the order of <see cref="EventHistory.Covariates"/>; NaN where unknown.</param>
public sealed record EventHistoryRow(ActorId Member, int Start, int Stop, bool Event, string? Cause, ImmutableArray<double> Values);

/// <summary>
/// A case's memberships and events as event-history data in the counting-process form: one row per member and
/// month, as in Tago's (2009) state-month design of the Iraq coalition, with time-varying covariates.
/// </summary>
/// <remarks>
/// <para>Months follow <see cref="MonthClock"/>: month 0 is the month the case starts; a member is at risk in the
/// intervals (m, m + 1] from the month it joined to the month it left or the case's last month. An exit counts as
/// an event when it is unilateral, and a scheduled exit (mandate expiry, host-state deadline, mission completed)
/// as the options say (censored by default); a leaving that is not an exit (a death, a succession, a denial of
/// ever taking part) is censored. Every covariate is read from the case's own dated facts:</para>
/// <list type="bullet">
/// <item><c>election_past3</c>: 1 when the member held an election (an event of kind election with it as subject) in the month or the two before (the window is <see cref="EventHistoryOptions.PastMonths"/>).</item>
/// <item><c>election_next6</c>: 1 when it holds one in the next six months (<see cref="EventHistoryOptions.AheadMonths"/>); elections are scheduled, so this is known ahead.</item>
/// <item><c>gov_change_past3</c>: 1 when its head of government changed (an event marked government_changed) in the window.</item>
/// <item><c>casualties_to_date</c> and <c>casualties_past3</c>: its military deaths in the dated casualty events up to and including the month, and within the window. A member's recorded total beyond its dated events is not spread over time (noted).</item>
/// <item><c>hostage_past3</c>: 1 when its nationals were taken hostage (an event of kind hostage-crisis with it as subject) in the window.</item>
/// <item><c>troop_share</c>: its largest troop figure over the sum of the subjects' largest figures (constant; unknown when it has none).</item>
/// <item><c>on_membership_list</c>: 1 when it is on one of the case's membership lists (the White House list) in the month.</item>
/// <item><c>side_payments</c>: 1 once it has received an inducement (a payment, loan, debt relief, aid, trade concession, contract or status gain, offered or enacted) dated in or before the month; undated inducements count from the start (noted).</item>
/// </list>
/// </remarks>
/// <param name="Case">The case.</param>
/// <param name="Clock">The month rule.</param>
/// <param name="Options">The options used.</param>
/// <param name="Covariates">The covariates' names, in the order of each row's values.</param>
/// <param name="Rows">The rows, by member (in order of joining) and month.</param>
/// <param name="Subjects">The members taken as subjects.</param>
/// <param name="Notes">What the rules had to assume.</param>
public sealed record EventHistory(
    CoalitionId Case,
    MonthClock Clock,
    EventHistoryOptions Options,
    ImmutableArray<string> Covariates,
    ImmutableArray<EventHistoryRow> Rows,
    ImmutableArray<ActorId> Subjects,
    ImmutableArray<string> Notes)
{
    /// <summary>The covariates every case's rows carry, in order.</summary>
    public static readonly ImmutableArray<string> CovariateNames =
    [
        "election_past3", "election_next6", "gov_change_past3", "casualties_to_date", "casualties_past3",
        "hostage_past3", "troop_share", "on_membership_list", "side_payments",
    ];

    private static readonly ImmutableHashSet<InducementKind> Payments =
    [
        InducementKind.SidePayment, InducementKind.Loan, InducementKind.DebtRelief, InducementKind.TradeConcession,
        InducementKind.Aid, InducementKind.MilitaryAid, InducementKind.Contract, InducementKind.StatusUpgrade, InducementKind.AccessionPromise,
    ];

    /// <summary>The event-history rows of a case.</summary>
    public static EventHistory Of(Coalition coalition, EventHistoryOptions? options = null) => Of(coalition, Timeline.Of(coalition), options);

    /// <summary>The event-history rows of a case whose timeline has been built already (<see cref="Timeline.Of"/> of the same coalition).</summary>
    public static EventHistory Of(Coalition coalition, Timeline timeline, EventHistoryOptions? options = null)
    {
        options ??= EventHistoryOptions.Default;
        var clock = timeline.Clock;
        // The timeline's notes on events concern its triggers; the rows note the events their covariates read.
        var notes = new List<string>(timeline.MemberNotes);
        bool anyTroops = timeline.Members.Any(s => s.IsTroopContributor && !s.IsLeader);
        var scope = options.Scope == SubjectScope.Auto ? anyTroops ? SubjectScope.TroopContributors : SubjectScope.Members : options.Scope;
        var subjects = timeline.Members
            .Where(s => options.IncludeLeaders || !s.IsLeader)
            .Where(s => scope != SubjectScope.TroopContributors || s.IsTroopContributor)
            .ToList();
        decimal troopTotal = subjects.Sum(s => s.PeakTroops ?? 0);
        var events = coalition.Events.Where(e => e.Subject is not null).ToLookup(e => e.Subject!);
        foreach (var e in coalition.Events.Where(e => e.Subject is not null && MonthClock.IsImprecise(e.Date)
                     && (e.Kind is EventKind.Election or EventKind.Casualties or EventKind.HostageCrisis || e.GovernmentChanged == true)))
            notes.Add($"event {e.Id}: dated only {e.Date}; counted in its first month");

        var rows = ImmutableArray.CreateBuilder<EventHistoryRow>();
        var memberships = coalition.Members.ToDictionary(m => m.Actor);
        foreach (var s in subjects)
        {
            var m = memberships[s.Actor];
            int last = s.EndMonth ?? timeline.LastMonth;
            if (options.ExitAtAnnouncement && s.Announced is { } announced && s.EndMonth is not null)
                last = Math.Clamp(clock.Event(announced), s.StartMonth, last);
            var (isEvent, cause) = Outcome(s, options);
            if (s.EndMonth is not null && s.Reason is null)
                notes.Add($"{s.Actor}: leaves ({s.Left}) with no exit recorded; counted as an exit of unrecorded reason");

            var own = events[s.Actor].ToList();
            var elections = own.Where(e => e.Kind == EventKind.Election).Select(e => clock.Event(e.Date)).ToList();
            var changes = own.Where(e => e.GovernmentChanged == true).Select(e => clock.Event(e.Date)).ToList();
            var hostages = own.Where(e => e.Kind == EventKind.HostageCrisis).Select(e => clock.Event(e.Date)).ToList();
            var deaths = own.Where(e => e.Kind == EventKind.Casualties && e.Deaths is not null).Select(e => (Month: clock.Event(e.Date), Deaths: e.Deaths!.Value)).ToList();
            if (s.Deaths is int total && total > deaths.Sum(d => d.Deaths))
                notes.Add($"{s.Actor}: dated casualty events hold {deaths.Sum(d => d.Deaths)} of its {total} recorded deaths; the rest are not placed in time");
            double share = s.PeakTroops is decimal p && troopTotal > 0 ? (double)(p / troopTotal) : double.NaN;
            var listed = ListMonths(coalition, clock, s.Actor);
            var paid = coalition.InducementsTo(s.Actor)
                .Where(i => i.Direction == InducementDirection.Inducement && Payments.Contains(i.Kind) && i.Stage is not (InducementStage.Withdrawn or InducementStage.Request))
                .Select(i => i.Date is { } d ? clock.Event(d) : int.MinValue)
                .DefaultIfEmpty(int.MaxValue)
                .Min();
            if (paid == int.MinValue)
                notes.Add($"{s.Actor}: an undated inducement counts from the start");

            for (int month = s.StartMonth; month <= last; month++)
            {
                int from = month - options.PastMonths + 1;
                var values = new double[CovariateNames.Length];
                values[0] = elections.Any(e => e >= from && e <= month) ? 1 : 0;
                values[1] = elections.Any(e => e > month && e <= month + options.AheadMonths) ? 1 : 0;
                values[2] = changes.Any(e => e >= from && e <= month) ? 1 : 0;
                values[3] = deaths.Where(d => d.Month <= month).Sum(d => d.Deaths);
                values[4] = deaths.Where(d => d.Month >= from && d.Month <= month).Sum(d => d.Deaths);
                values[5] = hostages.Any(e => e >= from && e <= month) ? 1 : 0;
                values[6] = share;
                values[7] = listed(month) ? 1 : 0;
                values[8] = paid <= month ? 1 : 0;
                bool end = month == last && isEvent;
                rows.Add(new EventHistoryRow(s.Actor, month, month + 1, end, end ? cause : null, ImmutableCollectionsMarshal.AsImmutableArray(values)));
            }
        }

        return new EventHistory(coalition.Id, clock, options, CovariateNames, rows.ToImmutable(), [.. subjects.Select(s => s.Actor)], [.. notes]);
    }

    private static (bool Event, string? Cause) Outcome(MemberSpan s, EventHistoryOptions options)
    {
        if (s.EndMonth is null)
            return (false, null);
        if (s.Reason is not { } reason)
            return (true, "unrecorded");
        return s.Kind switch
        {
            ExitKind.NotAnExit => (false, null),
            ExitKind.Scheduled => options.Scheduled switch
            {
                ScheduledExits.Censor => (false, null),
                ScheduledExits.Cause => (true, "scheduled"),
                _ => (true, KebabCase.Name(reason)),
            },
            _ => (true, KebabCase.Name(reason)),
        };
    }

    private static Func<int, bool> ListMonths(Coalition coalition, MonthClock clock, ActorId actor)
    {
        var spans = new List<(int From, int To)>();
        foreach (var list in coalition.Lists.Where(l => l.Kind == ListKind.Membership))
        {
            foreach (var entry in list.Entries.Where(e => e.Actor == actor))
            {
                var added = entry.Added ?? list.Published;
                int from = added is { } a ? clock.Event(a) : 0;
                int to = entry.Removed is { } r ? clock.Event(r) - 1 : int.MaxValue;
                spans.Add((from, to));
            }
        }

        return month => spans.Any(s => month >= s.From && month <= s.To);
    }

    /// <summary>The rows as survival data for the analyses: (start, stop] in months, status 1 at an exit (or the index of its cause with <paramref name="byCause"/>), clustered by member, with the named covariates (all by default); rows where a chosen covariate is unknown are left out, as R's coxph leaves out incomplete rows.</summary>
    public (SurvivalData Data, int Dropped) ToSurvivalData(IReadOnlyList<string>? covariates = null, bool byCause = false)
    {
        var chosen = (covariates ?? Covariates).Select(c => Covariates.IndexOf(c)).ToArray();
        if (chosen.Any(i => i < 0))
            throw new ArgumentException("unknown covariate: " + string.Join(", ", (covariates ?? []).Where(c => !Covariates.Contains(c))));
        var kept = Rows.Where(r => chosen.All(i => !double.IsNaN(r.Values[i]))).ToList();
        var causes = CausesOf(byCause);
        var data = new SurvivalData
        {
            Start = [.. kept.Select(r => (double)r.Start)],
            Stop = [.. kept.Select(r => (double)r.Stop)],
            Status = [.. kept.Select(r => !r.Event ? 0 : byCause ? causes.IndexOf(r.Cause!) + 1 : 1)],
            Causes = causes,
            Clusters = [.. kept.Select(r => r.Member.Value)],
            Covariates = [.. chosen.Select(i => new Covariate(Covariates[i], [.. kept.Select(r => r.Values[i])]))],
        };
        return (data.Validated(), Rows.Length - kept.Count);
    }

    /// <summary>
    /// The rows merged into one interval per member (from its joining to its exit or censoring), or, with a
    /// <paramref name="group"/> covariate, one per run of months in which that covariate keeps its value: what
    /// Kaplan–Meier and cumulative-incidence curves take, since a member's month-by-month rows would otherwise
    /// show as censorings. The group's value becomes the row's group label; no covariates are carried.
    /// </summary>
    public SurvivalData ToSurvivalDataPerMember(string? group = null, bool byCause = false)
    {
        int g = group is null ? -1 : Covariates.IndexOf(group);
        if (group is not null && g < 0)
            throw new ArgumentException("unknown covariate: " + group);
        var causes = CausesOf(byCause);
        var start = new List<double>();
        var stop = new List<double>();
        var status = new List<int>();
        var groups = new List<string>();
        var members = new List<string>();
        for (int i = 0; i < Rows.Length;)
        {
            var first = Rows[i];
            string label = g < 0 ? "all" : Label(first.Values[g]);
            int j = i;
            while (j + 1 < Rows.Length && Rows[j + 1].Member == first.Member && Rows[j + 1].Start == Rows[j].Stop
                   && !Rows[j].Event && (g < 0 || Label(Rows[j + 1].Values[g]) == label))
                j++;
            var last = Rows[j];
            start.Add(first.Start);
            stop.Add(last.Stop);
            status.Add(!last.Event ? 0 : byCause ? causes.IndexOf(last.Cause!) + 1 : 1);
            groups.Add(label);
            members.Add(first.Member.Value);
            i = j + 1;
        }

        return new SurvivalData
        {
            Start = [.. start],
            Stop = [.. stop],
            Status = [.. status],
            Causes = causes,
            Groups = g < 0 ? [] : [.. groups],
            Clusters = [.. members],
        }.Validated();
    }

    /// <summary>The causes the rows' exits are numbered by: their reasons in ordinal order, or the one cause <c>exit</c>.</summary>
    private ImmutableArray<string> CausesOf(bool byCause)
    {
        var causes = byCause ? Rows.Where(r => r.Cause is not null).Select(r => r.Cause!).Distinct().Order(StringComparer.Ordinal).ToImmutableArray() : [];
        return causes.IsEmpty ? ["exit"] : causes;
    }

    private static string Label(double value) => double.IsNaN(value) ? "NA" : value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
