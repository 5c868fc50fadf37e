using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ScottPlot;
using Willing.Core.Model;
using Willing.Lifecycle.Cases;

namespace Willing.Reports.Charts;

/// <summary>
/// A coalition's exits over calendar time: the number of exits so far as step lines (every exit, the
/// unilateral ones and the scheduled ones apart), beside the number of members and of troop contributors
/// present each month, and, for comparison, the case's own recorded counts of members or participants
/// (<see cref="Timeline.Series"/>) as dated points.
/// </summary>
/// <remarks>
/// x is calendar time in the timeline's months (<see cref="MonthClock"/>): the members present in month m
/// are drawn over [m, m + 1), and an exit in month m counts from the end of that month (the member is still
/// present in it). A leaving that is not an exit (a death, a succession, a denial of ever taking part) is not
/// counted; one with no reason recorded counts among all exits only. Recorded series of troops are left out
/// (their unit is not a count of states). The SVG draws the lines and points itself over ScottPlot's frame
/// (<see cref="Chart"/>): each line is a <c>g.cumulative-line</c> with <c>data-line</c> (<c>members</c>,
/// <c>troop-contributors</c>, <c>exits</c>, <c>unilateral</c> or <c>scheduled</c>), <c>data-final</c> (its
/// value in the last month) and <c>data-steps</c> (how many times it changes), holding a <c>path</c> and a
/// <c>title</c>; each recorded series a <c>g.recorded-series</c> with <c>data-series</c> and
/// <c>data-measure</c>, holding a <c>path.recorded-point</c> per point with <c>data-date</c> and
/// <c>data-value</c>. The PNG draws the same with ScottPlot.
/// </remarks>
public sealed class CumulativeExitsChart : Chart
{
    private const float LineWidth = 2.5f;

    /// <summary>The totals (members, all exits) are drawn wider, under their parts, so that a part equal to its total shows as a line with an edge.</summary>
    private const float TotalWidth = 4f;
    private const double PointSize = 11;

    /// <summary>The lines in legend order: key, colour, dashed.</summary>
    private static readonly (string Key, string Hex, bool Dashed, float Width)[] Styles =
    [
        ("members", "#0072b2", false, TotalWidth), ("troop-contributors", "#56b4e9", false, LineWidth), ("exits", "#000000", false, TotalWidth),
        ("unilateral", "#d55e00", false, LineWidth), ("scheduled", ChartStyle.MutedHex, true, LineWidth),
    ];

    private static readonly (string Hex, SvgMarks.Shape Shape)[] PointStyles =
        [("#009e73", SvgMarks.Shape.Diamond), ("#cc79a7", SvgMarks.Shape.Square), ("#e69f00", SvgMarks.Shape.TriangleUp), ("#000000", SvgMarks.Shape.TriangleDown)];

    /// <summary>The chart of a timeline's exits and members, 1000 × 560 pixels by default.</summary>
    /// <param name="timeline">The timeline (<see cref="Timeline.Of"/>).</param>
    /// <param name="name">A file-name stem; by default <c>exits-CASE</c>.</param>
    /// <param name="title">The title; by default "CASE: exits so far and members present".</param>
    /// <param name="recordedSeries">Whether to draw the case's own recorded counts of members and participants as points.</param>
    /// <param name="width">The default width in pixels.</param>
    /// <param name="height">The default height in pixels.</param>
    public CumulativeExitsChart(Timeline timeline, string? name = null, string? title = null, bool recordedSeries = true, int width = 1000, int height = 560)
        : base(name ?? $"exits-{timeline?.Case}", title ?? $"{timeline?.Case}: exits so far and members present", width, height)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        Timeline = timeline;
        RecordedSeries = recordedSeries
            ? [.. timeline.Series.Where(s => s.Measure is SeriesMeasure.MemberStates or SeriesMeasure.Participants && !s.Points.IsEmpty)]
            : [];
        Lines =
        [
            new("members", "members present", [.. timeline.Months.Select(m => (double)m.Month)], [.. timeline.Months.Select(m => (double)m.Members)]),
            new("troop-contributors", "troop contributors present", [.. timeline.Months.Select(m => (double)m.Month)], [.. timeline.Months.Select(m => (double)m.TroopContributors)]),
            Cumulative("exits", "all exits so far", timeline, e => e.Kind != ExitKind.NotAnExit),
            Cumulative("unilateral", "unilateral exits so far", timeline, e => e.Kind == ExitKind.Unilateral),
            Cumulative("scheduled", "scheduled exits so far", timeline, e => e.Kind == ExitKind.Scheduled),
        ];
    }

    /// <summary>The timeline drawn.</summary>
    public Timeline Timeline { get; }

    /// <summary>The recorded series drawn as points: those counting member states or participants, when asked for.</summary>
    public ImmutableArray<Series> RecordedSeries { get; }

    /// <summary>The step lines, in legend order: members and troop contributors present, all, unilateral and scheduled exits so far.</summary>
    public ImmutableArray<CumulativeLine> Lines { get; }

    /// <summary>The lines' start, peak and end values and the recorded points, in words.</summary>
    public override string Description
    {
        get
        {
            var clock = Timeline.Clock;
            var text = new StringBuilder().Append("Step lines over calendar time, ").Append(clock.Label(0)).Append(" to ").Append(clock.Label(Timeline.LastMonth)).Append('.');
            foreach (var line in Lines.Take(2))
            {
                int peak = Enumerable.Range(0, line.Values.Length).MaxBy(i => line.Values[i]);
                text.Append(' ').Append(char.ToUpperInvariant(line.Label[0])).Append(line.Label.AsSpan(1)).Append(": ").Append(V(line.Values[0])).Append(" in ").Append(clock.Label(0))
                    .Append(", at most ").Append(V(line.Values[peak])).Append(" (").Append(clock.Label((int)line.Months[peak])).Append("), ").Append(V(line.Values[^1]))
                    .Append(" in ").Append(clock.Label(Timeline.LastMonth)).Append('.');
            }

            int unrecorded = Timeline.Exits.Count(e => e.Kind is null), censored = Timeline.Exits.Count(e => e.Kind == ExitKind.NotAnExit);
            text.Append(" Exits so far by ").Append(clock.Label(Timeline.LastMonth)).Append(": ").Append(V(Lines[2].Final)).Append(" (").Append(V(Lines[3].Final)).Append(" unilateral, ")
                .Append(V(Lines[4].Final)).Append(" scheduled").Append(unrecorded > 0 ? $", {unrecorded} with no reason recorded" : string.Empty).Append(')')
                .Append(censored > 0 ? $"; {censored} leaving{(censored == 1 ? string.Empty : "s")} that were not exits are not counted" : string.Empty).Append('.');
            foreach (var series in RecordedSeries)
            {
                text.Append(" Recorded ").Append(series.Id).Append(" (").Append(KebabCase.Name(series.Measure)).Append("): ")
                    .AppendJoin(", ", series.Points.Select(p => $"{V((double)p.Value)} on {p.Date}")).Append('.');
            }

            return text.ToString();
        }
    }

    /// <inheritdoc />
    private protected override Plot Build(int width, int height)
    {
        var (plot, _) = Frame(width, height);
        for (int i = 0; i < Lines.Length; i++)
        {
            var vertices = Vertices(Lines[i]);
            var line = plot.Add.ScatterLine(vertices.Select(v => v.X).ToArray(), vertices.Select(v => v.Y).ToArray());
            line.Color = Color.FromHex(Styles[i].Hex);
            line.LineWidth = Styles[i].Width;
            line.LinePattern = Styles[i].Dashed ? LinePattern.Dashed : LinePattern.Solid;
            line.MarkerSize = 0;
        }

        for (int i = 0; i < RecordedSeries.Length; i++)
        {
            var (hex, shape) = PointStyles[i % PointStyles.Length];
            foreach (var point in RecordedSeries[i].Points)
            {
                double x = MonthAxis.X(Timeline.Clock, point.Date), y = (double)point.Value;
                plot.Add.Marker(x, y, SvgMarks.Filled(shape), (float)PointSize + 3, Colors.White);
                plot.Add.Marker(x, y, SvgMarks.Filled(shape), (float)PointSize, Color.FromHex(hex));
            }
        }

        return plot;
    }

    /// <inheritdoc />
    private protected override Plot BuildSvg(int width, int height, StringBuilder overlay)
    {
        var (plot, g) = Frame(width, height);
        var s = overlay;
        s.Append("<g class=\"cumulative\" data-case=\"").Append(X(Timeline.Case.Value)).Append("\">\n");
        for (int i = 0; i < Lines.Length; i++)
        {
            var line = Lines[i];
            var (key, hex, dashed, lineWidth) = Styles[i];
            s.Append("<g class=\"cumulative-line\" data-line=\"").Append(key).Append("\" data-final=\"").Append(V(line.Final)).Append("\" data-steps=\"")
                .Append(line.Steps.ToString(CultureInfo.InvariantCulture)).Append("\"><title>").Append(X(LineTooltip(line))).Append("</title><path d=\"M")
                .AppendJoin(" L", Vertices(line).Select(v => $"{N(g.PxX(v.X))} {N(g.PxY(v.Y))}")).Append("\" fill=\"none\" stroke=\"").Append(hex).Append("\" stroke-width=\"")
                .Append(N(lineWidth)).Append('"').Append(dashed ? " stroke-dasharray=\"8 5\"" : string.Empty).Append(" stroke-linejoin=\"round\"/></g>\n");
        }

        for (int i = 0; i < RecordedSeries.Length; i++)
        {
            var series = RecordedSeries[i];
            var (hex, shape) = PointStyles[i % PointStyles.Length];
            s.Append("<g class=\"recorded-series\" data-series=\"").Append(X(series.Id.Value)).Append("\" data-measure=\"").Append(KebabCase.Name(series.Measure)).Append("\">");
            if (series.Description is { } description)
                s.Append("<title>").Append(X(description)).Append("</title>");
            foreach (var point in series.Points)
            {
                double x = g.PxX(MonthAxis.X(Timeline.Clock, point.Date)), y = g.PxY((double)point.Value);
                s.Append("<path class=\"recorded-point\" data-date=\"").Append(point.Date).Append("\" data-value=\"").Append(V((double)point.Value)).Append("\" d=\"")
                    .Append(SvgMarks.Path(shape, x, y, PointSize)).Append("\" fill=\"").Append(hex).Append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"><title>")
                    .Append(X($"{series.Id}: {V((double)point.Value)} on {point.Date}")).Append("</title></path>");
            }

            s.Append("</g>\n");
        }

        s.Append("</g>\n");
        return plot;
    }

    private static CumulativeLine Cumulative(string key, string label, Timeline timeline, Func<MemberSpan, bool> counts)
    {
        // By the end of month m, every exit in month m or before: the value from m + 1 on.
        var byMonth = timeline.Exits.Where(e => e.EndMonth is not null && counts(e)).GroupBy(e => e.EndMonth!.Value).ToDictionary(g => g.Key, g => g.Count());
        var months = new List<double> { 0 };
        var values = new List<double> { 0 };
        int total = 0;
        for (int m = 0; m <= timeline.LastMonth; m++)
        {
            if (!byMonth.TryGetValue(m, out int n))
                continue;
            total += n;
            months.Add(m + 1);
            values.Add(total);
        }

        return new CumulativeLine(key, label, [.. months], [.. values]);
    }

    private List<(double X, double Y)> Vertices(CumulativeLine line) => StepLine.Vertices(line.Months, line.Values, Timeline.LastMonth + 1);

    private double XLow => Math.Min(0, RecordedSeries.SelectMany(s => s.Points).Select(p => MonthAxis.X(Timeline.Clock, p.Date)).DefaultIfEmpty(0).Min()) - 0.5;

    private double XHigh => Math.Max(Timeline.LastMonth + 1, RecordedSeries.SelectMany(s => s.Points).Select(p => MonthAxis.X(Timeline.Clock, p.Date)).DefaultIfEmpty(0).Max()) + 0.5
        + (0.01 * (Timeline.LastMonth + 1));

    private double YHigh => Math.Max(1, Math.Max(Lines.Max(l => l.Values.Max()), RecordedSeries.SelectMany(s => s.Points).Select(p => (double)p.Value).DefaultIfEmpty(0).Max())) * 1.08;

    /// <summary>The pixel geometry of a render.</summary>
    private sealed record Geometry(PixelRect Rect, double XLow, double XHigh, double YLow, double YHigh)
    {
        public double PxX(double x) => Rect.Left + ((x - XLow) / (XHigh - XLow) * Rect.Width);

        public double PxY(double y) => Rect.Bottom - ((y - YLow) / (YHigh - YLow) * Rect.Height);
    }

    /// <summary>The title, axes, note and legend, rendered once to learn where the data area is.</summary>
    private (Plot Plot, Geometry Geometry) Frame(int width, int height)
    {
        var plot = ChartStyle.NewPlot();
        plot.Title(Title);
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        double xLow = XLow, xHigh = XHigh, yHigh = YHigh, yLow = -0.025 * yHigh;
        plot.Axes.SetLimits(xLow, xHigh, yLow, yHigh);
        plot.Axes.Bottom.TickGenerator = MonthAxis.Placeholder(xLow);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.YLabel("members present · exits so far", 13);
        plot.XLabel(Note(), 12);
        Legend(plot);
        plot.ShowLegend(Edge.Bottom);
        var first = PlotLayout.DataRect(plot, width, height);
        plot.Axes.Bottom.TickGenerator = MonthAxis.Ticks(Timeline.Clock, xLow, xHigh, first.Width / (xHigh - xLow));
        return (plot, new Geometry(PlotLayout.DataRect(plot, width, height), xLow, xHigh, yLow, yHigh));
    }

    private string Note()
    {
        var clock = Timeline.Clock;
        int censored = Timeline.Exits.Count(e => e.Kind == ExitKind.NotAnExit), unrecorded = Timeline.Exits.Count(e => e.Kind is null);
        var parts = new List<string> { $"{clock.Label(0)} to {clock.Label(Timeline.LastMonth)}, month by month", "an exit counts from the end of the month it falls in" };
        if (unrecorded > 0)
            parts.Add($"{unrecorded} with no reason recorded count among all exits only");
        if (censored > 0)
            parts.Add($"{censored} leaving{(censored == 1 ? string.Empty : "s")} that were not exits not counted");
        return string.Join(" · ", parts);
    }

    private void Legend(Plot plot)
    {
        for (int i = 0; i < Lines.Length; i++)
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = $"{Lines[i].Label} ({V(Lines[i].Final)} at the end)",
                LineColor = Color.FromHex(Styles[i].Hex),
                LineWidth = Styles[i].Width,
                LinePattern = Styles[i].Dashed ? LinePattern.Dashed : LinePattern.Solid,
            });
        }

        for (int i = 0; i < RecordedSeries.Length; i++)
        {
            var (hex, shape) = PointStyles[i % PointStyles.Length];
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = $"recorded: {RecordedSeries[i].Id} ({KebabCase.Name(RecordedSeries[i].Measure)})",
                MarkerShape = SvgMarks.Filled(shape),
                MarkerFillColor = Color.FromHex(hex),
                MarkerLineColor = Color.FromHex(hex),
                MarkerSize = (float)PointSize,
            });
        }
    }

    private string LineTooltip(CumulativeLine line)
    {
        var text = new StringBuilder().Append(line.Label).Append(": ").Append(V(line.Final)).Append(" in ").Append(Timeline.Clock.Label(Timeline.LastMonth));
        if (line.Key is "exits" or "unilateral" or "scheduled")
        {
            var exits = Timeline.Exits.Where(e => line.Key switch
            {
                "unilateral" => e.Kind == ExitKind.Unilateral,
                "scheduled" => e.Kind == ExitKind.Scheduled,
                _ => e.Kind != ExitKind.NotAnExit,
            });
            text.Append('\n').AppendJoin(", ", exits.Select(e => $"{e.Actor} {Timeline.Clock.Label(e.EndMonth!.Value)}"));
        }

        return text.ToString();
    }

    private static string V(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string N(double value) => SvgDocument.Number(value);

    private static string X(string text) => SvgDocument.Escape(text);
}

/// <summary>One step line of a <see cref="CumulativeExitsChart"/>: its value from each month on, until the next.</summary>
/// <param name="Key">Its key in the SVG's <c>data-line</c>: <c>members</c>, <c>troop-contributors</c>, <c>exits</c>, <c>unilateral</c> or <c>scheduled</c>.</param>
/// <param name="Label">Its label in the legend.</param>
/// <param name="Months">The x of each step, in months (an exit in month m counts from m + 1).</param>
/// <param name="Values">The value from each step on.</param>
public sealed record CumulativeLine(string Key, string Label, ImmutableArray<double> Months, ImmutableArray<double> Values)
{
    /// <summary>The value at the end.</summary>
    public double Final => Values.IsEmpty ? 0 : Values[^1];

    /// <summary>How many times the value changes.</summary>
    public int Steps => Enumerable.Range(1, Math.Max(0, Values.Length - 1)).Count(i => Values[i] != Values[i - 1]);
}
