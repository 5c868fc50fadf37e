using System.Globalization;
using System.Text;
using ScottPlot;
using Willing.Networks;
using Willing.Networks.Cases;
using Willing.Networks.Metrics;

namespace Willing.Reports.Charts;

/// <summary>
/// A case's coordination network drawn: a circle per actor, coloured by its kind (state, IGO, NGO or
/// network, firm, person, other), as large as its degree or betweenness, filled for a member and
/// outlined for everyone else (prospects, opponents, beneficiaries, targets); a line per link, as wide
/// as the number of ties and shared events, bodies and lists behind it; each actor's id beside it.
/// </summary>
/// <remarks>
/// The layout is <see cref="NetworkLayout"/>'s, from <see cref="Seed"/>: the same network and seed
/// give the same picture. The SVG draws the network itself over ScottPlot's title, note and legend
/// (<see cref="Chart"/>, as decision 0008): each actor is a <c>g.network-node</c> (<c>.member</c> or
/// <c>.non-member</c>) with <c>data-actor</c>, <c>data-kind</c> and <c>data-standing</c>, each link a
/// <c>line.network-link</c> with <c>data-a</c>, <c>data-b</c> and <c>data-weight</c>, and their
/// <c>title</c>s say what they rest on. The PNG draws the same layout with ScottPlot. Decision 0012.
/// </remarks>
public sealed class NetworkChart : Chart
{
    private const string TextHex = "#1d1f23";
    private const string LinkHex = "#5f6368";
    private const double LabelSize = 10.5;
    private const double MinRadius = 4;
    private const double MaxRadius = 14;
    private const double NonMemberStroke = 2.5;

    private readonly Graph _graph;
    private readonly double[] _sizes;
    private readonly int[] _degrees;

    /// <summary>The drawing of a network.</summary>
    /// <param name="network">The network; it may have no links, but not no actors.</param>
    /// <param name="name">A file-name stem, unique within a report; by default <c>network-CASE</c>.</param>
    /// <param name="title">The title; by default "Coordination network: CASE".</param>
    /// <param name="seed">The seed of the layout.</param>
    /// <param name="size">What a node's size shows.</param>
    /// <param name="width">The default width in pixels.</param>
    /// <param name="height">The default height in pixels.</param>
    /// <exception cref="ArgumentException">The network has no actors.</exception>
    public NetworkChart(
        CoordinationNetwork network, string? name = null, string? title = null, int seed = 1, NetworkNodeSize size = NetworkNodeSize.Degree, int width = 760, int height = 620)
        : base(name ?? $"network-{network?.Case}", title ?? $"Coordination network: {network?.Case}", width, height)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (network.Nodes.IsEmpty)
            throw new ArgumentException($"the coordination network of {network.Case} has no actors to draw", nameof(network));
        Network = network;
        Seed = seed;
        NodeSize = size;
        Summary = NetworkSummary.Of(network);
        _graph = network.ToGraph(weighted: true);
        _degrees = Degrees.Degree(_graph);
        _sizes = size == NetworkNodeSize.Degree ? [.. _degrees.Select(d => (double)d)] : ShortestPaths.Betweenness(_graph, threads: 1);
    }

    /// <summary>The network drawn.</summary>
    public CoordinationNetwork Network { get; }

    /// <summary>The seed of the layout.</summary>
    public int Seed { get; }

    /// <summary>What a node's size shows.</summary>
    public NetworkNodeSize NodeSize { get; }

    /// <summary>The network's size and shape (nodes, links, density, degree centralization).</summary>
    public NetworkSummary Summary { get; }

    /// <summary>The network in words: its size, its centralization and its most connected actors.</summary>
    public override string Description
    {
        get
        {
            int members = Network.Nodes.Count(n => n.IsMember);
            var top = Enumerable.Range(0, _graph.NodeCount).Where(v => _degrees[v] > 0).OrderByDescending(v => _degrees[v]).ThenBy(v => v).Take(5)
                .Select(v => $"{_graph.Nodes[v].Id} ({_degrees[v]})").ToList();
            var text = new StringBuilder()
                .Append("A coordination network of ").Append(Count(Summary.Nodes, "actor")).Append(" (").Append(members).Append(members == 1 ? " member" : " members")
                .Append(") and ").Append(Count(Summary.Links, "link")).Append(" in ").Append(Count(Summary.Components, "component")).Append("; degree centralization ")
                .Append(Summary.DegreeCentralization is { } c ? ReportText.Number(c) : "undefined").Append(". Members are filled circles, other actors outlined; ")
                .Append("a circle's size is its ").Append(SizeWord).Append(", a line's width the number of ties and shared events, bodies and lists behind it.");
            if (top.Count > 0)
                text.Append(" Most linked: ").AppendJoin(", ", top).Append('.');
            return text.ToString();
        }
    }

    private string SizeWord => NodeSize == NetworkNodeSize.Degree ? "degree" : "betweenness";

    /// <inheritdoc />
    private protected override Plot Build(int width, int height)
    {
        var (plot, scene) = Frame(width, height);
        foreach (var link in scene.Links)
        {
            var line = plot.Add.Line(At(link.From), At(link.To));
            line.Color = Color.FromHex(LinkHex).WithAlpha(0.55);
            line.LineWidth = (float)link.Width;
            line.MarkerSize = 0;
        }

        foreach (var node in scene.Nodes)
        {
            // A filled circle has no outline in ScottPlot, so the outline is an open circle over it.
            plot.Add.Marker(At(node.At), MarkerShape.FilledCircle, (float)(2 * node.Radius), Color.FromHex(node.Fill));
            var outline = plot.Add.Marker(At(node.At), MarkerShape.OpenCircle, (float)(2 * node.Radius), Color.FromHex(node.Stroke));
            outline.MarkerLineWidth = (float)node.StrokeWidth;
        }

        foreach (var label in scene.Labels)
        {
            if (label.Placement.LeaderFromX is { } lx && label.Placement.LeaderFromY is { } ly)
            {
                var leader = plot.Add.Line(At(label.Node.At), At(new NetworkLayout.Point(lx, ly)));
                leader.Color = Colors.Gray.WithAlpha(0.7);
                leader.LineWidth = 1;
                leader.MarkerSize = 0;
            }

            var box = label.Placement.Box;
            ChartStyle.Text(plot, label.Node.Actor.Id, box.CenterX, -box.CenterY, (float)LabelSize, Color.FromHex(TextHex), Alignment.MiddleCenter);
        }

        return plot;
    }

    /// <inheritdoc />
    private protected override Plot BuildSvg(int width, int height, StringBuilder overlay)
    {
        var (plot, scene) = Frame(width, height);
        var s = overlay;
        s.Append("<g class=\"network\" data-case=\"").Append(X(Network.Case.Value)).Append("\" data-seed=\"").Append(Seed.ToString(CultureInfo.InvariantCulture))
            .Append("\" font-family=\"").Append(ChartStyle.SvgFontFamily).Append("\">\n<g class=\"network-links\">\n");
        foreach (var link in scene.Links)
        {
            s.Append("<line class=\"network-link\" data-a=\"").Append(X(link.Link.A)).Append("\" data-b=\"").Append(X(link.Link.B)).Append("\" data-weight=\"").Append(link.Link.Weight)
                .Append("\" x1=\"").Append(N(link.From.X)).Append("\" y1=\"").Append(N(link.From.Y)).Append("\" x2=\"").Append(N(link.To.X)).Append("\" y2=\"").Append(N(link.To.Y))
                .Append("\" stroke=\"").Append(LinkHex).Append("\" stroke-opacity=\"0.55\" stroke-width=\"").Append(N(link.Width)).Append("\" stroke-linecap=\"round\">")
                .Append("<title>").Append(X(LinkTooltip(link.Link))).Append("</title></line>\n");
        }

        s.Append("</g>\n<g class=\"network-nodes\">\n");
        foreach (var node in scene.Nodes)
        {
            var a = node.Actor;
            s.Append("<g class=\"network-node ").Append(a.IsMember ? "member" : "non-member").Append("\" data-actor=\"").Append(X(a.Id)).Append("\" data-kind=\"").Append(X(a.Kind))
                .Append("\" data-standing=\"").Append(X(a.Standing)).Append("\"><title>").Append(X(NodeTooltip(node))).Append("</title>")
                .Append("<circle cx=\"").Append(N(node.At.X)).Append("\" cy=\"").Append(N(node.At.Y)).Append("\" r=\"").Append(N(node.Radius)).Append("\" fill=\"").Append(node.Fill)
                .Append("\" stroke=\"").Append(node.Stroke).Append("\" stroke-width=\"").Append(N(node.StrokeWidth)).Append("\"/></g>\n");
        }

        s.Append("</g>\n<g class=\"network-labels\">\n");
        foreach (var label in scene.Labels)
        {
            var p = label.Placement;
            if (p.LeaderFromX is { } lx && p.LeaderFromY is { } ly)
            {
                s.Append("<path d=\"M").Append(N(label.Node.At.X)).Append(' ').Append(N(label.Node.At.Y)).Append(" L").Append(N(lx)).Append(' ').Append(N(ly))
                    .Append("\" stroke=\"#808080\" stroke-opacity=\"0.7\" stroke-width=\"1\"/>");
            }

            // No dominant-baseline (renderers disagree on it): the baseline sits about 0.35 em below the line's centre.
            s.Append("<text class=\"network-label\" x=\"").Append(N(p.Box.CenterX)).Append("\" y=\"").Append(N(p.Box.CenterY + (LabelSize * 0.35))).Append("\" font-size=\"")
                .Append(N(LabelSize)).Append("\" text-anchor=\"middle\" fill=\"").Append(TextHex).Append("\">").Append(X(label.Node.Actor.Id)).Append("</text>\n");
        }

        s.Append("</g>\n</g>\n");
        return plot;
    }

    /// <summary>A pixel of the layout (y downwards) as a plot coordinate: the axes run over the data area's pixels, y negated.</summary>
    private static Coordinates At(NetworkLayout.Point p) => new(p.X, -p.Y);

    private sealed record NodePlace(CaseActor Actor, NetworkLayout.Point At, double Radius, string Fill, string Stroke, double StrokeWidth, double Value);

    private sealed record LinkPlace(CaseLink Link, NetworkLayout.Point From, NetworkLayout.Point To, double Width);

    private sealed record LabelPlace(NodePlace Node, LabelPlacer.Placement Placement);

    private sealed record Scene(List<NodePlace> Nodes, List<LinkPlace> Links, List<LabelPlace> Labels);

    /// <summary>The title, the note under the drawing and the legend, with the network laid out in the data area.</summary>
    private (Plot Plot, Scene Scene) Frame(int width, int height)
    {
        var plot = ChartStyle.NewPlot();
        plot.Title(Title);
        plot.HideGrid();
        plot.Axes.Left.IsVisible = false;
        plot.Axes.Right.IsVisible = false;
        plot.Axes.Top.IsVisible = false;
        foreach (var axis in (IAxis[])[plot.Axes.Left, plot.Axes.Right, plot.Axes.Top, plot.Axes.Bottom])
            axis.FrameLineStyle.Width = 0;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        plot.XLabel(Note(), 12);
        Legend(plot);
        plot.ShowLegend(Edge.Bottom);

        // Render once to learn where the data area is; the layout is in its pixels.
        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.RenderInMemory(width, height);
        var rect = plot.LastRender.DataRect;
        var area = new LabelPlacer.Box(rect.Left, rect.Top, rect.Right, rect.Bottom);
        plot.Axes.SetLimits(rect.Left, rect.Right, -rect.Bottom, -rect.Top);
        return (plot, Lay(area));
    }

    /// <summary>The line under the drawing: the numbers and what the sizes mean.</summary>
    private string Note() =>
        $"{Count(Summary.Nodes, "actor")} · {Count(Summary.Links, "link")} · degree centralization "
        + $"{(Summary.DegreeCentralization is { } c ? ReportText.Number(c) : "–")} · layout seed {Seed.ToString(CultureInfo.InvariantCulture)}\n"
        + $"size: {SizeWord} · width: the ties and shared events, bodies and lists behind a link";

    /// <summary>A legend entry per kind drawn, then how members and the others are told apart.</summary>
    private void Legend(Plot plot)
    {
        var groups = Network.Nodes.Select(n => ChartStyle.ActorKindGroup(n.Kind)).Distinct().Order();
        foreach (int g in groups)
        {
            var (label, hex) = ChartStyle.ActorKinds[g];
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = label,
                MarkerShape = MarkerShape.FilledCircle,
                MarkerFillColor = Color.FromHex(hex),
                MarkerLineColor = Color.FromHex(hex),
                MarkerSize = 11,
            });
        }

        plot.Legend.ManualItems.Add(new LegendItem
        {
            LabelText = "member (filled)",
            MarkerShape = MarkerShape.FilledCircle,
            MarkerFillColor = Color.FromHex(TextHex),
            MarkerLineColor = Color.FromHex(TextHex),
            MarkerSize = 11,
        });
        var others = Network.Nodes.Where(n => !n.IsMember).Select(n => n.Standing == "none" ? "no role" : n.Standing).Distinct(StringComparer.Ordinal).ToList();
        if (others.Count > 0)
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = $"outlined: {string.Join(", ", others)}",
                MarkerShape = MarkerShape.OpenCircle,
                MarkerLineColor = Color.FromHex(TextHex),
                MarkerLineWidth = 2,
                MarkerSize = 11,
            });
        }
    }

    /// <summary>Where everything goes in the data area, in its pixels.</summary>
    private Scene Lay(LabelPlacer.Box area)
    {
        var layout = NetworkLayout.Compute(_graph, area, Seed, MaxRadius + NonMemberStroke + 2);
        double max = _sizes.Length == 0 ? 0 : _sizes.Max();
        double high = Math.Clamp(0.42 * layout.Unit, 2 * MinRadius, MaxRadius), low = Math.Min(MinRadius, high / 2);
        var nodes = new List<NodePlace>(_graph.NodeCount);
        for (int v = 0; v < _graph.NodeCount; v++)
        {
            var actor = Network.Node(_graph.Nodes[v].Id);
            string hex = ChartStyle.ActorKinds[ChartStyle.ActorKindGroup(actor.Kind)].Hex;

            // The area, not the radius, grows with the value; crowded layouts draw smaller circles.
            double radius = max > 0 ? low + ((high - low) * Math.Sqrt(_sizes[v] / max)) : low + 1;
            nodes.Add(actor.IsMember
                ? new NodePlace(actor, layout.Positions[v], radius, hex, "#ffffff", 1, _sizes[v])
                : new NodePlace(actor, layout.Positions[v], radius, "#ffffff", hex, NonMemberStroke, _sizes[v]));
        }

        var links = Network.Links
            .Select(l => new LinkPlace(l, layout.Positions[_graph.IndexOf(l.A)], layout.Positions[_graph.IndexOf(l.B)], Math.Min(8, 0.6 + (1.2 * Math.Sqrt(l.Weight)))))
            .ToList();
        var placements = LabelPlacer.Place([.. nodes.Select(n => (n.At.X, n.At.Y, n.Actor.Id))], area, [], LabelSize, radii: [.. nodes.Select(n => n.Radius + 1)]);
        return new Scene(nodes, links, [.. nodes.Zip(placements, (n, p) => new LabelPlace(n, p))]);
    }

    private string NodeTooltip(NodePlace node)
    {
        var a = node.Actor;
        int v = _graph.IndexOf(a.Id);
        string value = NodeSize == NetworkNodeSize.Betweenness ? $", betweenness {ReportText.Number(node.Value)}" : string.Empty;
        return $"{a.Name} ({a.Id})\n{a.Kind}, {a.Standing}; degree {_degrees[v]}{value}";
    }

    private static string LinkTooltip(CaseLink link) =>
        $"{link.A} – {link.B}: {Count(link.Weight, "basis", "bases")}\n" + string.Join("\n", link.Bases.Select(b => $"{b.Origin} {b.Label}"));

    private static string N(double value) => SvgDocument.Number(value);

    private static string X(string text) => SvgDocument.Escape(text);

    private static string Count(int n, string word, string? plural = null) => n == 1 ? $"1 {word}" : $"{n} {plural ?? word + "s"}";
}
