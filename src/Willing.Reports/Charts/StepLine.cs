namespace Willing.Reports.Charts;

/// <summary>The vertices of a right-continuous step function: flat from each point to the next, then a vertical drop or rise.</summary>
internal static class StepLine
{
    /// <summary>
    /// The corners of the steps through (x[i], y[i]), flat until x[i + 1], the last step running on to <paramref name="end"/>:
    /// (x0, y0), (x1, y0), (x1, y1), (x2, y1), …, (end, yn). Points at the same x make a single vertical run.
    /// </summary>
    public static List<(double X, double Y)> Vertices(IReadOnlyList<double> xs, IReadOnlyList<double> ys, double end)
    {
        var result = new List<(double X, double Y)>(2 * xs.Count);
        for (int i = 0; i < xs.Count; i++)
        {
            if (i > 0)
                result.Add((xs[i], ys[i - 1]));
            result.Add((xs[i], ys[i]));
        }

        if (xs.Count > 0 && end > xs[^1])
            result.Add((end, ys[^1]));
        return result;
    }
}
