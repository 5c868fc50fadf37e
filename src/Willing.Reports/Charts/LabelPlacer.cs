namespace Willing.Reports.Charts;

/// <summary>
/// Places point labels in pixel space so that they overlap neither each other, nor the points,
/// nor fixed obstacles: beside the point if there is room, else stacked above or below it with a
/// leader line; where there is no room at all, where it overlaps least. Greedy and deterministic;
/// the most crowded points choose first.
/// </summary>
internal static class LabelPlacer
{
    /// <summary>A rectangle in pixels, y growing downwards.</summary>
    public readonly record struct Box(double Left, double Top, double Right, double Bottom)
    {
        public double CenterX => (Left + Right) / 2;

        public double CenterY => (Top + Bottom) / 2;

        public bool Intersects(Box other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

        public bool Inside(Box area) => Left >= area.Left && Right <= area.Right && Top >= area.Top && Bottom <= area.Bottom;

        public static Box Around(double x, double y, double radius) => new(x - radius, y - radius, x + radius, y + radius);
    }

    /// <summary>Where one label goes.</summary>
    /// <param name="Box">The label's box.</param>
    /// <param name="LeaderFromX">Where a leader line from the point meets the box (x), when one is needed.</param>
    /// <param name="LeaderFromY">Likewise (y).</param>
    public sealed record Placement(Box Box, double? LeaderFromX, double? LeaderFromY);

    private const double Gap = 7;
    private const double MarkerRadius = 6;

    /// <summary>The width a label of this text takes, estimated from the font size (DejaVu Sans averages about 0.62 em a character).</summary>
    public static double TextWidth(string text, double fontSize) => (text.Split('\n').Max(line => line.Length) * 0.62 * fontSize) + 4;

    /// <summary>The height a label of this text takes, one line per <c>\n</c>.</summary>
    public static double TextHeight(string text, double fontSize) => text.Split('\n').Length * fontSize * 1.3;

    /// <summary>Places one label per point; the result is in the points' order.</summary>
    /// <param name="points">The points, each with its label's text.</param>
    /// <param name="area">The area every label must stay inside.</param>
    /// <param name="obstacles">What no label may cover.</param>
    /// <param name="fontSize">The labels' font size.</param>
    /// <param name="leadersAvoid">
    /// What no leader line may cross away from its own point, besides the labels already placed (lines
    /// of a diagram a leader would seem to join); when null, leaders may cross anything.
    /// </param>
    /// <param name="radii">
    /// Each point's marker radius, when markers differ in size (a network's nodes): a label keeps the gap
    /// from the marker's edge, not its centre. By default every marker has a radius of 6 pixels.
    /// </param>
    public static IReadOnlyList<Placement> Place(
        IReadOnlyList<(double X, double Y, string Text)> points, Box area, IReadOnlyList<Box> obstacles, double fontSize, IReadOnlyList<Box>? leadersAvoid = null,
        IReadOnlyList<double>? radii = null)
    {
        double step = fontSize * 1.3;
        double Radius(int i) => radii is null ? MarkerRadius : radii[i];
        var markers = points.Select((p, i) => Box.Around(p.X, p.Y, Radius(i))).ToList();
        var taken = new List<Box>(obstacles);
        var result = new Placement?[points.Count];
        var order = Enumerable.Range(0, points.Count)
            .OrderByDescending(i => points.Count(p => Math.Abs(p.X - points[i].X) < 80 && Math.Abs(p.Y - points[i].Y) < 40))
            .ThenBy(i => i);
        foreach (int i in order)
        {
            var (x, y, text) = points[i];
            double w = TextWidth(text, fontSize), height = TextHeight(text, fontSize);
            var candidates = Candidates(x, y, w, height, step, Gap + Math.Max(0, Radius(i) - MarkerRadius)).ToList();
            bool Free(Placement c) => c.Box.Inside(area) && !taken.Any(c.Box.Intersects) && !markers.Any(c.Box.Intersects);
            List<Box>? avoid = leadersAvoid is null ? null : [.. leadersAvoid, .. taken.Skip(obstacles.Count)];
            var chosen = candidates.FirstOrDefault(c => Free(c) && (avoid is null || LeaderIsClear(x, y, c, avoid)));

            // Nowhere free: a leader crossing a line, then the least overlap, is still better than no label at all.
            chosen ??= candidates.FirstOrDefault(Free) ?? LeastOverlap(candidates, area, [.. taken, .. markers]);
            taken.Add(chosen.Box);
            result[i] = chosen;
        }

        return [.. result.Select(p => p!)];
    }

    /// <summary>The candidate inside the area (if any is) that covers the least of the boxes; the first of equals.</summary>
    private static Placement LeastOverlap(List<Placement> candidates, Box area, List<Box> boxes)
    {
        var inside = candidates.Where(c => c.Box.Inside(area)).ToList();
        return (inside.Count > 0 ? inside : candidates)
            .Select((c, i) => (c, i, Overlap: boxes.Sum(b => Overlap(c.Box, b))))
            .OrderBy(x => x.Overlap)
            .ThenBy(x => x.i)
            .First().c;

        static double Overlap(Box a, Box b) =>
            Math.Max(0, Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left)) * Math.Max(0, Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top));
    }

    /// <summary>Whether a candidate's leader line, if it has one, keeps clear of the boxes once it is a few pixels from its point.</summary>
    private static bool LeaderIsClear(double x, double y, Placement candidate, IReadOnlyList<Box> avoid)
    {
        if (candidate.LeaderFromX is not { } lx || candidate.LeaderFromY is not { } ly)
            return true;
        double length = Math.Sqrt(((lx - x) * (lx - x)) + ((ly - y) * (ly - y)));
        for (double d = MarkerRadius; d <= length; d++)
        {
            double px = x + ((lx - x) * d / length), py = y + ((ly - y) * d / length);
            if (avoid.Any(b => px >= b.Left && px <= b.Right && py >= b.Top && py <= b.Bottom))
                return false;
        }

        return true;
    }

    private static IEnumerable<Placement> Candidates(double x, double y, double w, double h, double step, double gap)
    {
        yield return new Placement(new Box(x + gap, y - (h / 2), x + gap + w, y + (h / 2)), null, null);
        yield return new Placement(new Box(x - gap - w, y - (h / 2), x - gap, y + (h / 2)), null, null);
        yield return new Placement(new Box(x - (w / 2), y - gap - h, x + (w / 2), y - gap), null, null);
        yield return new Placement(new Box(x - (w / 2), y + gap, x + (w / 2), y + gap + h), null, null);
        for (int k = 1; k <= 16; k++)
        {
            foreach (int direction in (int[])[-1, 1])
            {
                double cy = y + (direction * ((k * step) + ((h - step) / 2)));
                double dx = gap + (k * 4);
                yield return new Placement(new Box(x + dx, cy - (h / 2), x + dx + w, cy + (h / 2)), x + dx, cy);
                yield return new Placement(new Box(x - dx - w, cy - (h / 2), x - dx, cy + (h / 2)), x - dx, cy);
            }
        }
    }
}
