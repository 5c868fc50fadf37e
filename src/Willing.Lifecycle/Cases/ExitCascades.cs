using System.Collections.Immutable;
using Willing.Core.Model;

namespace Willing.Lifecycle.Cases;

/// <summary>Options of the exit-cascade detection.</summary>
/// <param name="WindowDays">An exit joins a cascade when it comes within this many days of the cascade's trigger or of its previous exit.</param>
/// <param name="IncludeScheduled">Whether scheduled exits (mandate expiry, host-state deadline, mission completed) can be part of a cascade; by default only unilateral exits are.</param>
/// <param name="Draws">Monte Carlo draws for the test against independent exits.</param>
/// <param name="Seed">The seed of the draws.</param>
public sealed record CascadeOptions(int WindowDays = 30, bool IncludeScheduled = false, int Draws = 10_000, int Seed = 20040314)
{
    /// <summary>The defaults.</summary>
    public static CascadeOptions Default { get; } = new();
}

/// <summary>An exit as the cascade detection dates it: by its announcement when recorded, else by its departure, as the days that date can mean.</summary>
/// <param name="Member">The member.</param>
/// <param name="Day">The first day the date can mean (<see cref="PartialDate.EarliestDay"/>).</param>
/// <param name="Latest">The last day it can mean (<see cref="PartialDate.LatestDay"/>): the same day for a full date, the month's end for a month.</param>
/// <param name="Dated">What the date comes from: <c>announced</c> or <c>left</c>.</param>
/// <param name="Date">The date as recorded.</param>
/// <param name="Reason">Its main reason, in the case file's spelling.</param>
/// <param name="Trigger">The event it names as its trigger, if any.</param>
public sealed record DatedExit(ActorId Member, DateOnly Day, DateOnly Latest, string Dated, PartialDate Date, string? Reason, ItemId? Trigger);

/// <summary>A chain of exits, each within the window of the one before (or of the trigger that opened the chain).</summary>
/// <param name="Trigger">The event the first exit names as its trigger, if any.</param>
/// <param name="TriggerDay">The trigger's day.</param>
/// <param name="Exits">The exits, in date order.</param>
public sealed record ExitCascade(ItemId? Trigger, DateOnly? TriggerDay, ImmutableArray<DatedExit> Exits)
{
    /// <summary>The number of exits.</summary>
    public int Size => Exits.Length;

    /// <summary>The days from the first exit to the last.</summary>
    public int SpanDays => Exits[^1].Day.DayNumber - Exits[0].Day.DayNumber;
}

/// <summary>The cascades of a case and the test against independent exits.</summary>
/// <param name="Case">The case.</param>
/// <param name="Options">The options used.</param>
/// <param name="Exits">Every exit considered, in date order.</param>
/// <param name="Cascades">The cascades of two or more exits, in date order.</param>
/// <param name="Largest">The size of the largest cascade (1 when no two exits are linked; 0 without exits).</param>
/// <param name="Linked">Exits that come within the window of an earlier exit.</param>
/// <param name="ExpectedLargest">The mean largest cascade when exits are independent (the null below).</param>
/// <param name="ExpectedLinked">The mean number of linked exits under the null.</param>
/// <param name="PLargest">Monte Carlo p-value of a largest cascade at least as large under the null, (1 + k) / (1 + draws).</param>
/// <param name="PLinked">Monte Carlo p-value of at least as many linked exits under the null.</param>
public sealed record CascadeAnalysis(
    CoalitionId Case,
    CascadeOptions Options,
    ImmutableArray<DatedExit> Exits,
    ImmutableArray<ExitCascade> Cascades,
    int Largest,
    int Linked,
    double ExpectedLargest,
    double ExpectedLinked,
    double PLargest,
    double PLinked);

/// <summary>
/// Finds clusters of exits that follow a trigger or another exit within a window (Spain, then Honduras, the
/// Dominican Republic and Nicaragua in spring 2004), and tests them against exits that happen independently.
/// </summary>
/// <remarks>
/// <para>Each exit is dated by its announcement when recorded (the decision), else by its departure, and a
/// partial date stands for every day it can mean. Exits are linked by single linkage, and only when the data
/// make the link certain: an exit joins a chain when even its latest possible day is within
/// <see cref="CascadeOptions.WindowDays"/> of the earliest possible day of the chain's previous exit. Two exits
/// known only to the year are never linked by a 30-day window; two known to the same month are. The event the
/// chain's first exit names as its trigger is reported with the chain.</para>
/// <para>The statistic is a scan test by Monte Carlo. Under the null each exiting member leaves at a time drawn
/// uniformly and independently over its own span of membership (from its joining to its recorded exit's
/// latest possible day), keeping the width of its recorded date (so an exit known only to the month stays as
/// uncertain), which keeps each member's exposure and precision but removes any dependence between exits. Two statistics are compared with the same linking rule applied to the drawn dates (triggers are
/// left out of the null, since they belong to the observed exits): the largest cascade and the number of exits
/// linked to an earlier one. The p-value is (1 + k) / (1 + draws), k the draws at least as extreme. The draws
/// use one seeded generator, so the result is the same on every run.</para>
/// </remarks>
public static class ExitCascades
{
    /// <summary>Detects the cascades of a case and tests them.</summary>
    public static CascadeAnalysis Of(Coalition coalition, CascadeOptions? options = null)
    {
        options ??= CascadeOptions.Default;
        if (options.WindowDays < 0 || options.Draws < 0)
            throw new ArgumentOutOfRangeException(nameof(options), "the window and the number of draws cannot be negative");
        var members = coalition.Members.Where(m => m.Left is not null && m.Exit is not null
                && ExitKinds.Of(m.Exit.Reason) is var kind && (kind == ExitKind.Unilateral || kind == ExitKind.Scheduled && options.IncludeScheduled))
            .ToList();
        var exits = members
            .Select(m =>
            {
                var date = m.Exit!.Announced ?? m.Left!.Value;
                return new DatedExit(m.Actor, date.EarliestDay, date.LatestDay, m.Exit.Announced is null ? "left" : "announced", date,
                    KebabCase.Name(m.Exit.Reason), m.Exit.Event);
            })
            .OrderBy(e => e.Day).ThenBy(e => e.Member.Value, StringComparer.Ordinal)
            .ToImmutableArray();
        var triggerDays = coalition.Events.ToDictionary(e => e.Id, e => e.Date.EarliestDay);
        var cascades = Link(exits, options.WindowDays, triggerDays);
        int largest = exits.IsEmpty ? 0 : cascades.Select(c => c.Size).DefaultIfEmpty(1).Max();
        int linked = cascades.Sum(c => c.Size - 1);

        // The null: each exit uniform over its member's span.
        var caseStart = coalition.Period.Start.EarliestDay.DayNumber;
        var spans = exits.Select(e =>
        {
            var m = members.First(x => x.Actor == e.Member);
            int width = Math.Min(e.Latest.DayNumber - e.Day.DayNumber, 0xFFFFF);
            int from = m.Joined?.EarliestDay.DayNumber ?? caseStart;
            int to = Math.Max(from, m.Left!.Value.LatestDay.DayNumber - width);
            return (From: from, To: to, Width: width);
        }).ToArray();
        var random = new Random(options.Seed);
        // Each drawn exit packed as its day (high bits) and its date's width in days (low 20 bits), so that one
        // sort of longs orders the draws by day and then by width, as the observed exits are ordered.
        var days = new long[spans.Length];
        long sumLargest = 0, sumLinked = 0;
        int atLeastLargest = 0, atLeastLinked = 0;
        for (int draw = 0; draw < options.Draws; draw++)
        {
            for (int i = 0; i < spans.Length; i++)
            {
                int day = spans[i].From + random.Next(spans[i].To - spans[i].From + 1);
                days[i] = ((long)day << 20) | (uint)spans[i].Width;
            }

            Array.Sort(days);
            var (big, links) = Scan(days, options.WindowDays);
            sumLargest += big;
            sumLinked += links;
            if (big >= largest)
                atLeastLargest++;
            if (links >= linked)
                atLeastLinked++;
        }

        double n = Math.Max(1, options.Draws);
        return new CascadeAnalysis(coalition.Id, options, exits, cascades, largest, linked,
            options.Draws == 0 ? double.NaN : sumLargest / n,
            options.Draws == 0 ? double.NaN : sumLinked / n,
            (1.0 + atLeastLargest) / (1.0 + options.Draws),
            (1.0 + atLeastLinked) / (1.0 + options.Draws));
    }

    private static ImmutableArray<ExitCascade> Link(ImmutableArray<DatedExit> exits, int window, Dictionary<ItemId, DateOnly> triggerDays)
    {
        var result = ImmutableArray.CreateBuilder<ExitCascade>();
        var chain = new List<DatedExit>();
        DateOnly? anchor = null;
        ItemId? trigger = null;
        DateOnly? triggerDay = null;

        void Close()
        {
            if (chain.Count >= 2)
                result.Add(new ExitCascade(trigger, triggerDay, [.. chain]));
            chain.Clear();
        }

        foreach (var exit in exits)
        {
            bool joins = anchor is { } last && exit.Latest.DayNumber - last.DayNumber <= window;
            if (!joins)
            {
                Close();
                trigger = exit.Trigger;
                triggerDay = exit.Trigger is { } t && triggerDays.TryGetValue(t, out var d) && d <= exit.Day ? d : null;
                if (triggerDay is null)
                    trigger = null;
            }

            chain.Add(exit);
            anchor = exit.Day;
        }

        Close();
        return result.ToImmutable();
    }

    private static (int Largest, int Linked) Scan(long[] sortedDays, int window)
    {
        if (sortedDays.Length == 0)
            return (0, 0);
        int largest = 1, run = 1, linked = 0;
        for (int i = 1; i < sortedDays.Length; i++)
        {
            long day = sortedDays[i] >> 20, previous = sortedDays[i - 1] >> 20, width = sortedDays[i] & 0xFFFFF;
            if (day + width - previous <= window)
            {
                run++;
                linked++;
            }
            else
            {
                run = 1;
            }

            largest = Math.Max(largest, run);
        }

        return (largest, linked);
    }
}
