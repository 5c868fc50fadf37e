using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ScottPlot;
using Willing.Core.Model;
using Willing.Lifecycle.Cases;

namespace Willing.Reports.Charts;

/// <summary>
/// A coalition's memberships as a Gantt chart: a bar per member from the month it joined to the month it left
/// (or to the last month observed), in order of joining; at the end of each bar that left, a mark of how it
/// left (unilaterally: a filled vermilion circle; as scheduled: a hollow grey circle; without a recorded
/// reason: a dark bar; not an exit at all, a censoring: nothing); and the events that set exits off
/// (elections, casualties, hostage crises of members and the events exits name) as small marks on their
/// member's row, or as a dashed vertical line, named above the rows, when no row is theirs.
/// </summary>
/// <remarks>
/// x is calendar time in the timeline's months (<see cref="MonthClock"/>: month m covers [m, m + 1), a bar
/// runs from the start of its first month to the end of its last, an event sits in the middle of its month).
/// The SVG draws the bars and marks itself over ScottPlot's frame (<see cref="Chart"/>, decision 0008): each
/// row is a <c>g.timeline-row</c> with <c>data-actor</c>, <c>data-row</c>, <c>data-role</c>
/// (<c>leader</c>, <c>troop-contributor</c> or <c>member</c>), <c>data-start</c> and <c>data-end</c>
/// (<c>YYYY-MM</c>, the end empty for a member that stayed) and, for a member that left, <c>data-exit-kind</c>
/// (<c>unilateral</c>, <c>scheduled</c>, <c>not-an-exit</c> or <c>unrecorded</c>) and <c>data-reason</c>;
/// it holds a <c>rect.timeline-bar</c> and, unless the leaving was not an exit, a <c>.timeline-exit</c> mark
/// with the same two attributes, whose <c>title</c> gives the reason. Each event is a <c>g.timeline-trigger</c>
/// (<c>.on-row</c> or <c>.line</c>) with <c>data-event</c>, <c>data-kind</c>, <c>data-month</c>,
/// <c>data-actor</c> (its member, when it has one) and <c>data-exits</c> (the members whose exit names it,
/// space-separated); one on a row but outside its member's span is classed <c>.outside</c> too, and drawn faded.
/// The PNG draws the same with ScottPlot.
/// </remarks>
public sealed class TimelineChart : Chart
{
    private const double RowPixels = 17;
    private const double LanePixels = 15;
    private const double Chrome = 188;
    private const double BarHalf = 0.32;
    private const double ExitSize = 10;
    private const double TriggerSize = 8;
    private const double LabelSize = 10;
    private const int MaxLanes = 8;
    private const double FadedOpacity = 0.4;
    private const string TextHex = "#1d1f23";
    private const string LeaderHex = "#0072b2";
    private const string TroopsHex = "#56b4e9";
    private const string OtherHex = "#c5cad1";
    private const string UnilateralHex = "#d55e00";
    private const string ScheduledHex = ChartStyle.MutedHex;

    /// <summary>The trigger groups in legend order: label, colour and shape.</summary>
    private static readonly (string Label, string Hex, SvgMarks.Shape Shape)[] Groups =
        [("election", "#009e73", SvgMarks.Shape.TriangleUp), ("casualties", "#000000", SvgMarks.Shape.Square), ("hostage crisis", "#cc79a7", SvgMarks.Shape.Diamond), ("other event", "#e69f00", SvgMarks.Shape.TriangleDown)];

    private static readonly string[] Plurals = ["elections", "casualties", "hostage crises", "other events"];

    private readonly Dictionary<ActorId, int> _rowOf;

    /// <summary>The Gantt chart of a timeline's members, or of those a filter keeps, 1100 pixels wide by default and as tall as its rows need.</summary>
    /// <param name="timeline">The timeline (<see cref="Timeline.Of"/>).</param>
    /// <param name="include">The members to draw (e.g. <see cref="TroopContributorsWithoutLeaders"/>); every member when null.</param>
    /// <param name="name">A file-name stem; by default <c>timeline-CASE</c>.</param>
    /// <param name="title">The title; by default "CASE: memberships, exits and their triggers".</param>
    /// <param name="labels">Whether the rows are named by the members' names or ids.</param>
    /// <param name="width">The default width in pixels.</param>
    /// <exception cref="ArgumentException">No member is left to draw.</exception>
    public TimelineChart(Timeline timeline, Func<MemberSpan, bool>? include = null, string? name = null, string? title = null, TimelineLabels labels = TimelineLabels.Names, int width = 1100)
        : this(timeline, Select(timeline, include), name, title, labels, width)
    {
    }

    /// <summary>The Gantt chart of the given members of a timeline, in the timeline's order (of joining), 1100 pixels wide by default.</summary>
    /// <param name="timeline">The timeline (<see cref="Timeline.Of"/>).</param>
    /// <param name="actors">The members to draw; each must be a member of the timeline.</param>
    /// <param name="name">A file-name stem; by default <c>timeline-CASE</c>.</param>
    /// <param name="title">The title; by default "CASE: memberships, exits and their triggers".</param>
    /// <param name="labels">Whether the rows are named by the members' names or ids.</param>
    /// <param name="width">The default width in pixels.</param>
    /// <exception cref="ArgumentException">No actor is given, or one is not a member of the timeline.</exception>
    public TimelineChart(Timeline timeline, IEnumerable<ActorId> actors, string? name = null, string? title = null, TimelineLabels labels = TimelineLabels.Names, int width = 1100)
        : this(timeline, Select(timeline, actors), name, title, labels, width)
    {
    }

    private TimelineChart(Timeline timeline, ImmutableArray<MemberSpan> rows, string? name, string? title, TimelineLabels labels, int width)
        : base(name ?? $"timeline-{timeline.Case}", title ?? $"{timeline.Case}: memberships, exits and their triggers", width, DefaultHeight(timeline, rows, labels, width))
    {
        Timeline = timeline;
        Rows = rows;
        Labels = labels;
        _rowOf = Rows.Select((m, i) => (m.Actor, i)).ToDictionary(p => p.Actor, p => p.i);
        var shown = Rows.Select(m => m.Actor).ToHashSet();
        RowEvents = [.. Timeline.Triggers.Where(e => e.Subject is { } s && shown.Contains(s))];
        LineEvents = [.. Timeline.Triggers.Where(e => !(e.Subject is { } s && shown.Contains(s)) && e.ExitsTriggered.Any(shown.Contains))];
    }

    /// <summary>Troop contributors other than the leaders: the members whose staying the analyses of exit ask about.</summary>
    public static bool TroopContributorsWithoutLeaders(MemberSpan member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.IsTroopContributor && !member.IsLeader;
    }

    /// <summary>The timeline drawn.</summary>
    public Timeline Timeline { get; }

    /// <summary>The members drawn, top to bottom: in order of joining and then of id.</summary>
    public ImmutableArray<MemberSpan> Rows { get; }

    /// <summary>How the rows are named.</summary>
    public TimelineLabels Labels { get; }

    /// <summary>The events drawn on a member's row: those that befell a member drawn.</summary>
    public ImmutableArray<TimelineEvent> RowEvents { get; }

    /// <summary>The events drawn as vertical lines: those without a row drawn that set off the exit of a member drawn.</summary>
    public ImmutableArray<TimelineEvent> LineEvents { get; }

    /// <summary>The rows, the exits by kind and the events, in words.</summary>
    public override string Description
    {
        get
        {
            var text = new StringBuilder();
            var clock = Timeline.Clock;
            text.Append("A Gantt chart of ").Append(Count(Rows.Length, "member"))
                .Append(Rows.Length == Timeline.Members.Length ? string.Empty : $" (of {Timeline.Members.Length})").Append(" of ").Append(Timeline.Case)
                .Append(" from ").Append(clock.Label(0)).Append(" to ").Append(clock.Label(Timeline.LastMonth)).Append(", in order of joining.");
            var left = Rows.Where(r => r.EndMonth is not null).ToList();
            text.Append(' ').Append(left.Count).Append(" left").Append(left.Count == 0 ? "." : ":");
            var parts = new List<string>();
            foreach (var (kind, words) in (ReadOnlySpan<(string, string)>)[("unilateral", "unilaterally"), ("scheduled", "as scheduled"), ("unrecorded", "with no reason recorded"), ("not-an-exit", "not by an exit (censored)")])
            {
                var these = left.Where(r => ExitKindName(r) == kind).OrderBy(r => r.EndMonth).ThenBy(r => r.Actor.Value, StringComparer.Ordinal).ToList();
                if (these.Count > 0)
                {
                    parts.Add($"{these.Count} {words} (" + string.Join(", ", these.Select(r => $"{r.Actor} {clock.Label(r.EndMonth!.Value)}{(r.Reason is { } reason ? " " + ReasonWords(reason) : string.Empty)}")) + ")");
                }
            }

            if (parts.Count > 0)
                text.Append(' ').AppendJoin("; ", parts).Append('.');
            int events = RowEvents.Length + LineEvents.Length;
            if (events > 0)
            {
                var byGroup = RowEvents.Concat(LineEvents).GroupBy(e => Group(e.Kind)).OrderBy(g => g.Key).Select(g => g.Count() == 1 ? $"1 {Groups[g.Key].Label}" : $"{g.Count()} {Plurals[g.Key]}");
                text.Append(' ').Append(Count(events, "event")).Append(" marked: ").AppendJoin(", ", byGroup).Append('.');
                var named = RowEvents.Concat(LineEvents).Where(e => !e.ExitsTriggered.IsEmpty).OrderBy(e => e.Date).ToList();
                if (named.Count > 0)
                {
                    text.Append(" Events exits name: ").AppendJoin(", ", named.Select(e => $"{e.Name ?? e.Id.Value} ({e.Date}; {string.Join(", ", e.ExitsTriggered)})")).Append('.');
                }
            }

            return text.ToString();
        }
    }

    /// <inheritdoc />
    private protected override Plot Build(int width, int height)
    {
        var (plot, g) = Frame(width, height);
        double bottom = g.YLow;
        foreach (var line in g.Lines)
        {
            var (_, hex, _) = Groups[Group(line.Event.Kind)];
            double x = EventX(line.Event), top = g.Y(line.LabelCentre);
            var stroke = plot.Add.Line(x, bottom, x, top);
            stroke.Color = Color.FromHex(hex);
            stroke.LineWidth = 1.5f;
            stroke.LinePattern = LinePattern.Dashed;
            stroke.MarkerSize = 0;
            var label = ChartStyle.Text(plot, line.Text, x, top, (float)LabelSize, Color.FromHex(TextHex), line.LeftOfLine ? Alignment.MiddleRight : Alignment.MiddleLeft);
            label.OffsetX = line.LeftOfLine ? -4 : 4;
        }

        for (int i = 0; i < Rows.Length; i++)
        {
            var row = Rows[i];
            var bar = plot.Add.Rectangle(row.StartMonth, BarEnd(row), -i - BarHalf, -i + BarHalf);
            bar.FillColor = Color.FromHex(BarHex(row));
            bar.LineWidth = 0;
        }

        for (int i = 0; i < Rows.Length; i++)
        {
            var row = Rows[i];
            double x = BarEnd(row), y = -i;
            switch (ExitKindName(row))
            {
                case "unilateral":
                    plot.Add.Marker(x, y, MarkerShape.FilledCircle, (float)ExitSize + 3, Colors.White);
                    plot.Add.Marker(x, y, MarkerShape.FilledCircle, (float)ExitSize, Color.FromHex(UnilateralHex));
                    break;
                case "scheduled":
                    plot.Add.Marker(x, y, MarkerShape.FilledCircle, (float)ExitSize, Colors.White);
                    plot.Add.Marker(x, y, MarkerShape.OpenCircle, (float)ExitSize, Color.FromHex(ScheduledHex)).MarkerLineWidth = 2;
                    break;
                case "unrecorded":
                    var tick = plot.Add.Line(x, y - 0.45, x, y + 0.45);
                    tick.Color = Color.FromHex(TextHex);
                    tick.LineWidth = 3;
                    tick.MarkerSize = 0;
                    break;
            }
        }

        // The events over the exits, as in the SVG.
        foreach (var e in RowEvents)
        {
            var (_, hex, shape) = Groups[Group(e.Kind)];
            double x = EventX(e), y = -_rowOf[e.Subject!];
            bool inside = InSpan(e);
            if (!e.ExitsTriggered.IsEmpty)
                plot.Add.Marker(x, y, SvgMarks.Filled(shape), (float)TriggerSize + 4, Color.FromHex(TextHex));
            else if (inside)
                plot.Add.Marker(x, y, SvgMarks.Filled(shape), (float)TriggerSize + 2, Colors.White);
            plot.Add.Marker(x, y, SvgMarks.Filled(shape), (float)TriggerSize, Color.FromHex(hex).WithAlpha(inside ? 1 : FadedOpacity));
        }

        return plot;
    }

    /// <inheritdoc />
    private protected override Plot BuildSvg(int width, int height, StringBuilder overlay)
    {
        var (plot, g) = Frame(width, height);
        var s = overlay;
        var clock = Timeline.Clock;
        s.Append("<g class=\"timeline\" data-case=\"").Append(X(Timeline.Case.Value)).Append("\" data-origin=\"").Append(clock.Label(0)).Append("\" data-last=\"")
            .Append(clock.Label(Timeline.LastMonth)).Append("\" font-family=\"").Append(ChartStyle.SvgFontFamily).Append("\">\n<g class=\"timeline-lines\">\n");
        foreach (var line in g.Lines)
        {
            var e = line.Event;
            var (_, hex, _) = Groups[Group(e.Kind)];
            double x = g.PxX(EventX(e)), y = line.LabelCentre;
            TriggerOpen(s, e, "line");
            s.Append("<line x1=\"").Append(N(x)).Append("\" y1=\"").Append(N(g.Rect.Bottom)).Append("\" x2=\"").Append(N(x)).Append("\" y2=\"").Append(N(y))
                .Append("\" stroke=\"").Append(hex).Append("\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>")

                // A wide, invisible stroke over the thin line, so that the tooltip comes up without aiming at two pixels.
                .Append("<line x1=\"").Append(N(x)).Append("\" y1=\"").Append(N(g.Rect.Bottom)).Append("\" x2=\"").Append(N(x)).Append("\" y2=\"").Append(N(y))
                .Append("\" stroke=\"#000000\" stroke-opacity=\"0\" stroke-width=\"10\"/>")

                // No dominant-baseline (renderers disagree on it): the baseline sits about 0.35 em below the line's centre.
                .Append("<text x=\"").Append(N(line.LeftOfLine ? x - 4 : x + 4)).Append("\" y=\"").Append(N(y + (LabelSize * 0.35))).Append("\" font-size=\"").Append(N(LabelSize))
                .Append("\" text-anchor=\"").Append(line.LeftOfLine ? "end" : "start").Append("\" fill=\"").Append(TextHex).Append("\">").Append(X(line.Text)).Append("</text></g>\n");
        }

        s.Append("</g>\n<g class=\"timeline-rows\">\n");
        double half = BarHalf * g.RowPixels;
        for (int i = 0; i < Rows.Length; i++)
        {
            var row = Rows[i];
            double left = g.PxX(row.StartMonth), right = g.PxX(BarEnd(row)), y = g.PxY(-i);
            string? kind = ExitKindName(row);
            s.Append("<g class=\"timeline-row\" data-actor=\"").Append(X(row.Actor.Value)).Append("\" data-row=\"").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append("\" data-role=\"").Append(RoleName(row)).Append("\" data-start=\"").Append(clock.Label(row.StartMonth)).Append("\" data-end=\"")
                .Append(row.EndMonth is { } end ? clock.Label(end) : string.Empty).Append('"');
            if (kind is not null)
                ExitAttributes(s, row, kind);
            s.Append("><title>").Append(X(RowTooltip(row))).Append("</title>")
                .Append("<rect class=\"timeline-bar\" x=\"").Append(N(left)).Append("\" y=\"").Append(N(y - half)).Append("\" width=\"").Append(N(Math.Max(1, right - left)))
                .Append("\" height=\"").Append(N(2 * half)).Append("\" fill=\"").Append(BarHex(row)).Append("\"/>");
            if (kind is "unilateral" or "scheduled" or "unrecorded")
            {
                s.Append("<path class=\"timeline-exit\"");
                ExitAttributes(s, row, kind);
                string d = kind == "unrecorded"
                    ? $"M{N(right)} {N(y - (0.45 * g.RowPixels))} L{N(right)} {N(y + (0.45 * g.RowPixels))}"
                    : SvgMarks.Path(SvgMarks.Shape.Circle, right, y, ExitSize);
                s.Append(" d=\"").Append(d).Append('"').Append(kind switch
                {
                    "unilateral" => $" fill=\"{UnilateralHex}\" stroke=\"#ffffff\" stroke-width=\"1.5\"",
                    "scheduled" => $" fill=\"#ffffff\" stroke=\"{ScheduledHex}\" stroke-width=\"2\"",
                    _ => $" fill=\"none\" stroke=\"{TextHex}\" stroke-width=\"3\"",
                }).Append("><title>").Append(X(ExitTooltip(row))).Append("</title></path>");
            }

            s.Append("</g>\n");
        }

        s.Append("</g>\n<g class=\"timeline-triggers\">\n");
        foreach (var e in RowEvents)
        {
            var (_, hex, shape) = Groups[Group(e.Kind)];
            double x = g.PxX(EventX(e)), y = g.PxY(-_rowOf[e.Subject!]);
            bool inside = InSpan(e);
            TriggerOpen(s, e, inside ? "on-row" : "on-row outside");
            s.Append("<path d=\"").Append(SvgMarks.Path(shape, x, y, TriggerSize)).Append("\" fill=\"").Append(hex).Append('"')
                .Append(inside ? string.Empty : $" fill-opacity=\"{N(FadedOpacity)}\"")
                .Append(!e.ExitsTriggered.IsEmpty ? $" stroke=\"{TextHex}\" stroke-width=\"1.5\"" : inside ? " stroke=\"#ffffff\" stroke-width=\"1\"" : string.Empty).Append("/></g>\n");
        }

        s.Append("</g>\n</g>\n");
        return plot;
    }

    /// <summary>The pixel geometry of a render: the data area, the limits, a row's height in pixels and the event lines' labels.</summary>
    private sealed record Geometry(PixelRect Rect, double XLow, double XHigh, double YLow, double YHigh, double RowPixels, List<LinePlace> Lines)
    {
        public double PxX(double x) => Rect.Left + ((x - XLow) / (XHigh - XLow) * Rect.Width);

        public double PxY(double y) => Rect.Bottom - ((y - YLow) / (YHigh - YLow) * Rect.Height);

        public double Y(double pixelY) => YLow + ((Rect.Bottom - pixelY) / Rect.Height * (YHigh - YLow));
    }

    /// <summary>An event line's label: its text, its lane above the rows, which side of the line it is on, and its centre's pixel y.</summary>
    private sealed record LinePlace(TimelineEvent Event, string Text, int Lane, bool LeftOfLine, double LabelCentre);

    private double XLow => Math.Min(0, RowEvents.Concat(LineEvents).Select(e => e.Month).DefaultIfEmpty(0).Min());

    private double XHigh => Timeline.LastMonth + 1 + Math.Max(0.6, 0.012 * (Timeline.LastMonth + 1 - XLow));

    /// <summary>The title, the axes with a row per member, the note and the legend; the rows in the data area, the event lines' labels in lanes above them.</summary>
    private (Plot Plot, Geometry Geometry) Frame(int width, int height)
    {
        var plot = ChartStyle.NewPlot();
        plot.Title(Title);
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. Rows.Select((_, i) => (double)-i)], [.. Rows.Select(RowLabel)]);
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        plot.Axes.Bottom.TickGenerator = MonthAxis.Placeholder(XLow);
        plot.Grid.YAxisStyle.MajorLineStyle.Color = Color.FromHex("#eef0f2");
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 1;
        plot.XLabel(Note(), 12);
        Legend(plot);
        plot.ShowLegend(Edge.Bottom);
        double yLow = -(Rows.Length - 0.5);
        plot.Axes.SetLimits(XLow, XHigh, yLow, 0.5);

        // Lay out once to learn where the data area is; the lanes of the event lines' labels take its top.
        var first = PlotLayout.DataRect(plot, width, height);
        double perMonth = first.Width / (XHigh - XLow);
        var lanes = Lanes(perMonth, first.Left, first.Right);
        plot.Axes.Bottom.TickGenerator = MonthAxis.Ticks(Timeline.Clock, XLow, XHigh, perMonth);
        var rect = PlotLayout.DataRect(plot, width, height);
        int count = lanes.Count == 0 ? 0 : lanes.Max(l => l.Lane) + 1;
        double lanesHeight = count == 0 ? 0 : (count * LanePixels) + 6;
        double rowPixels = (rect.Height - lanesHeight) / Rows.Length;
        double yHigh = 0.5 + (lanesHeight / rowPixels);
        plot.Axes.SetLimits(XLow, XHigh, yLow, yHigh);
        var lines = lanes.Select(l => new LinePlace(l.Event, l.Text, l.Lane, l.LeftOfLine, rect.Top + 3 + ((l.Lane + 0.5) * LanePixels))).ToList();
        return (plot, new Geometry(rect, XLow, XHigh, yLow, yHigh, rowPixels, lines));
    }

    /// <summary>Puts each event line's label in the first lane where it meets no other, to the right of its line unless that runs off the data area.</summary>
    private List<(TimelineEvent Event, string Text, int Lane, bool LeftOfLine)> Lanes(double perMonth, double left, double right)
    {
        var taken = new List<List<(double From, double To)>>();
        var result = new List<(TimelineEvent, string, int, bool)>();
        foreach (var e in LineEvents)
        {
            string text = Shorten(e.Name ?? e.Id.Value, 56);
            double x = left + ((EventX(e) - XLow) * perMonth), w = text.Length * LabelSize * 0.6;
            bool leftOfLine = x + 4 + w > right;
            double from = leftOfLine ? x - 4 - w : x, to = leftOfLine ? x : x + 4 + w;
            result.Add((e, text, Take(taken, from, to), leftOfLine));
        }

        return result;
    }

    /// <summary>The first lane where a label from one pixel x to another meets no other, a new one while there are fewer than eight, else the lane it overlaps least; the label then takes its place there.</summary>
    private static int Take(List<List<(double From, double To)>> taken, double from, double to)
    {
        int lane = Enumerable.Range(0, taken.Count).FirstOrDefault(k => taken[k].All(t => to + 6 < t.From || from - 6 > t.To), -1);
        if (lane < 0 && taken.Count < MaxLanes)
        {
            taken.Add([]);
            lane = taken.Count - 1;
        }
        else if (lane < 0)
        {
            lane = Enumerable.Range(0, taken.Count).MinBy(k => taken[k].Sum(t => Math.Max(0, Math.Min(to, t.To) - Math.Max(from, t.From))));
        }

        taken[lane].Add((from, to));
        return lane;
    }

    private static int DefaultHeight(Timeline timeline, ImmutableArray<MemberSpan> rows, TimelineLabels labels, int width)
    {
        // The lanes of the event lines' labels, laid out for an estimate of the data area's width.
        var shown = rows.Select(r => r.Actor).ToHashSet();
        var lines = timeline.Triggers.Where(e => !(e.Subject is { } s && shown.Contains(s)) && e.ExitsTriggered.Any(shown.Contains)).ToList();
        int lanes = 0;
        if (lines.Count > 0)
        {
            int margin = rows.Max(r => (labels == TimelineLabels.Ids ? r.Actor.Value : r.Name).Length);
            double area = Math.Max(200, width - 60 - (margin * 7)), perMonth = area / (timeline.LastMonth + 2);
            var taken = new List<List<(double From, double To)>>();
            foreach (var e in lines)
            {
                double from = e.Month * perMonth;
                Take(taken, from, from + 4 + (Shorten(e.Name ?? e.Id.Value, 56).Length * LabelSize * 0.6));
            }

            lanes = taken.Count;
        }

        return (int)Math.Ceiling(Chrome + (rows.Length * RowPixels) + (lanes == 0 ? 0 : (lanes * LanePixels) + 6));
    }

    private static ImmutableArray<MemberSpan> Select(Timeline timeline, Func<MemberSpan, bool>? include)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var rows = include is null ? timeline.Members : [.. timeline.Members.Where(include)];
        if (rows.IsEmpty)
            throw new ArgumentException($"no member of {timeline.Case} is left to draw", nameof(include));
        return rows;
    }

    private static ImmutableArray<MemberSpan> Select(Timeline timeline, IEnumerable<ActorId> actors)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(actors);
        var wanted = actors.ToHashSet();
        var members = timeline.Members.Select(m => m.Actor).ToHashSet();
        if (wanted.Where(a => !members.Contains(a)).Select(a => a.Value).FirstOrDefault() is { } stranger)
            throw new ArgumentException($"{stranger} is not a member of {timeline.Case}", nameof(actors));
        var rows = timeline.Members.Where(m => wanted.Contains(m.Actor)).ToImmutableArray();
        if (rows.IsEmpty)
            throw new ArgumentException($"no member of {timeline.Case} is given to draw", nameof(actors));
        return rows;
    }

    /// <summary>The line under the chart: the span, what a bar is, the exits and how many members are drawn.</summary>
    private string Note()
    {
        var clock = Timeline.Clock;
        int left = Rows.Count(r => r.EndMonth is not null && r.Kind != ExitKind.NotAnExit), unilateral = Rows.Count(r => r.Kind == ExitKind.Unilateral);
        string shown = Rows.Length == Timeline.Members.Length ? $"all {Count(Rows.Length, "member")}" : $"{Rows.Length} of {Timeline.Members.Length} members";
        var more = new List<string>();
        if (RowEvents.Any(e => !InSpan(e)))
            more.Add("faded: events before a member joined or after it left");
        if (!LineEvents.IsEmpty)
            more.Add("dashed lines: events of no member drawn that set off exits");
        return $"{clock.Label(0)} to {clock.Label(Timeline.LastMonth)} · a bar: a member from the month it joined to the month it left · {shown}, {left} left ({unilateral} unilaterally)"
            + (more.Count == 0 ? string.Empty : "\n" + string.Join(" · ", more));
    }

    /// <summary>Legend entries for what is drawn: the bars by role, the exits by kind, the events by group.</summary>
    private void Legend(Plot plot)
    {
        void Add(string label, MarkerShape shape, string fill, string line, float size, float lineWidth = 1) => plot.Legend.ManualItems.Add(new LegendItem
        {
            LabelText = label,
            MarkerShape = shape,
            MarkerFillColor = Color.FromHex(fill),
            MarkerLineColor = Color.FromHex(line),
            MarkerLineWidth = lineWidth,
            MarkerSize = size,
        });

        if (Rows.Any(r => r.IsLeader))
            Add("leader", MarkerShape.FilledSquare, LeaderHex, LeaderHex, 12);
        if (Rows.Any(r => !r.IsLeader && r.IsTroopContributor))
            Add("troop contributor", MarkerShape.FilledSquare, TroopsHex, TroopsHex, 12);
        if (Rows.Any(r => !r.IsLeader && !r.IsTroopContributor))
            Add("member without forces", MarkerShape.FilledSquare, OtherHex, OtherHex, 12);
        var kinds = Rows.Select(ExitKindName).ToHashSet();
        if (kinds.Contains("unilateral"))
            Add("exit: unilateral", MarkerShape.FilledCircle, UnilateralHex, UnilateralHex, (float)ExitSize);
        if (kinds.Contains("scheduled"))
            Add("exit: scheduled", MarkerShape.OpenCircle, "#ffffff", ScheduledHex, (float)ExitSize, 2);
        if (kinds.Contains("unrecorded"))
            Add("left, no reason recorded", MarkerShape.VerticalBar, TextHex, TextHex, 12, 3);
        foreach (int group in RowEvents.Concat(LineEvents).Select(e => Group(e.Kind)).Distinct().Order())
        {
            var (label, hex, shape) = Groups[group];
            Add(label, SvgMarks.Filled(shape), hex, hex, (float)TriggerSize + 1);
        }

        if (RowEvents.Any(e => !e.ExitsTriggered.IsEmpty))
            Add("outlined: an exit names it", MarkerShape.OpenSquare, "#ffffff", TextHex, (float)TriggerSize + 1, 1.5f);
    }

    private string RowLabel(MemberSpan row) => Labels == TimelineLabels.Ids ? row.Actor.Value : Shorten(row.Name, 30);

    /// <summary>The end of a member's bar: the end of the month it left in, or of the last month observed.</summary>
    private double BarEnd(MemberSpan row) => (row.EndMonth ?? Timeline.LastMonth) + 1;

    /// <summary>An event sits in the middle of the month it counts in.</summary>
    private static double EventX(TimelineEvent e) => e.Month + 0.5;

    private static string BarHex(MemberSpan row) => row.IsLeader ? LeaderHex : row.IsTroopContributor ? TroopsHex : OtherHex;

    private static string RoleName(MemberSpan row) => row.IsLeader ? "leader" : row.IsTroopContributor ? "troop-contributor" : "member";

    /// <summary>The kind of a member's leaving as the SVG names it: null when it stayed, <c>unrecorded</c> when it left with no reason recorded.</summary>
    private static string? ExitKindName(MemberSpan row) => row.EndMonth is null ? null : row.Kind is { } k ? KebabCase.Name(k) : "unrecorded";

    /// <summary>True when an event on a row falls within the member's span (events before it joined or after it left are drawn faded).</summary>
    private bool InSpan(TimelineEvent e)
    {
        var row = Rows[_rowOf[e.Subject!]];
        return e.Month >= row.StartMonth && e.Month <= (row.EndMonth ?? Timeline.LastMonth);
    }

    private static int Group(EventKind kind) => kind switch
    {
        EventKind.Election => 0,
        EventKind.Casualties => 1,
        EventKind.HostageCrisis => 2,
        _ => 3,
    };

    private static string ReasonWords(ExitReason reason) => KebabCase.Name(reason).Replace('-', ' ');

    private static void ExitAttributes(StringBuilder s, MemberSpan row, string kind)
    {
        s.Append(" data-exit-kind=\"").Append(kind).Append('"');
        if (row.Reason is { } reason)
            s.Append(" data-reason=\"").Append(KebabCase.Name(reason)).Append('"');
    }

    private void TriggerOpen(StringBuilder s, TimelineEvent e, string placement)
    {
        s.Append("<g class=\"timeline-trigger ").Append(placement).Append("\" data-event=\"").Append(X(e.Id.Value)).Append("\" data-kind=\"").Append(KebabCase.Name(e.Kind))
            .Append("\" data-month=\"").Append(Timeline.Clock.Label(e.Month)).Append('"');
        if (e.Subject is { } subject)
            s.Append(" data-actor=\"").Append(X(subject.Value)).Append('"');
        s.Append(" data-exits=\"").AppendJoin(' ', e.ExitsTriggered.Select(a => X(a.Value))).Append("\"><title>").Append(X(EventTooltip(e))).Append("</title>");
    }

    private string RowTooltip(MemberSpan row)
    {
        var text = new StringBuilder().Append(row.Name).Append(" (").Append(row.Actor).Append(')');
        if (!row.Roles.IsEmpty)
            text.Append(": ").AppendJoin(", ", row.Roles.Select(r => KebabCase.Name(r)));
        text.Append('\n').Append(row.Joined is { } j ? $"joined {j}" : "no joining date (counted from the start)").Append(", ")
            .Append(row.Left is { } l ? $"left {l}" : $"still a member in {Timeline.Clock.Label(Timeline.LastMonth)}");
        if (row.PeakTroops is { } peak)
            text.Append("; peak troops ").Append(peak.ToString("0.##", CultureInfo.InvariantCulture));
        if (row.Deaths is { } deaths)
            text.Append("; deaths ").Append(deaths.ToString(CultureInfo.InvariantCulture));
        if (row.EndMonth is not null)
            text.Append('\n').Append(ExitTooltip(row));
        return text.ToString();
    }

    private string ExitTooltip(MemberSpan row)
    {
        var text = new StringBuilder().Append(row.Actor).Append(" left ").Append(Timeline.Clock.Label(row.EndMonth!.Value)).Append(": ");
        text.Append(row.Reason is { } reason ? ReasonWords(reason) : "no reason recorded");
        text.Append(row.Kind switch
        {
            ExitKind.Unilateral => " (unilateral)",
            ExitKind.Scheduled => " (scheduled)",
            ExitKind.NotAnExit => " (not an exit: censored)",
            _ => string.Empty,
        });
        if (row.Announced is { } announced)
            text.Append(", announced ").Append(announced);
        if (row.Event is { } e)
            text.Append(", set off by ").Append(e);
        return text.ToString();
    }

    private static string EventTooltip(TimelineEvent e)
    {
        var text = new StringBuilder().Append(e.Name ?? e.Id.Value).Append(" (").Append(KebabCase.Name(e.Kind)).Append(", ").Append(e.Date).Append(')');
        if (e.Subject is { } subject)
            text.Append(": ").Append(subject);
        if (e.Deaths is { } deaths)
            text.Append(", ").Append(Count(deaths, "death"));
        if (e.GovernmentChanged == true)
            text.Append(", the government changed");
        if (!e.ExitsTriggered.IsEmpty)
            text.Append("\nset off the exit of ").AppendJoin(", ", e.ExitsTriggered);
        return text.ToString();
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    private static string N(double value) => SvgDocument.Number(value);

    private static string X(string text) => SvgDocument.Escape(text);

    private static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
