using System.Collections.Immutable;
using System.Globalization;
using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Lifecycle.Cases;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Analysis;

/// <summary>Reads observed curves out of the case base onto a scenario's clock.</summary>
public static class ObservedCurves
{
    /// <summary>The timeline curves a target may name.</summary>
    public static readonly ImmutableArray<string> TimelineCurves = ["members", "troop-contributors", "troops"];

    /// <summary>
    /// The curve that <paramref name="target"/> names, with step <c>s</c> the month <c>start + s</c>, keeping the points
    /// from step 0 to <paramref name="months"/> and up to the target's <see cref="ScenarioTarget.Until"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <b>A case series</b> (<see cref="ScenarioTarget.Series"/>): a point dated to the day or the month falls in its
    /// month. A point dated only to the year is a count "by the end of that year" and falls in its December; a point
    /// dated to a span of months (a season, a quarter, a range) likewise falls in the span's last month. Both are the
    /// month of the date's latest day (<see cref="PartialDate.LatestDay"/>). When two points fall in one month the
    /// later-dated one is kept (noted). The curve's sources are those of its points.
    /// </para>
    /// <para>
    /// <b>A timeline curve</b> (<see cref="ScenarioTarget.Curve"/>: <c>members</c>, <c>troop-contributors</c> or
    /// <c>troops</c>): the counts of <see cref="Timeline.Of"/>, whose month <c>m</c> is the calendar month
    /// <see cref="MonthClock.FirstDay"/>(m), one point per timeline month. The sources are those of the case's memberships.
    /// </para>
    /// <para>Points before step 0, after step <paramref name="months"/> or after <c>Until</c> are dropped and each drop is noted.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">The case is not in the case base, the series is not one of its series, the curve is not a timeline curve, or the target names both or neither.</exception>
    public static ObservedCurve From(CaseBase cases, ScenarioTarget target, ScenarioMonth start, int months)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        var coalition = cases.Find(target.Case.Value)
            ?? throw new ArgumentException($"the case {target.Case.Value} is not in the case base", nameof(target));
        if ((target.Series is null) == (target.Curve is null))
            throw new ArgumentException("an observed curve names either a series of the case or a timeline curve, not both nor neither", nameof(target));

        var raw = new List<(ScenarioMonth Month, double Value, PartialDate? Date)>();
        var sources = new List<string>();
        var notes = new List<string>();
        string label;
        if (target.Series is { } seriesId)
        {
            var series = coalition.Series.FirstOrDefault(s => s.Id.Value == seriesId)
                ?? throw new ArgumentException(
                    $"the case {coalition.Id.Value} has no series {seriesId} (its series: {(coalition.Series.IsEmpty ? "none" : string.Join(", ", coalition.Series.Select(s => s.Id.Value)))})",
                    nameof(target));
            label = $"{coalition.Id.Value}: {seriesId}";
            foreach (var p in series.Points)
            {
                var last = p.Date.LatestDay;
                raw.Add((new ScenarioMonth(last.Year, last.Month), (double)p.Value, p.Date));
                Add(sources, p.Provenance.Sources);
            }

            if (sources.Count == 0)
                Add(sources, series.Provenance.Sources);
        }
        else
        {
            string curve = target.Curve!;
            if (!TimelineCurves.Contains(curve))
                throw new ArgumentException($"the timeline curve {curve} is not one of {string.Join(", ", TimelineCurves)}", nameof(target));
            label = $"{coalition.Id.Value}: {curve}";
            var timeline = Timeline.Of(coalition);
            foreach (var m in timeline.Months)
            {
                var day = timeline.Clock.FirstDay(m.Month);
                double value = curve switch
                {
                    "members" => m.Members,
                    "troop-contributors" => m.TroopContributors,
                    _ => (double)m.Troops,
                };
                raw.Add((new ScenarioMonth(day.Year, day.Month), value, null));
            }

            foreach (var membership in coalition.Memberships)
                Add(sources, membership.Provenance.Sources);
        }

        var points = new List<ObservedPoint>();
        int before = 0, after = 0, later = 0;
        foreach (var group in raw.GroupBy(r => r.Month).OrderBy(g => g.Key))
        {
            var kept = group.Last();
            if (group.Count() > 1)
                notes.Add($"{group.Count()} points fall in {group.Key}; the last dated ({kept.Date?.ToString() ?? group.Key.ToString()}: {Format(kept.Value)}) is kept");
            int step = start.MonthsUntil(group.Key);
            if (step < 0)
                before++;
            else if (step > months)
                after++;
            else if (target.Until is { } until && group.Key > until)
                later++;
            else
                points.Add(new ObservedPoint(step, group.Key, kept.Value));
        }

        if (before > 0)
            notes.Add($"{Count(before)} before the scenario's start {start} dropped");
        if (after > 0)
            notes.Add($"{Count(after)} after step {months} ({start.Plus(months)}) dropped");
        if (later > 0)
            notes.Add($"{Count(later)} after {target.Until} (the target's last month) dropped");
        if (points.Count == 0)
            notes.Add("no observed point falls within the scenario's months");
        return new ObservedCurve(label, coalition.Id, [.. sources], [.. points], [.. notes]);
    }

    private static void Add(List<string> sources, ImmutableArray<SourceId> ids)
    {
        foreach (var id in ids.IsDefault ? [] : ids)
        {
            if (!sources.Contains(id.Value))
                sources.Add(id.Value);
        }
    }

    private static string Count(int n) => n == 1 ? "1 month's point" : $"{n} months' points";

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
