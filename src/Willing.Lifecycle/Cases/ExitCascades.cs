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

/// <summary>An exit as the cascade detection dates it.</summary>
/// <param name="Member">The member.</param>
/// <param name="Day">The day it is dated to: its announcement when recorded, else its departure's latest day (<see cref="PartialDate.LatestDay"/>).</param>
/// <param name="Dated">What the day comes from: <c>announced</c> or <c>left</c>.</param>
/// <param name="Reason">Its main reason, in the case file's spelling.</param>
/// <param name="Trigger">The event it names as its trigger, if any.</param>
public sealed record DatedExit(ActorId Member, DateOnly Day, string Dated, string? Reason, ItemId? Trigger);

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
/// <para>Each exit is dated by its announcement when recorded (the decision), else by its departure. Exits are
/// linked by single linkage: an exit within <see cref="CascadeOptions.WindowDays"/> of the previous exit of a
/// chain, or of the event that the chain's first exit names as its trigger, joins the chain.</para>
/// <para>The statistic is a scan test by Monte Carlo. Under the null each exiting member leaves at a time drawn
/// uniformly and independently over its own span of membership (from its joining to its recorded exit's
/// latest possible day, or to the case's end), which keeps each member's exposure but removes any dependence
/// between exits. Two statistics are compared with the same linking rule applied to the drawn dates (triggers are
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
            .Select(m => new DatedExit(
                m.Actor,
                m.Exit!.Announced is { } a ? a.EarliestDay : m.Left!.Value.LatestDay,
                m.Exit.Announced is null ? "left" : "announced",
                KebabCase.Name(m.Exit.Reason),
                m.Exit.Event))
            .OrderBy(e => e.Day).ThenBy(e => e.Member.Value, StringComparer.Ordinal)
            .ToImmutableArray();
        var triggerDays = coalition.Events.ToDictionary(e => e.Id, e => e.Date.EarliestDay);
        var cascades = Link(exits, options.WindowDays, triggerDays);
        int largest = exits.IsEmpty ? 0 : cascades.Select(c => c.Size).DefaultIfEmpty(1).Max();
        int linked = cascades.Sum(c => c.Size - 1);

        // The null: each exit uniform over its member's span.
        var caseStart = coalition.Period.Start.EarliestDay.DayNumber;
        var spans = members.Select(m =>
        {
            int from = (m.Joined?.EarliestDay.DayNumber ?? caseStart);
            int to = Math.Max(from, m.Left!.Value.LatestDay.DayNumber);
            return (From: from, To: to);
        }).ToArray();
        var random = new Random(options.Seed);
        var days = new int[spans.Length];
        long sumLargest = 0, sumLinked = 0;
        int atLeastLargest = 0, atLeastLinked = 0;
        for (int draw = 0; draw < options.Draws; draw++)
        {
            for (int i = 0; i < spans.Length; i++)
                days[i] = spans[i].From + random.Next(spans[i].To - spans[i].From + 1);
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
            bool joins = anchor is { } last && exit.Day.DayNumber - last.DayNumber <= window;
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

    private static (int Largest, int Linked) Scan(int[] sortedDays, int window)
    {
        if (sortedDays.Length == 0)
            return (0, 0);
        int largest = 1, run = 1, linked = 0;
        for (int i = 1; i < sortedDays.Length; i++)
        {
            if (sortedDays[i] - sortedDays[i - 1] <= window)
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
