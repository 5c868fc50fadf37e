using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ScottPlot;
using Willing.Typology;
using Willing.Typology.Classification;

namespace Willing.Reports.Charts;

/// <summary>
/// One case's trajectory through its periods: the periods in order across, membership 0 to 1 up,
/// one line per set H, C, S, T and R, with the crossover at 0.5 and the codebook's indeterminacy
/// band shaded around it. A set undetermined in a period has no point there, and its line breaks.
/// </summary>
/// <remarks>
/// The SVG draws the lines itself over ScottPlot's frame (<see cref="Chart"/>, decision 0008): each
/// set is a <c>g.trajectory-set</c> with <c>data-set</c> (its letter), one <c>polyline</c> per run of
/// periods in which it is measured and one marker per measured period (<c>data-period</c>), its
/// <c>title</c> listing every period's membership. The PNG draws the same lines with ScottPlot.
/// </remarks>
public sealed class TrajectoryChart : Chart
{
    private const float LineWidth = 2.5f;
    private const double MarkerRadius = 5;
    private const double Bottom = -0.05;
    private const double Top = 1.05;

    /// <summary>A trajectory over the given periods, in the order given, 900 × 480 pixels by default.</summary>
    /// <param name="name">A file-name stem, e.g. <c>trajectory-iraq-2003</c>.</param>
    /// <param name="title">The title.</param>
    /// <param name="periods">At least one classified period (<see cref="CaseClassification.Period"/> names it; the case id stands in without one).</param>
    /// <param name="band">The indeterminacy band to shade (the codebook's <see cref="Typology.Codebook.TypologyCodebook.IndeterminacyBand"/>); 0.4–0.6 by default.</param>
    public TrajectoryChart(string name, string title, IEnumerable<CaseClassification> periods, (double Low, double High)? band = null)
        : base(name, title, 900, 480)
    {
        Periods = [.. periods];
        if (Periods.IsEmpty)
            throw new ArgumentException("a trajectory needs at least one period", nameof(periods));
        Band = band ?? (0.4, 0.6);
        if (!(Band.Low <= Band.High) || Band.Low < 0 || Band.High > 1)
            throw new ArgumentOutOfRangeException(nameof(band), "the band lies within 0 to 1, its low end first");
    }

    /// <summary>The trajectory of one case, named <c>trajectory-ID</c>.</summary>
    public static TrajectoryChart For(CaseTrajectory trajectory, (double Low, double High) band)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        return new TrajectoryChart($"trajectory-{trajectory.Case.Value}", $"{trajectory.Case.Value}: the sets period by period", trajectory.Periods, band);
    }

    /// <summary>The periods drawn, left to right.</summary>
    public ImmutableArray<CaseClassification> Periods { get; }

    /// <summary>The indeterminacy band shaded around the crossover.</summary>
    public (double Low, double High) Band { get; }

    /// <summary>Every set's membership in every period, in words.</summary>
    public override string Description
    {
        get
        {
            var text = new StringBuilder();
            text.Append("Memberships (1 = model-one pole) in ").Append(Periods.Length).Append(Periods.Length == 1 ? " period" : " periods").Append(": ")
                .AppendJoin(", ", Periods.Select(p => $"{Label(p)} ({p.PeriodSpan ?? "whole case"}, {ReportText.ModelAndCell(p)})")).Append('.');
            foreach (var axis in AxisInfo.All)
            {
                text.Append(' ').Append(AxisLabels.Title(axis)).Append(": ")
                    .AppendJoin(", ", Periods.Select(p => $"{Label(p)} {(p[axis].Membership is { } m ? ReportText.Number(m) : "undetermined")}")).Append('.');
            }

            return text.ToString();
        }
    }

    /// <summary>The period's id, or the case's id for a classification of the whole case.</summary>
    public static string Label(CaseClassification period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Period ?? period.Case.Value;
    }

    /// <summary>The runs of consecutive periods in which a set is measured: the pieces of its line, as period indices.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Runs(Axis axis)
    {
        var runs = new List<IReadOnlyList<int>>();
        var run = new List<int>();
        for (int i = 0; i < Periods.Length; i++)
        {
            if (Periods[i][axis].Membership is null)
            {
                if (run.Count > 0)
                    runs.Add(run);
                run = [];
                continue;
            }

            run.Add(i);
        }

        if (run.Count > 0)
            runs.Add(run);
        return runs;
    }

    /// <inheritdoc />
    private protected override Plot Build(int width, int height)
    {
        var (plot, _) = Frame(width, height);
        for (int a = 0; a < AxisInfo.All.Count; a++)
        {
            var axis = AxisInfo.All[a];
            var color = ChartStyle.Series[a];
            foreach (var run in Runs(axis))
            {
                var xs = run.Select(i => X(i, a)).ToArray();
                var ys = run.Select(i => Periods[i][axis].Membership!.Value).ToArray();
                var line = plot.Add.Scatter(xs, ys);
                line.Color = color;
                line.LineWidth = LineWidth;
                line.LinePattern = AxisInfo.IsCrossCutting(axis) ? LinePattern.Dashed : LinePattern.Solid;
                line.MarkerShape = Shapes[a];
                line.MarkerSize = 10;
            }
        }

        return plot;
    }

    /// <inheritdoc />
    private protected override Plot BuildSvg(int width, int height, StringBuilder overlay)
    {
        var (plot, rect) = Frame(width, height);
        double PxX(double x) => rect.Left + ((x - XLow) / (XHigh - XLow) * rect.Width);
        double PxY(double y) => rect.Bottom - ((y - Bottom) / (Top - Bottom) * rect.Height);
        overlay.Append("<g class=\"trajectory\">\n");
        for (int a = 0; a < AxisInfo.All.Count; a++)
        {
            var axis = AxisInfo.All[a];
            string hex = ChartStyle.SeriesHex[a];
            overlay.Append("<g class=\"trajectory-set\" data-set=\"").Append(AxisInfo.Letter(axis)).Append("\" data-axis=\"").Append(AxisInfo.Key(axis))
                .Append("\"><title>").Append(Esc(SetTooltip(axis))).Append("</title>");
            foreach (var run in Runs(axis).Where(r => r.Count > 1))
            {
                overlay.Append("<polyline class=\"trajectory-line\" points=\"")
                    .AppendJoin(' ', run.Select(i => $"{N(PxX(X(i, a)))},{N(PxY(Periods[i][axis].Membership!.Value))}"))
                    .Append("\" fill=\"none\" stroke=\"").Append(hex).Append("\" stroke-width=\"").Append(N(LineWidth)).Append('"')
                    .Append(AxisInfo.IsCrossCutting(axis) ? " stroke-dasharray=\"8 5\"" : string.Empty).Append("/>");
            }

            for (int i = 0; i < Periods.Length; i++)
            {
                if (Periods[i][axis].Membership is { } m)
                    Marker(overlay, a, PxX(X(i, a)), PxY(m), Label(Periods[i]), hex);
            }

            overlay.Append("</g>\n");
        }

        overlay.Append("</g>\n");
        return plot;
    }

    private const double XLow = -0.5;

    private double XHigh => Periods.Length - 0.5;

    /// <summary>A period's x, nudged a little per set so that sets with equal memberships stay visible.</summary>
    private static double X(int period, int set) => period + ((set - ((AxisInfo.All.Count - 1) / 2.0)) * 0.035);

    private static readonly MarkerShape[] Shapes =
        [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond, MarkerShape.FilledTriangleDown, MarkerShape.OpenCircle];

        /// <summary>The frame: title, axes and ticks, the band, the crossover and the legend, rendered once to learn where the data area is.</summary>
    private (Plot Plot, PixelRect Rect) Frame(int width, int height)
    {
        var plot = ChartStyle.NewPlot();
        plot.Title(Title);
        var band = plot.Add.Rectangle(XLow, XHigh, Band.Low, Band.High);
        band.FillColor = ChartStyle.Muted.WithAlpha(0.14);
        band.LineWidth = 0;
        ChartStyle.Crossover(plot, vertical: false, XLow, XHigh);
        plot.Axes.SetLimits(XLow, XHigh, Bottom, Top);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Periods.Select((_, i) => (double)i)],
            [.. Periods.Select(p => p.PeriodSpan is { } span ? $"{Label(p)}\n{span}" : Label(p))]);
        plot.Axes.Left.TickGenerator = ChartStyle.MembershipTicks();
        plot.YLabel("membership (1 = model-one pole)", 13);
        plot.XLabel(string.Create(CultureInfo.InvariantCulture, $"periods in the file's order · shaded: the indeterminacy band {Band.Low:0.##}–{Band.High:0.##} · a gap: the set is undetermined there"), 12);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 1;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        for (int a = 0; a < AxisInfo.All.Count; a++)
        {
            var axis = AxisInfo.All[a];
            var missing = Periods.Where(p => p[axis].Membership is null).Select(Label).ToList();
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = missing.Count == 0 ? AxisLabels.Title(axis) : $"{AxisLabels.Title(axis)} (undetermined: {string.Join(", ", missing)})",
                LineColor = ChartStyle.Series[a],
                LineWidth = LineWidth,
                LinePattern = AxisInfo.IsCrossCutting(axis) ? LinePattern.Dashed : LinePattern.Solid,
                MarkerShape = Shapes[a],
                MarkerFillColor = ChartStyle.Series[a],
                MarkerLineColor = ChartStyle.Series[a],
                MarkerSize = 10,
            });
        }

        plot.ShowLegend(Edge.Bottom);
        plot.RenderInMemory(width, height);
        return (plot, plot.LastRender.DataRect);
    }

    private string SetTooltip(Axis axis) =>
        $"{AxisLabels.WithPoles(axis)}: " + string.Join(", ", Periods.Select(p => $"{Label(p)} {(p[axis].Membership is { } m ? ReportText.Number(m) : "undetermined")}"));

    /// <summary>The set's marker in the SVG, the same shape as in the PNG and the legend.</summary>
    private static void Marker(StringBuilder s, int set, double x, double y, string period, string hex)
    {
        double r = MarkerRadius;
        s.Append("<path class=\"trajectory-point\" data-period=\"").Append(Esc(period)).Append("\" d=\"");
        switch (set)
        {
            case 0:
                s.Append('M').Append(N(x - r)).Append(' ').Append(N(y)).Append(" A").Append(N(r)).Append(' ').Append(N(r)).Append(" 0 1 0 ").Append(N(x + r)).Append(' ').Append(N(y))
                    .Append(" A").Append(N(r)).Append(' ').Append(N(r)).Append(" 0 1 0 ").Append(N(x - r)).Append(' ').Append(N(y)).Append(" Z");
                break;
            case 1:
                Polygon(s, (x - (r * 0.9), y - (r * 0.9)), (x + (r * 0.9), y - (r * 0.9)), (x + (r * 0.9), y + (r * 0.9)), (x - (r * 0.9), y + (r * 0.9)));
                break;
            case 2:
                Polygon(s, (x, y - (r * 1.15)), (x + r, y + (r * 0.7)), (x - r, y + (r * 0.7)));
                break;
            case 3:
                Polygon(s, (x, y - (r * 1.2)), (x + r, y), (x, y + (r * 1.2)), (x - r, y));
                break;
            default:
                Polygon(s, (x - r, y - (r * 0.7)), (x + r, y - (r * 0.7)), (x, y + (r * 1.15)));
                break;
        }

        s.Append("\" fill=\"").Append(hex).Append("\"/>");
    }

    private static void Polygon(StringBuilder s, params (double X, double Y)[] points) =>
        s.Append('M').AppendJoin(" L", points.Select(p => $"{N(p.X)} {N(p.Y)}")).Append(" Z");

    private static string N(double value) => SvgDocument.Number(value);

    private static string Esc(string text) => SvgDocument.Escape(text);
}
