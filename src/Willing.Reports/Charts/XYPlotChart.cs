using System.Collections.Immutable;
using System.Globalization;
using ScottPlot;

namespace Willing.Reports.Charts;

/// <summary>One case in an XY plot of set memberships.</summary>
/// <param name="Label">The case.</param>
/// <param name="X">Its membership in the condition (or expression).</param>
/// <param name="Y">Its membership in the outcome.</param>
public sealed record XYPoint(string Label, double X, double Y);

/// <summary>
/// A set-theoretic XY plot (Ragin 2008; Schneider and Wagemann 2012, ch. 3): each case's membership in a condition
/// against its membership in the outcome, with the diagonal. Cases on or above the diagonal (X ≤ Y) are consistent
/// with sufficiency, cases below it with necessity; the quadrants at 0.5 mark the cases that are members of each set.
/// </summary>
/// <remarks>
/// Points above the diagonal are drawn in the first colour of the palette, points below it in the second; the
/// consistency and coverage the caller gives are written in the title's second line. The chart draws what it is
/// given: it computes nothing.
/// </remarks>
public sealed class XYPlotChart : Chart
{
    private const double Lo = -0.03;
    private const double Hi = 1.03;

    /// <summary>An XY plot, 640 × 600 pixels by default.</summary>
    /// <param name="points">The cases (memberships in [0, 1]).</param>
    /// <param name="xLabel">The condition, as an expression.</param>
    /// <param name="yLabel">The outcome.</param>
    /// <param name="fit">The parameters of fit to print under the title, e.g. "inclS 0.77, PRI 0.74, covS 0.83".</param>
    /// <param name="name">A file-name stem, unique within a report.</param>
    /// <param name="labels">Whether to write each case's label beside its point (off for many cases).</param>
    /// <param name="width">The default width in pixels.</param>
    /// <param name="height">The default height in pixels.</param>
    /// <exception cref="ArgumentException">No point, or a membership outside [0, 1] or not a number.</exception>
    public XYPlotChart(IEnumerable<XYPoint> points, string xLabel, string yLabel, string fit, string name = "xy", bool labels = true, int width = 640, int height = 600)
        : base(name, $"{xLabel} against {yLabel}", width, height)
    {
        ArgumentNullException.ThrowIfNull(points);
        Points = [.. points];
        if (Points.IsEmpty)
            throw new ArgumentException("an XY plot needs at least one case", nameof(points));
        if (Points.Any(p => !(p.X is >= 0 and <= 1) || !(p.Y is >= 0 and <= 1)))
            throw new ArgumentException("memberships must lie in [0, 1]", nameof(points));
        XLabel = xLabel;
        YLabel = yLabel;
        Fit = fit;
        Labels = labels;
    }

    /// <summary>The cases drawn.</summary>
    public ImmutableArray<XYPoint> Points { get; }

    /// <summary>The condition.</summary>
    public string XLabel { get; }

    /// <summary>The outcome.</summary>
    public string YLabel { get; }

    /// <summary>The parameters of fit printed under the title.</summary>
    public string Fit { get; }

    /// <summary>Whether case labels are written.</summary>
    public bool Labels { get; }

    /// <inheritdoc />
    public override string Description
    {
        get
        {
            int above = Points.Count(p => p.X <= p.Y), both = Points.Count(p => p.X > 0.5 && p.Y > 0.5);
            return string.Create(CultureInfo.InvariantCulture,
                $"XY plot of {Points.Length} cases: membership in {XLabel} (x) against {YLabel} (y). {above} cases lie on or above the diagonal (consistent with sufficiency); {both} are members of both sets. {Fit}.");
        }
    }

    /// <inheritdoc />
    private protected override Plot Build(int width, int height)
    {
        var plot = ChartStyle.NewPlot();
        plot.Title($"{Title}\n{Fit}");
        plot.XLabel($"membership in {XLabel}");
        plot.YLabel($"membership in {YLabel}");
        plot.Axes.SetLimits(Lo, Hi, Lo, Hi);
        plot.Axes.Bottom.TickGenerator = ChartStyle.MembershipTicks();
        plot.Axes.Left.TickGenerator = ChartStyle.MembershipTicks();

        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.LineColor = ChartStyle.Muted;
        diagonal.LineWidth = 1.5f;
        var vertical = plot.Add.VerticalLine(0.5);
        // Solid and faint: Skia's SVG canvas cannot write a dash pattern (see Chart).
        vertical.LineColor = ChartStyle.Muted.WithAlpha(0.3);
        vertical.LineWidth = 1;
        var horizontal = plot.Add.HorizontalLine(0.5);
        horizontal.LineColor = ChartStyle.Muted.WithAlpha(0.3);
        horizontal.LineWidth = 1;

        Scatter(plot, [.. Points.Where(p => p.X <= p.Y)], ChartStyle.Series[0], "on or above the diagonal (X ≤ Y)");
        Scatter(plot, [.. Points.Where(p => p.X > p.Y)], ChartStyle.Series[1], "below the diagonal (X > Y)");
        if (Labels)
        {
            foreach (var p in Points)
                ChartStyle.Text(plot, p.Label, p.X + 0.012, p.Y + 0.012, 10, ChartStyle.Muted, Alignment.LowerLeft);
        }

        // Outside the data area: the corners are where deviant and typical cases sit.
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static void Scatter(Plot plot, List<XYPoint> points, Color colour, string label)
    {
        if (points.Count == 0)
            return;
        var s = plot.Add.ScatterPoints(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
        s.Color = colour;
        s.MarkerSize = 9;
        s.LegendText = label;
    }
}
