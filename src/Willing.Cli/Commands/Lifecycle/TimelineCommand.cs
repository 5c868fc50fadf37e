using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Core.Model;
using Willing.Lifecycle.Cases;
using Willing.Reports.Charts;

namespace Willing.Cli.Commands.Lifecycle;

/// <summary><c>willing timeline</c>: a case's memberships over time, its exits with their reasons and triggers, the month-by-month count, and its exit cascades tested against independent exits.</summary>
/// <remarks>
/// JSON: <c>{ case, origin, last_month, members: [{ actor, name, roles, joined, left, start_month, end_month,
/// reason, kind, announced, event, peak_troops, deaths }], months: [{ month, label, members,
/// troop_contributors, troops, contributors_without_figure }], triggers: [..], series: [..], cascades: { exits,
/// cascades, largest, linked, expected_largest, expected_linked, p_largest, p_linked, window_days, draws, seed },
/// notes }</c>. Months are counted from the case's start under the one rule of <see cref="MonthClock"/>.
/// </remarks>
public sealed class TimelineCommand(CliOutput output) : Command<TimelineSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, TimelineSettings settings, CancellationToken cancellationToken)
    {
        if (CaseLoader.Load(settings.Case, settings, output) is not { } coalition)
            return WillingApp.InvalidInput;
        var timeline = Timeline.Of(coalition);
        var cascades = ExitCascades.Of(coalition, new CascadeOptions(settings.Window, settings.WithScheduled, settings.Draws, settings.Seed));
        if (settings.Chart is { } gantt && !ChartFile.Write(output, "--chart", gantt,
                () => new TimelineChart(timeline, settings.TroopsOnly ? TimelineChart.TroopContributorsWithoutLeaders : null)))
            return WillingApp.InvalidInput;
        if (settings.ExitsChart is { } exits && !ChartFile.Write(output, "--exits-chart", exits, () => new CumulativeExitsChart(timeline)))
            return WillingApp.InvalidInput;

        switch (settings.Format)
        {
            case OutputFormat.Json:
                output.Data.WriteLine(JsonSerializer.Serialize(new
                {
                    @case = timeline.Case,
                    origin = timeline.Clock.Label(0),
                    last_month = timeline.LastMonth,
                    members = timeline.Members.Select(Member),
                    months = timeline.Months,
                    triggers = timeline.Triggers,
                    series = timeline.Series.Select(s => new { s.Id, s.Measure, s.Description, points = s.Points.Select(p => new { p.Date, p.Value }) }),
                    cascades = Cascades(cascades),
                    notes = timeline.Notes,
                }, Json.Options));
                break;
            case OutputFormat.Csv:
                Members(timeline).Write(output, OutputFormat.Csv);
                break;
            default:
                output.Console.WriteLine($"{coalition.Name}: {timeline.Members.Length} members from {timeline.Clock.Label(0)} to {timeline.Clock.Label(timeline.LastMonth)}; {timeline.Exits.Length} left, {timeline.Exits.Count(e => e.Kind == ExitKind.Unilateral)} of them unilaterally.");
                Members(timeline).Write(output, OutputFormat.Table, "members");
                var counts = new Tabular("month", "members", "troop contributors", "troops (dated)", "contributors without a dated figure");
                foreach (var m in timeline.Months.Where(m => m.Month % 6 == 0 || m.Month == timeline.LastMonth))
                    counts.Add(m.Label, m.Members, m.TroopContributors, m.Troops, m.ContributorsWithoutFigure);
                counts.Write(output, OutputFormat.Table, "every sixth month");
                var table = new Tabular("trigger", "exits", "from", "to", "days");
                foreach (var c in cascades.Cascades)
                    table.Add(c.Trigger?.Value ?? "—", string.Join(", ", c.Exits.Select(e => $"{e.Member} ({e.Reason}, {e.Dated} {e.Date})")), c.Exits[0].Date.ToString(), c.Exits[^1].Date.ToString(), c.SpanDays);
                table.Write(output, OutputFormat.Table, $"exit cascades (window {cascades.Options.WindowDays} days)");
                output.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Of {cascades.Exits.Length} exits, {cascades.Linked} came within {cascades.Options.WindowDays} days of an earlier one (independent exits: {cascades.ExpectedLinked:0.0} expected, p = {cascades.PLinked:0.0000}); the largest cascade has {cascades.Largest} (independent: {cascades.ExpectedLargest:0.0} expected, p = {cascades.PLargest:0.0000}; {cascades.Options.Draws} draws, seed {cascades.Options.Seed})."));
                foreach (var note in timeline.Notes)
                    output.Console.MarkupLine($"[grey]note: {Markup.Escape(note)}[/]");
                break;
        }

        return WillingApp.Success;
    }

    private static object Member(MemberSpan s) => new
    {
        actor = s.Actor,
        name = s.Name,
        roles = s.Roles,
        joined = s.Joined,
        left = s.Left,
        start_month = s.StartMonth,
        end_month = s.EndMonth,
        reason = s.Reason,
        kind = s.Kind,
        announced = s.Announced,
        @event = s.Event,
        peak_troops = s.PeakTroops,
        deaths = s.Deaths,
    };

    /// <summary>The cascade analysis as the JSON contract gives it.</summary>
    internal static object Cascades(CascadeAnalysis a) => new
    {
        window_days = a.Options.WindowDays,
        with_scheduled = a.Options.IncludeScheduled,
        draws = a.Options.Draws,
        seed = a.Options.Seed,
        exits = a.Exits,
        cascades = a.Cascades.Select(c => new { trigger = c.Trigger, trigger_day = c.TriggerDay, size = c.Size, span_days = c.SpanDays, exits = c.Exits }),
        largest = a.Largest,
        linked = a.Linked,
        expected_largest = a.ExpectedLargest,
        expected_linked = a.ExpectedLinked,
        p_largest = a.PLargest,
        p_linked = a.PLinked,
    };

    private static Tabular Members(Timeline timeline)
    {
        var rows = new Tabular("actor", "name", "joined", "left", "reason", "kind", "event", "peak_troops", "deaths");
        foreach (var s in timeline.Members)
            rows.Add(s.Actor.Value, s.Name, s.Joined?.ToString(), s.Left?.ToString(), s.Reason is { } r ? KebabCase.Name(r) : null,
                s.Kind is { } k ? KebabCase.Name(k) : null, s.Event?.Value, s.PeakTroops, s.Deaths);
        return rows;
    }
}
