using System.Text;
using ScottPlot;
using Willing.Core.Model;

namespace Willing.Reports.Charts;

/// <summary>
/// The lineage of the case base as a directed diagram (Cooper 2005, §3: the Gulf War 1991 and Kosovo
/// 1999 behind Iraq 2003): a box per case, left to right by the start year of its period on a time
/// axis, an arrow from each antecedent to the coalition that names it, labelled with the relation
/// and the lesson drawn, shortened. Antecedents named but not in the case base are dashed boxes in
/// a column of their own, left of the axis.
/// </summary>
/// <remarks>
/// The SVG draws the diagram itself over ScottPlot's title and time axis (<see cref="Chart"/>): each
/// case is a <c>g.lineage-node</c> (<c>.undeclared</c> when not in the case base) and each link a
/// <c>g.lineage-link</c>, whose <c>title</c> gives the whole lesson and its sources as a tooltip.
/// The PNG draws the same layout with ScottPlot.
/// </remarks>
public sealed class LineageChart : Chart
{
    private const int DefaultWidth = 1100;
    private const double Chrome = 104;
    private static readonly Color Arrow = Color.FromHex(ArrowHex);
    private const string ArrowHex = "#3d4248";
    private const string TextHex = "#1d1f23";
    private const string UndeclaredFillHex = "#f5f6f8";

    /// <summary>The lineage diagram of a graph, 1100 pixels wide, as tall as its rows need.</summary>
    /// <param name="graph">A graph with at least one link.</param>
    /// <param name="name">A file-name stem, unique within a report.</param>
    /// <param name="title">The title.</param>
    /// <exception cref="ArgumentException">The graph has no links.</exception>
    public LineageChart(LineageGraph graph, string name = "lineage", string title = "Lineage: each coalition's antecedents, by the year it began")
        : base(name, title, DefaultWidth, DefaultHeight(graph))
    {
        Graph = graph;
    }

    /// <summary>The graph drawn.</summary>
    public LineageGraph Graph { get; }

    /// <summary>Every link in words, earliest first: the cases with their start years, the relation and the lesson.</summary>
    public override string Description
    {
        get
        {
            var text = new StringBuilder();
            text.Append("A directed diagram of ").Append(Count(Graph.Nodes.Length, "case")).Append(" and ").Append(Count(Graph.Links.Length, "antecedent link"))
                .Append(", left to right by the year each case began; each arrow runs from the antecedent to the coalition that names it.");
            foreach (var link in Graph.Links)
            {
                text.Append(' ').Append(Named(Graph.Node(link.Earlier))).Append(" → ").Append(Named(Graph.Node(link.Later))).Append(": ")
                    .Append(KebabCase.Name(link.Relation)).Append(link.Antecedent.Provenance.IsReading ? " (the paper's reading)" : string.Empty)
                    .Append(link.Antecedent.Lesson is { } lesson ? $", “{lesson}”" : string.Empty).Append('.');
            }

            return text.ToString();

            static string Named(LineageNode n) => n.Start is { } s ? $"{n.Case} ({s.Year})" : $"{n.Case} (not in the case base)";
        }
    }

    /// <inheritdoc />
    private protected override Plot Build(int width, int height)
    {
        var (plot, layout, px) = Frame(width, height);
        foreach (var node in layout.Nodes)
            DrawNode(plot, px, node);
        foreach (var link in layout.Links)
            DrawLink(plot, px, link);
        return plot;
    }

    /// <inheritdoc />
    private protected override Plot BuildSvg(int width, int height, StringBuilder overlay)
    {
        var (plot, layout, _) = Frame(width, height);
        overlay.Append("<g class=\"lineage\" font-family=\"").Append(ChartStyle.SvgFontFamily).Append("\">\n");
        foreach (var node in layout.Nodes)
            SvgNode(overlay, node);
        foreach (var link in layout.Links)
            SvgLink(overlay, link);
        overlay.Append("</g>\n");
        return plot;
    }

    private static int DefaultHeight(LineageGraph graph)
    {
        if (graph.IsEmpty)
            throw new ArgumentException("a lineage needs at least one antecedent link", nameof(graph));

        // The plot area is about the chart's width less its side padding.
        return (int)Math.Ceiling(Chrome + LineageLayout.AreaHeight(LineageLayout.RowsFor(graph, DefaultWidth - 40)));
    }

    /// <summary>The title and time axis, with the diagram laid out in the data area; pixels are turned into plot coordinates by <c>px</c>.</summary>
    private (Plot Plot, LineageLayout Layout, Pixels Px) Frame(int width, int height)
    {
        var plot = ChartStyle.NewPlot();
        plot.Title(Title);
        plot.Axes.Left.IsVisible = false;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Left.FrameLineStyle.Width = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.XLabel("the year each case's period began", 13);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0], ["2000"]);
        plot.Axes.SetLimits(-1, 1, 0, 1);

        // Render once to learn where the data area is; the layout is in its pixels.
        plot.RenderInMemory(width, height);
        var rect = plot.LastRender.DataRect;
        var layout = LineageLayout.Compute(Graph, new LabelPlacer.Box(rect.Left, rect.Top, rect.Right, rect.Bottom));
        double left = layout.XYear(rect.Left), right = layout.XYear(rect.Right);
        plot.Axes.SetLimits(left, right, 0, rect.Height);
        plot.Axes.Bottom.TickGenerator = YearTicks(layout, Math.Max(left, layout.XYear(layout.UndatedRight)), right);
        return (plot, layout, new Pixels(rect.Bottom, layout));
    }

    /// <summary>Ticks on round years, as many as fit, and "undated" under the column of cases not in the case base.</summary>
    private static ScottPlot.TickGenerators.NumericManual YearTicks(LineageLayout layout, double from, double to)
    {
        int step = ((int[])[1, 2, 5, 10, 20, 25, 50, 100, 250, 500, 1000]).FirstOrDefault(s => s * layout.PixelsPerYear >= 48, 1000);
        var positions = new List<double>();
        var labels = new List<string>();
        if (layout.UndatedX is { } u)
        {
            positions.Add(layout.XYear(u));
            labels.Add("undated");
        }

        for (int year = (int)Math.Ceiling(from / step) * step; year <= to; year += step)
        {
            positions.Add(year);
            labels.Add(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return new ScottPlot.TickGenerators.NumericManual([.. positions], [.. labels]);
    }

    /// <summary>Turns the layout's pixels into plot coordinates: x in years, y in pixels up from the bottom of the data area.</summary>
    private readonly record struct Pixels(double Bottom, LineageLayout Layout)
    {
        public Coordinates At(double x, double y) => new(Layout.XYear(x), Bottom - y);

        public Coordinates At(LineageLayout.Point p) => At(p.X, p.Y);
    }

    private static string BorderHex(LineageLayout.NodePlace node) =>
        !node.Node.InCaseBase ? ChartStyle.MutedHex : node.Node.Classification is { } c ? ChartStyle.ModelHex(c.Model) : ChartStyle.MutedHex;

    /// <summary>The text baselines of a box's two lines (id, then detail), centred on the box.</summary>
    private static (double Id, double Detail) LineCentres(LabelPlacer.Box box)
    {
        double idHeight = LineageLayout.IdSize * LineageLayout.LineHeight, detailHeight = LineageLayout.SmallSize * LineageLayout.LineHeight;
        double top = box.CenterY - ((idHeight + detailHeight) / 2);
        return (top + (idHeight / 2), top + idHeight + (detailHeight / 2));
    }

    private static void DrawNode(Plot plot, Pixels px, LineageLayout.NodePlace node)
    {
        var b = node.Box;
        var rect = plot.Add.Rectangle(new CoordinateRect(px.At(b.Left, b.Bottom), px.At(b.Right, b.Top)));
        rect.FillColor = node.Node.InCaseBase ? Colors.White : Color.FromHex(UndeclaredFillHex);
        rect.LineColor = Color.FromHex(BorderHex(node));
        rect.LineWidth = 2;
        if (!node.Node.InCaseBase)
            rect.LinePattern = LinePattern.Dashed;
        var (idY, detailY) = LineCentres(b);
        var id = px.At(b.CenterX, idY);
        ChartStyle.Text(plot, node.Node.Case.Value, id.X, id.Y, (float)LineageLayout.IdSize, Color.FromHex(TextHex), Alignment.MiddleCenter);
        var detail = px.At(b.CenterX, detailY);
        var text = ChartStyle.Text(plot, node.Detail, detail.X, detail.Y, (float)LineageLayout.SmallSize, ChartStyle.Muted, Alignment.MiddleCenter);
        text.LabelItalic = !node.Node.InCaseBase;
    }

    private static void DrawLink(Plot plot, Pixels px, LineageLayout.LinkPlace link)
    {
        var line = plot.Add.ScatterLine(link.Path.Select(p => px.At(p).X).ToArray(), link.Path.Select(p => px.At(p).Y).ToArray());
        line.Color = Arrow;
        line.LineWidth = 2;
        line.MarkerSize = 0;
        var head = plot.Add.Polygon([.. link.Head.Select(px.At)]);
        head.FillColor = Arrow;
        head.LineWidth = 0;
        var label = link.Label;
        if (label.LeaderFromX is { } lx && label.LeaderFromY is { } ly)
        {
            var leader = plot.Add.Line(px.At(link.Anchor), px.At(lx, ly));
            leader.Color = Colors.Gray.WithAlpha(0.7);
            leader.LineWidth = 1;
            leader.MarkerSize = 0;
        }

        for (int i = 0; i < link.Lines.Length; i++)
        {
            var at = px.At(label.Box.CenterX, LabelLineCentre(label.Box, i));
            ChartStyle.Text(plot, link.Lines[i], at.X, at.Y, (float)LineageLayout.SmallSize, i == 0 ? Color.FromHex(TextHex) : ChartStyle.Muted, Alignment.MiddleCenter);
        }
    }

    private static double LabelLineCentre(LabelPlacer.Box box, int line) => box.Top + ((line + 0.5) * LineageLayout.SmallSize * LineageLayout.LineHeight);

    private static void SvgNode(StringBuilder s, LineageLayout.NodePlace node)
    {
        var b = node.Box;
        var (idY, detailY) = LineCentres(b);
        s.Append("<g class=\"lineage-node").Append(node.Node.InCaseBase ? string.Empty : " undeclared").Append("\" data-case=\"").Append(X(node.Node.Case.Value))
            .Append("\" data-row=\"").Append(node.Row).Append("\">")
            .Append("<title>").Append(X(NodeTooltip(node.Node))).Append("</title>")
            .Append("<rect x=\"").Append(N(b.Left)).Append("\" y=\"").Append(N(b.Top)).Append("\" width=\"").Append(N(b.Right - b.Left)).Append("\" height=\"").Append(N(b.Bottom - b.Top))
            .Append("\" fill=\"").Append(node.Node.InCaseBase ? "#ffffff" : UndeclaredFillHex).Append("\" stroke=\"").Append(BorderHex(node)).Append("\" stroke-width=\"2\"")
            .Append(node.Node.InCaseBase ? string.Empty : " stroke-dasharray=\"6 4\"").Append("/>");
        SvgText(s, node.Node.Case.Value, b.CenterX, idY, LineageLayout.IdSize, TextHex, italic: false);
        SvgText(s, node.Detail, b.CenterX, detailY, LineageLayout.SmallSize, ChartStyle.MutedHex, italic: !node.Node.InCaseBase);
        s.Append("</g>\n");
    }

    private static void SvgLink(StringBuilder s, LineageLayout.LinkPlace link)
    {
        string path = "M" + string.Join(" L", link.Path.Select(p => $"{N(p.X)} {N(p.Y)}"));
        s.Append("<g class=\"lineage-link\" data-from=\"").Append(X(link.Link.Earlier.Value)).Append("\" data-to=\"").Append(X(link.Link.Later.Value))
            .Append("\" data-relation=\"").Append(KebabCase.Name(link.Link.Relation)).Append("\">")
            .Append("<title>").Append(X(LinkTooltip(link.Link))).Append("</title>")
            .Append("<path class=\"lineage-arrow\" d=\"").Append(path).Append("\" fill=\"none\" stroke=\"").Append(ArrowHex).Append("\" stroke-width=\"2\"/>")
            .Append("<path class=\"lineage-head\" d=\"M").Append(string.Join(" L", link.Head.Select(p => $"{N(p.X)} {N(p.Y)}"))).Append(" Z\" fill=\"").Append(ArrowHex).Append("\"/>")

            // A wide, invisible stroke over the thin line, so that the tooltip comes up without aiming at two pixels.
            .Append("<path d=\"").Append(path).Append("\" fill=\"none\" stroke=\"#000000\" stroke-opacity=\"0\" stroke-width=\"12\"/>");
        var label = link.Label;
        if (label.LeaderFromX is { } lx && label.LeaderFromY is { } ly)
        {
            s.Append("<path d=\"M").Append(N(link.Anchor.X)).Append(' ').Append(N(link.Anchor.Y)).Append(" L").Append(N(lx)).Append(' ').Append(N(ly))
                .Append("\" stroke=\"#808080\" stroke-opacity=\"0.7\" stroke-width=\"1\"/>");
        }

        // An invisible box behind the label, so that the tooltip comes up over it too.
        s.Append("<rect x=\"").Append(N(label.Box.Left)).Append("\" y=\"").Append(N(label.Box.Top)).Append("\" width=\"").Append(N(label.Box.Right - label.Box.Left))
            .Append("\" height=\"").Append(N(label.Box.Bottom - label.Box.Top)).Append("\" fill=\"#ffffff\" fill-opacity=\"0\"/>");
        for (int i = 0; i < link.Lines.Length; i++)
            SvgText(s, link.Lines[i], label.Box.CenterX, LabelLineCentre(label.Box, i), LineageLayout.SmallSize, i == 0 ? TextHex : ChartStyle.MutedHex, italic: false);
        s.Append("</g>\n");
    }

    private static void SvgText(StringBuilder s, string text, double x, double centreY, double size, string colour, bool italic)
    {
        // No dominant-baseline (renderers disagree on it): the baseline sits about 0.35 em below the line's centre.
        s.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(centreY + (size * 0.35))).Append("\" font-size=\"").Append(N(size))
            .Append("\" text-anchor=\"middle\" fill=\"").Append(colour).Append('"').Append(italic ? " font-style=\"italic\"" : string.Empty).Append('>')
            .Append(X(text)).Append("</text>");
    }

    /// <summary>A case's tooltip: its name, id, period and model, or that the case base does not hold it.</summary>
    private static string NodeTooltip(LineageNode node)
    {
        if (node.Coalition is not { } c)
            return $"{node.Case}: named as an antecedent, but not a case in this case base";
        string model = node.Classification is { } k ? $"\n{ReportText.ModelAndCell(k)}" : string.Empty;
        return $"{c.Name} ({c.Id})\n{ReportText.Period(c.Period)}{model}";
    }

    /// <summary>A link's tooltip: the cases, the relation, the whole lesson and the sources with where in them.</summary>
    private static string LinkTooltip(LineageLink link)
    {
        var p = link.Antecedent.Provenance;
        var text = new StringBuilder().Append(link.Earlier).Append(" → ").Append(link.Later).Append(": ").Append(KebabCase.Name(link.Relation));
        if (p.IsReading)
            text.Append(" (the paper's reading, not evidence about the cases)");
        if (link.Antecedent.Lesson is { } lesson)
            text.Append('\n').Append(lesson);
        if (!p.Sources.IsEmpty)
            text.Append("\nSources: ").AppendJoin(", ", p.Sources.Select(s => p.LocatorOf(s) is { } at ? $"{s} {at}" : s.Value));
        return text.ToString();
    }

    private static string N(double value) => SvgDocument.Number(value);

    private static string X(string text) => SvgDocument.Escape(text);

    private static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
