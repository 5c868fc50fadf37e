using System.Collections.Immutable;
using Willing.Core.Model;

namespace Willing.Reports.Charts;

/// <summary>
/// Where the lineage chart draws everything, in pixels (y growing downwards): a box per case, centred
/// on the start year of its period on a linear time axis; an arrow per link, bent round the boxes in
/// its way; and a label per arrow placed by <see cref="LabelPlacer"/> clear of the boxes, the arrows
/// and the other labels.
/// </summary>
/// <remarks>
/// Cases not in the case base have no period; they stand in one column left of the time axis.
/// Each connected part of the graph has its own band of rows; within it a case takes the row of an
/// antecedent when there is room, else the first row where its box clears the others. Pure: the
/// same graph and area give the same layout.
/// </remarks>
internal sealed class LineageLayout
{
    /// <summary>The font size of a case's id.</summary>
    public const double IdSize = 12;

    /// <summary>The font size of the line under it (start and model), and of the arrow labels.</summary>
    public const double SmallSize = 11;

    /// <summary>The height of a text line, per point of font size (as <see cref="LabelPlacer"/> counts).</summary>
    public const double LineHeight = 1.3;

    /// <summary>The longest lesson an arrow's label shows before it is shortened.</summary>
    public const int LessonLength = 36;

    /// <summary>The room above the first row, for arrows bent over the boxes in their way (upwards first) and their labels.</summary>
    public const double TopMargin = 92;

    /// <summary>The room below the last row.</summary>
    public const double BottomMargin = 64;

    /// <summary>The distance between the centres of two rows.</summary>
    public const double RowGap = 112;

    private const double PadX = 8;
    private const double PadY = 5;
    private const double Margin = 8;
    private const double ColumnGap = 56;
    private const double NodeGap = 20;
    private const double BendStep = 26;
    private const int Bends = 8;
    private const double HeadLength = 10;
    private const double HeadHalfWidth = 4.5;
    private const double FallbackPixelsPerYear = 80;

    private LineageLayout(
        ImmutableArray<NodePlace> nodes, ImmutableArray<LinkPlace> links, int firstYear, double firstYearX, double pixelsPerYear, double? undatedX, double undatedRight, int rows)
    {
        Nodes = nodes;
        Links = links;
        FirstYear = firstYear;
        FirstYearX = firstYearX;
        PixelsPerYear = pixelsPerYear;
        UndatedX = undatedX;
        UndatedRight = undatedRight;
        Rows = rows;
    }

    /// <summary>A point in pixels.</summary>
    public readonly record struct Point(double X, double Y);

    /// <summary>Where one case is drawn.</summary>
    /// <param name="Node">The case.</param>
    /// <param name="Box">Its box.</param>
    /// <param name="Detail">The line under its id: the start and model, or that it is not in the case base.</param>
    /// <param name="Row">Its row, counted from the top.</param>
    public sealed record NodePlace(LineageNode Node, LabelPlacer.Box Box, string Detail, int Row);

    /// <summary>Where one link is drawn.</summary>
    /// <param name="Link">The link.</param>
    /// <param name="Path">The arrow's line, from the earlier box to the foot of the head.</param>
    /// <param name="Head">The arrowhead: tip, then the two corners of its base.</param>
    /// <param name="Anchor">The point of the arrow its label belongs to.</param>
    /// <param name="Label">Where the label goes.</param>
    /// <param name="Lines">The label's lines: the relation, then the lesson shortened.</param>
    public sealed record LinkPlace(LineageLink Link, ImmutableArray<Point> Path, ImmutableArray<Point> Head, Point Anchor, LabelPlacer.Placement Label, ImmutableArray<string> Lines);

    /// <summary>Every case, in the graph's order.</summary>
    public ImmutableArray<NodePlace> Nodes { get; }

    /// <summary>Every link, in the graph's order.</summary>
    public ImmutableArray<LinkPlace> Links { get; }

    /// <summary>The earliest start year.</summary>
    public int FirstYear { get; }

    /// <summary>Where <see cref="FirstYear"/> is on the time axis.</summary>
    public double FirstYearX { get; }

    /// <summary>The scale of the time axis.</summary>
    public double PixelsPerYear { get; }

    /// <summary>The centre of the column of cases not in the case base, when there are any.</summary>
    public double? UndatedX { get; }

    /// <summary>Where that column ends, with its gap (the time axis starts right of it); the area's left without one.</summary>
    public double UndatedRight { get; }

    /// <summary>The number of rows.</summary>
    public int Rows { get; }

    /// <summary>Where a year is on the time axis.</summary>
    public double YearX(double year) => FirstYearX + ((year - FirstYear) * PixelsPerYear);

    /// <summary>The year at a point of the time axis.</summary>
    public double XYear(double x) => FirstYear + ((x - FirstYearX) / PixelsPerYear);

    /// <summary>How many rows the graph takes in an area of this width (which fixes the time scale, and so which boxes clash).</summary>
    public static int RowsFor(LineageGraph graph, double width)
    {
        var sizes = graph.Nodes.Select(Size).ToList();
        var (xs, _, _, _, _, _) = Columns(graph, sizes, 0, width);
        return AssignRows(graph, xs, sizes).Max() + 1;
    }

    /// <summary>The height of the plot area the graph needs for this many rows.</summary>
    public static double AreaHeight(int rows) => TopMargin + BottomMargin + ((rows - 1) * RowGap) + NodeHeight;

    /// <summary>The height of a case's box.</summary>
    public static double NodeHeight => ((IdSize + SmallSize) * LineHeight) + (2 * PadY);

    /// <summary>Lays the graph out in the area (the plot's data area, in pixels).</summary>
    public static LineageLayout Compute(LineageGraph graph, LabelPlacer.Box area)
    {
        var sizes = graph.Nodes.Select(Size).ToList();
        var (xs, firstYear, firstX, ppy, undatedX, undatedRight) = Columns(graph, sizes, area.Left, area.Right);
        var rows = AssignRows(graph, xs, sizes);
        int rowCount = rows.Count == 0 ? 1 : rows.Max() + 1;
        double top = area.Top + TopMargin + (NodeHeight / 2), bottom = area.Bottom - BottomMargin - (NodeHeight / 2);
        double RowY(int row) => rowCount == 1 ? (top + bottom) / 2 : top + (row * (bottom - top) / (rowCount - 1));

        var nodes = graph.Nodes.Select((n, i) =>
        {
            double y = RowY(rows[i]);
            var (w, h) = sizes[i];
            return new NodePlace(n, new LabelPlacer.Box(xs[i] - (w / 2), y - (h / 2), xs[i] + (w / 2), y + (h / 2)), Detail(n), rows[i]);
        }).ToImmutableArray();

        var index = graph.Nodes.Select((n, i) => (n.Case, i)).ToDictionary(x => x.Case, x => x.i);
        var routes = new List<(int From, int To, Point Control, Route Route)>();
        foreach (var link in graph.Links)
        {
            int from = index[link.Earlier], to = index[link.Later];
            var taken = routes.Where(r => (r.From, r.To) == (from, to) || (r.From, r.To) == (to, from)).Select(r => r.Control).ToList();
            var (control, route) = RouteLink(nodes, from, to, area, taken);
            routes.Add((from, to, control, route));
        }

        // Labels keep clear of every box and every arrow, their own included, so that none sits on a
        // line; a leader line crosses neither, lest it seem to join the label to another arrow.
        var obstacles = new List<LabelPlacer.Box>();
        obstacles.AddRange(nodes.Select(n => Inflate(n.Box, 3)));
        foreach (var (_, _, _, route) in routes)
        {
            obstacles.AddRange(Along(route.Path, 5).Select(p => LabelPlacer.Box.Around(p.X, p.Y, 2.5)));
            obstacles.AddRange(route.Head.Select(p => LabelPlacer.Box.Around(p.X, p.Y, 2.5)));
        }

        var leadersAvoid = obstacles.ToList();

        var lines = graph.Links.Select(LabelLines).ToList();
        var placed = LabelPlacer.Place(
            [.. routes.Zip(lines).Select(x => (x.First.Route.Anchor.X, x.First.Route.Anchor.Y, string.Join("\n", x.Second)))],
            Inflate(area, -2),
            obstacles,
            SmallSize,
            leadersAvoid);
        var links = graph.Links.Select((l, i) => new LinkPlace(l, routes[i].Route.Path, routes[i].Route.Head, routes[i].Route.Anchor, placed[i], lines[i]));
        return new LineageLayout(nodes, [.. links], firstYear, firstX, ppy, undatedX, undatedRight, rowCount);
    }

    /// <summary>The line under a case's id: "1990-08-02 · hybrid", or "not in the case base".</summary>
    public static string Detail(LineageNode node) =>
        node.Start is not { } start ? "not in the case base"
        : node.Classification is { } c ? $"{start} · {ReportText.Model(c.Model)}"
        : start.ToString();

    /// <summary>An arrow's label: the relation (marked when it is the paper's reading), then the lesson shortened.</summary>
    public static ImmutableArray<string> LabelLines(LineageLink link)
    {
        string relation = KebabCase.Name(link.Relation) + (link.Antecedent.Provenance.IsReading ? " (reading)" : string.Empty);
        return link.Antecedent.Lesson is { } lesson ? [relation, Shorten(lesson, LessonLength)] : [relation];
    }

    /// <summary>The text cut at a word before <paramref name="length"/> characters, with an ellipsis; whitespace runs become one space.</summary>
    public static string Shorten(string text, int length)
    {
        string flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= length)
            return flat;
        int cut = flat.LastIndexOf(' ', length - 1);
        return flat[..(cut > length / 2 ? cut : length - 1)].TrimEnd(' ', ',', ';', ':', '.') + "…";
    }

    private static (double Width, double Height) Size(LineageNode node) =>
        (Math.Max(LabelPlacer.TextWidth(node.Case.Value, IdSize), LabelPlacer.TextWidth(Detail(node), SmallSize)) + (2 * PadX), NodeHeight);

    /// <summary>The x of each case: its start year on the time axis, or the column left of it.</summary>
    private static (List<double> Xs, int FirstYear, double FirstX, double PixelsPerYear, double? UndatedX, double UndatedRight) Columns(
        LineageGraph graph, List<(double Width, double Height)> sizes, double left, double right)
    {
        var dated = graph.Nodes.Select((n, i) => (n, i)).Where(x => x.n.Start is not null).ToList();
        var undated = graph.Nodes.Select((n, i) => (n, i)).Where(x => x.n.Start is null).ToList();
        left += Margin;
        right -= Margin;
        double? undatedX = null;
        double undatedRight = left;
        if (undated.Count > 0)
        {
            double width = undated.Max(x => sizes[x.i].Width);
            undatedX = left + (width / 2);
            undatedRight = left + width + ColumnGap;
        }

        if (dated.Count == 0)
            return ([.. graph.Nodes.Select(_ => undatedX ?? left)], 0, undatedRight, FallbackPixelsPerYear, undatedX, undatedRight);
        int first = dated.Min(x => x.n.Start!.Value.Year), last = dated.Max(x => x.n.Start!.Value.Year);
        double firstX = undatedRight + dated.Where(x => x.n.Start!.Value.Year == first).Max(x => sizes[x.i].Width / 2);
        double lastX = right - dated.Where(x => x.n.Start!.Value.Year == last).Max(x => sizes[x.i].Width / 2);
        double ppy = FallbackPixelsPerYear;
        if (last == first)
            firstX = Math.Max(firstX, (firstX + lastX) / 2);
        else
            ppy = Math.Max(1, (lastX - firstX) / (last - first));
        var xs = graph.Nodes.Select(n => n.Start is { } s ? firstX + ((s.Year - first) * ppy) : undatedX!.Value).ToList();
        return (xs, first, firstX, ppy, undatedX, undatedRight);
    }

    /// <summary>The row of each case: a band of rows per connected part of the graph, in the order of their first case.</summary>
    private static List<int> AssignRows(LineageGraph graph, List<double> xs, List<(double Width, double Height)> sizes)
    {
        int n = graph.Nodes.Length;
        var index = graph.Nodes.Select((node, i) => (node.Case, i)).ToDictionary(x => x.Case, x => x.i);
        var edges = graph.Links.Select(l => (From: index[l.Earlier], To: index[l.Later])).ToList();
        var part = Enumerable.Range(0, n).ToArray();
        int Find(int i)
        {
            while (part[i] != i)
                i = part[i] = part[part[i]];
            return i;
        }

        foreach (var (from, to) in edges)
        {
            int a = Find(from), b = Find(to);
            if (a != b)
                part[Math.Max(a, b)] = Math.Min(a, b);
        }

        // In a column, a case comes after its antecedents: rank by how many cases lie upstream of it.
        var upstream = Enumerable.Range(0, n).Select(i => Upstream(i, edges)).ToList();
        var rows = Enumerable.Repeat(-1, n).ToList();
        int band = 0;
        foreach (var members in Enumerable.Range(0, n).GroupBy(Find).OrderBy(g => g.Key))
        {
            var lanes = new List<List<(double Left, double Right)>>();
            foreach (int i in members.OrderBy(i => xs[i]).ThenBy(i => upstream[i]).ThenBy(i => i))
            {
                double left = xs[i] - (sizes[i].Width / 2) - NodeGap, right = xs[i] + (sizes[i].Width / 2) + NodeGap;
                var preferred = edges.Where(e => e.To == i && rows[e.From] >= 0).Select(e => rows[e.From] - band);
                int row = preferred.Concat(Enumerable.Range(0, lanes.Count + 1))
                    .First(r => r >= lanes.Count || lanes[r].All(o => o.Right <= left || right <= o.Left));
                if (row == lanes.Count)
                    lanes.Add([]);
                lanes[row].Add((left, right));
                rows[i] = band + row;
            }

            band += lanes.Count;
        }

        return rows;
    }

    /// <summary>How many cases can be reached going back along the links from a case (each once, so a cycle ends).</summary>
    private static int Upstream(int node, List<(int From, int To)> edges)
    {
        var seen = new HashSet<int> { node };
        var queue = new Queue<int>([node]);
        while (queue.Count > 0)
        {
            int later = queue.Dequeue();
            foreach (var (from, _) in edges.Where(e => e.To == later))
            {
                if (seen.Add(from))
                    queue.Enqueue(from);
            }
        }

        return seen.Count - 1;
    }

    /// <summary>An arrow as drawn: its line, its head and the point its label belongs to.</summary>
    private sealed record Route(ImmutableArray<Point> Path, ImmutableArray<Point> Head, Point Anchor);

    /// <summary>
    /// The arrow from one box to another: straight when nothing is in the way, else a quadratic
    /// curve bent a little further each try, to one side and then the other, until it clears every
    /// other box and stays in the area. A link between the same two cases as an earlier one never
    /// takes the earlier one's curve.
    /// </summary>
    private static (Point Control, Route Route) RouteLink(ImmutableArray<NodePlace> nodes, int from, int to, LabelPlacer.Box area, List<Point> taken)
    {
        var a = nodes[from].Box;
        var b = nodes[to].Box;
        var p0 = new Point(a.CenterX, a.CenterY);
        var p2 = new Point(b.CenterX, b.CenterY);
        double dx = p2.X - p0.X, dy = p2.Y - p0.Y, length = Math.Max(1e-9, Math.Sqrt((dx * dx) + (dy * dy)));

        // The normal points up for an arrow running right, so that the first bend is upwards.
        var normal = new Point(dy / length, -dx / length);
        var mid = new Point((p0.X + p2.X) / 2, (p0.Y + p2.Y) / 2);
        var others = nodes.Where((_, i) => i != from && i != to).Select(n => Inflate(n.Box, 6)).ToList();
        var inner = Inflate(area, -2);
        Point? first = null;
        for (int k = 0; k <= 2 * Bends; k++)
        {
            // 0, +1, −1, +2, −2, …: a quadratic curve's apex lies half-way to its control point.
            double bend = (k + 1) / 2 * (k % 2 == 1 ? 1 : -1) * BendStep;
            var control = new Point(mid.X + (normal.X * 2 * bend), mid.Y + (normal.Y * 2 * bend));
            if (taken.Any(t => Math.Abs(t.X - control.X) < 1 && Math.Abs(t.Y - control.Y) < 1))
                continue;
            first ??= control;
            var (t0, t1) = Clip(p0, control, p2, a, b);
            bool clear = Enumerable.Range(0, 49)
                .Select(i => Bezier(p0, control, p2, t0 + ((t1 - t0) * i / 48)))
                .All(p => Inside(p, inner) && !others.Any(o => Inside(p, o)));
            if (clear)
                return (control, Draw(p0, control, p2, t0, t1, straight: k == 0));
        }

        // Nowhere clear: the first untaken curve, crossing what it must.
        var fallback = first ?? mid;
        var (f0, f1) = Clip(p0, fallback, p2, a, b);
        return (fallback, Draw(p0, fallback, p2, f0, f1, straight: fallback == mid));
    }

    /// <summary>The part of the curve outside both boxes (each with a small gap), as parameters of the curve.</summary>
    private static (double T0, double T1) Clip(Point p0, Point control, Point p2, LabelPlacer.Box a, LabelPlacer.Box b)
    {
        var from = Inflate(a, 2);
        var to = Inflate(b, 3);
        double t0 = Crossing(t => !Inside(Bezier(p0, control, p2, t), from), 0, 1);
        double t1 = 1 - Crossing(t => !Inside(Bezier(p0, control, p2, 1 - t), to), 0, 1);
        return t0 < t1 ? (t0, t1) : (0.45, 0.55);
    }

    /// <summary>The first parameter in [lo, hi] where <paramref name="outside"/> holds, found on a grid and refined by bisection.</summary>
    private static double Crossing(Func<double, bool> outside, double lo, double hi)
    {
        const int Steps = 64;
        double previous = lo;
        for (int i = 0; i <= Steps; i++)
        {
            double t = lo + ((hi - lo) * i / Steps);
            if (outside(t))
            {
                double inside = previous, found = t;
                for (int j = 0; j < 30 && i > 0; j++)
                {
                    double m = (inside + found) / 2;
                    if (outside(m))
                        found = m;
                    else
                        inside = m;
                }

                return found;
            }

            previous = t;
        }

        return hi;
    }

    private static Route Draw(Point p0, Point control, Point p2, double t0, double t1, bool straight)
    {
        var tip = Bezier(p0, control, p2, t1);
        var d = Tangent(p0, control, p2, t1);
        var foot = new Point(tip.X - (d.X * HeadLength), tip.Y - (d.Y * HeadLength));
        var head = ImmutableArray.Create(
            tip,
            new Point(foot.X + (d.Y * HeadHalfWidth), foot.Y - (d.X * HeadHalfWidth)),
            new Point(foot.X - (d.Y * HeadHalfWidth), foot.Y + (d.X * HeadHalfWidth)));

        // The line stops inside the head, so that its end does not blunt the tip.
        double end = t1 - Crossing(t => Distance(Bezier(p0, control, p2, t1 - t), tip) >= HeadLength * 0.7, 0, t1 - t0);
        int segments = straight ? 1 : 24;
        var path = Enumerable.Range(0, segments + 1).Select(i => Bezier(p0, control, p2, t0 + ((end - t0) * i / segments))).ToImmutableArray();
        return new Route(path, head, Bezier(p0, control, p2, (t0 + t1) / 2));
    }

    private static Point Bezier(Point p0, Point p1, Point p2, double t)
    {
        double u = 1 - t;
        return new Point((u * u * p0.X) + (2 * u * t * p1.X) + (t * t * p2.X), (u * u * p0.Y) + (2 * u * t * p1.Y) + (t * t * p2.Y));
    }

    /// <summary>The unit direction of the curve at t.</summary>
    private static Point Tangent(Point p0, Point p1, Point p2, double t)
    {
        double x = (2 * (1 - t) * (p1.X - p0.X)) + (2 * t * (p2.X - p1.X));
        double y = (2 * (1 - t) * (p1.Y - p0.Y)) + (2 * t * (p2.Y - p1.Y));
        double length = Math.Sqrt((x * x) + (y * y));
        return length < 1e-9 ? new Point(1, 0) : new Point(x / length, y / length);
    }

    /// <summary>Points along a line, about <paramref name="spacing"/> pixels apart, both ends included.</summary>
    private static IEnumerable<Point> Along(ImmutableArray<Point> path, double spacing)
    {
        for (int i = 0; i + 1 < path.Length; i++)
        {
            var (p, q) = (path[i], path[i + 1]);
            int steps = Math.Max(1, (int)Math.Ceiling(Distance(p, q) / spacing));
            for (int s = 0; s < steps; s++)
                yield return new Point(p.X + ((q.X - p.X) * s / steps), p.Y + ((q.Y - p.Y) * s / steps));
        }

        if (path.Length > 0)
            yield return path[^1];
    }

    private static double Distance(Point p, Point q) => Math.Sqrt(((p.X - q.X) * (p.X - q.X)) + ((p.Y - q.Y) * (p.Y - q.Y)));

    private static bool Inside(Point p, LabelPlacer.Box box) => p.X >= box.Left && p.X <= box.Right && p.Y >= box.Top && p.Y <= box.Bottom;

    private static LabelPlacer.Box Inflate(LabelPlacer.Box box, double by) => new(box.Left - by, box.Top - by, box.Right + by, box.Bottom + by);
}
