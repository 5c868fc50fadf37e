namespace Willing.Reports.Charts;

/// <summary>
/// Places point labels in pixel space so that they overlap neither each other, nor the points,
/// nor fixed obstacles: beside the point if there is room, else stacked above or below it with a
/// leader line. Greedy and deterministic; the most crowded points choose first.
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
    public static IReadOnlyList<Placement> Place(IReadOnlyList<(double X, double Y, string Text)> points, Box area, IReadOnlyList<Box> obstacles, double fontSize)
    {
        double step = fontSize * 1.3;
        var markers = points.Select(p => Box.Around(p.X, p.Y, MarkerRadius)).ToList();
        var taken = new List<Box>(obstacles);
        var result = new Placement?[points.Count];
        var order = Enumerable.Range(0, points.Count)
            .OrderByDescending(i => points.Count(p => Math.Abs(p.X - points[i].X) < 80 && Math.Abs(p.Y - points[i].Y) < 40))
            .ThenBy(i => i);
        foreach (int i in order)
        {
            var (x, y, text) = points[i];
            double w = TextWidth(text, fontSize), height = TextHeight(text, fontSize);
            Placement? chosen = null;
            foreach (var candidate in Candidates(x, y, w, height, step))
            {
                if (candidate.Box.Inside(area) && !taken.Any(candidate.Box.Intersects) && !markers.Any(candidate.Box.Intersects))
                {
                    chosen = candidate;
                    break;
                }
            }

            // Nowhere free: beside the point, overlapping, is still better than no label at all.
            chosen ??= Candidates(x, y, w, height, step).First();
            taken.Add(chosen.Box);
            result[i] = chosen;
        }

        return [.. result.Select(p => p!)];
    }

    private static IEnumerable<Placement> Candidates(double x, double y, double w, double h, double step)
    {
        yield return new Placement(new Box(x + Gap, y - (h / 2), x + Gap + w, y + (h / 2)), null, null);
        yield return new Placement(new Box(x - Gap - w, y - (h / 2), x - Gap, y + (h / 2)), null, null);
        yield return new Placement(new Box(x - (w / 2), y - Gap - h, x + (w / 2), y - Gap), null, null);
        yield return new Placement(new Box(x - (w / 2), y + Gap, x + (w / 2), y + Gap + h), null, null);
        for (int k = 1; k <= 16; k++)
        {
            foreach (int direction in (int[])[-1, 1])
            {
                double cy = y + (direction * ((k * step) + ((h - step) / 2)));
                double dx = Gap + (k * 4);
                yield return new Placement(new Box(x + dx, cy - (h / 2), x + dx + w, cy + (h / 2)), x + dx, cy);
                yield return new Placement(new Box(x - dx - w, cy - (h / 2), x - dx, cy + (h / 2)), x - dx, cy);
            }
        }
    }
}
