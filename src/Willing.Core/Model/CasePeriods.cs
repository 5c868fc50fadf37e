using System.Collections.Immutable;
using System.Globalization;

namespace Willing.Core.Model;

/// <summary>
/// Slices a coalition to one of its periods, keeping the evidence dated within it. The rules are
/// written once here and tabled in <c>docs/case-file-format.md</c>, section "Periods".
/// </summary>
/// <remarks>
/// <para>
/// Every date is an interval of days (<see cref="PartialDate.EarliestDay"/> to
/// <see cref="PartialDate.LatestDay"/>). The period covers the earliest day of its start to the
/// latest day of its end, or of the case's end when it has none (open while the case is active).
/// A fact with dates spans the earliest day of its first date to the latest day of its last; it is
/// <em>within</em> the period when that span shares at least one day with the period's.
/// </para>
/// <para>
/// Memberships and bodies are states that last: a membership runs from <c>joined</c> (or the
/// case's start) to <c>left</c> (open when not given), a body from <c>established</c> (or the
/// case's start) to <c>ended</c>. Every other fact is evidence at its dates: a tie with only a
/// <c>start</c>, or a contribution with only a <c>date</c>, is dated at that day, not from it on.
/// </para>
/// <para>
/// A fact with no date at all is kept, in every period its parent is in, and listed in
/// <see cref="PeriodSlice.UndatedKept"/>. The trigger, the institutions, the issue area, the
/// venue, the antecedents, the paper's reading, the sources and the actors are about the whole
/// case and are kept as they are.
/// </para>
/// </remarks>
public static class CasePeriods
{
    /// <summary>The coalition as seen within <paramref name="period"/>, with what was kept undated and what was left out.</summary>
    /// <param name="coalition">The coalition, as read from its case file.</param>
    /// <param name="period">The period, usually one of <see cref="Coalition.Periods"/>.</param>
    public static PeriodSlice Slice(Coalition coalition, CasePeriod period)
    {
        ArgumentNullException.ThrowIfNull(coalition);
        ArgumentNullException.ThrowIfNull(period);
        return new Slicer(coalition, period).Run();
    }

    /// <summary>The days a period covers in its coalition: from the earliest day of its start to the latest day of its end, or of the case's end; the end is null while the case is active.</summary>
    public static (DateOnly From, DateOnly? To) Days(Coalition coalition, CasePeriod period)
    {
        ArgumentNullException.ThrowIfNull(coalition);
        ArgumentNullException.ThrowIfNull(period);
        return (period.Start.EarliestDay, period.EndIn(coalition)?.LatestDay);
    }

    /// <summary>An interval of days; a null bound is open.</summary>
    private readonly record struct DaySpan(DateOnly? From, DateOnly? To)
    {
        public bool Overlaps(DaySpan other) =>
            (From is not { } from || other.To is not { } otherTo || from <= otherTo)
            && (To is not { } to || other.From is not { } otherFrom || to >= otherFrom);

        /// <summary>The earliest day of the first date to the latest day of the last; null when no date is given.</summary>
        public static DaySpan? Of(params PartialDate?[] dates)
        {
            DateOnly? from = null, to = null;
            foreach (var date in dates)
            {
                if (date is not { } d)
                    continue;
                from = from is { } f && f <= d.EarliestDay ? f : d.EarliestDay;
                to = to is { } t && t >= d.LatestDay ? t : d.LatestDay;
            }

            return from is null ? null : new DaySpan(from, to);
        }
    }

    private sealed class Slicer(Coalition c, CasePeriod p)
    {
        private readonly DaySpan _window = new(p.Start.EarliestDay, p.EndIn(c)?.LatestDay);
        private readonly ImmutableArray<string>.Builder _undated = ImmutableArray.CreateBuilder<string>();
        private readonly ImmutableArray<string>.Builder _dropped = ImmutableArray.CreateBuilder<string>();
        private readonly ImmutableArray<string>.Builder _cleared = ImmutableArray.CreateBuilder<string>();

        public PeriodSlice Run()
        {
            var memberships = ImmutableArray.CreateBuilder<Membership>();
            for (int i = 0; i < c.Memberships.Length; i++)
            {
                if (SliceMembership(c.Memberships[i], Item("memberships", i)) is { } m)
                    memberships.Add(m);
            }

            var inducements = Filter(c.Inducements, "inducements", x => DaySpan.Of(x.Date));

            // A list an inducement kept here is aimed at stays, so that the inducement's targets resolve.
            var targeted = inducements.Select(x => x.ToList).OfType<ItemId>().ToHashSet();
            var lists = ImmutableArray.CreateBuilder<ActorList>();
            for (int i = 0; i < c.Lists.Length; i++)
            {
                if (SliceList(c.Lists[i], Item("lists", i), targeted) is { } l)
                    lists.Add(l);
            }

            var series = ImmutableArray.CreateBuilder<Series>();
            for (int i = 0; i < c.Series.Length; i++)
            {
                var s = c.Series[i];
                string path = Item("series", i);
                if (s.Points.IsEmpty)
                {
                    _undated.Add(path);
                    series.Add(s);
                    continue;
                }

                var points = Filter(s.Points, path + ".points", x => DaySpan.Of(x.Date));
                if (points.IsEmpty)
                    _dropped.Add(path);
                else
                    series.Add(s with { Points = points });
            }

            var sliced = c with
            {
                Period = new Period(p.Start, p.EndIn(c), p.Provenance),
                Periods = [],
                Memberships = memberships.ToImmutable(),
                Inducements = inducements,
                Ties = Filter(c.Ties, "ties", x => DaySpan.Of(x.Start, x.End)),
                Events = Filter(c.Events, "events", x => DaySpan.Of(x.Date, x.EndDate)),
                Lists = lists.ToImmutable(),
                Bodies = Filter(c.Bodies, "bodies", x => x.Established is null && x.Ended is null ? null : new DaySpan((x.Established ?? c.Period.Start).EarliestDay, x.Ended?.LatestDay)),
                Series = series.ToImmutable(),
            };
            return new PeriodSlice(p, sliced)
            {
                UndatedKept = _undated.ToImmutable(),
                Dropped = _dropped.ToImmutable(),
                LeftCleared = _cleared.ToImmutable(),
            };
        }

        private Membership? SliceMembership(Membership m, string path)
        {
            if (m.Joined is null && m.Left is null)
            {
                _undated.Add(path);
            }
            else if (!new DaySpan((m.Joined ?? c.Period.Start).EarliestDay, m.Left?.LatestDay).Overlaps(_window))
            {
                _dropped.Add(path);
                return null;
            }

            // An exit is dated by when the member left, or else when it was announced, read at its
            // latest day; after the period's end, the member was still in at the end.
            var left = m.Left;
            var exit = m.Exit;
            if ((m.Left ?? m.Exit?.Announced) is { } exitDate && _window.To is { } end && exitDate.LatestDay > end)
            {
                if (left is not null)
                    _cleared.Add(path);
                if (exit is not null)
                    _dropped.Add(path + ".exit");
                left = null;
                exit = null;
            }
            else if (exit is not null && m.Left is null && exit.Announced is null)
            {
                _undated.Add(path + ".exit");
            }

            var casualties = m.Casualties;
            if (casualties is not null && !Keep(DaySpan.Of(casualties.AsOf), path + ".casualties"))
                casualties = null;

            return m with
            {
                Left = left,
                Exit = exit,
                Contributions = Filter(m.Contributions, path + ".contributions", x => DaySpan.Of(x.Date, x.Start, x.End)),
                Justifications = Filter(m.Justifications, path + ".justifications", x => DaySpan.Of(x.Date)),
                Casualties = casualties,
                Changes = Filter(m.Changes, path + ".changes", x => DaySpan.Of(x.Date)),
            };
        }

        private ActorList? SliceList(ActorList l, string path, HashSet<ItemId> targeted)
        {
            // A list is dated by its publication and the additions and removals of its entries.
            var span = DaySpan.Of([l.Published, .. l.Entries.SelectMany(e => new[] { e.Added, e.Removed })]);
            if (span is null)
            {
                _undated.Add(path);
            }
            else if (!span.Value.Overlaps(_window) && !targeted.Contains(l.Id))
            {
                _dropped.Add(path);
                return null;
            }

            // An entry is on the list from its addition (or the start) to its removal (or on).
            var entries = ImmutableArray.CreateBuilder<ListEntry>();
            for (int j = 0; j < l.Entries.Length; j++)
            {
                var e = l.Entries[j];
                if (new DaySpan(e.Added?.EarliestDay, e.Removed?.LatestDay).Overlaps(_window))
                    entries.Add(e);
                else
                    _dropped.Add(Item(path + ".entries", j));
            }

            return entries.Count == l.Entries.Length ? l : l with { Entries = entries.ToImmutable() };
        }

        /// <summary>True to keep a fact: undated (and then listed), or dated within the period; otherwise it is listed as dropped.</summary>
        private bool Keep(DaySpan? span, string path)
        {
            if (span is not { } s)
            {
                _undated.Add(path);
                return true;
            }

            if (s.Overlaps(_window))
                return true;
            _dropped.Add(path);
            return false;
        }

        private ImmutableArray<T> Filter<T>(ImmutableArray<T> items, string path, Func<T, DaySpan?> span)
        {
            var kept = ImmutableArray.CreateBuilder<T>(items.Length);
            for (int i = 0; i < items.Length; i++)
            {
                if (Keep(span(items[i]), Item(path, i)))
                    kept.Add(items[i]);
            }

            return kept.Count == items.Length ? items : kept.ToImmutable();
        }

        private static string Item(string path, int index) => $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]";
    }
}
