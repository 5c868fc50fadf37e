using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ScottPlot;

namespace Willing.Reports.Charts;

/// <summary>One retention (survival) curve to draw: a step function with its confidence band and its censoring times.</summary>
/// <remarks>
/// The curve is right-continuous: <c>Survival[i]</c> holds from <c>Time[i]</c> until <c>Time[i + 1]</c>, where it
/// drops (or rises) to the next value; the last value runs on to the latest censoring time, if that is later.
/// Give the start as the first point (time 0, survival 1, band 1 to 1) when the estimator does not: the chart
/// draws what it is given. A band bound that is NaN (undefined, as Greenwood's is where the survival is 0)
/// leaves the band out over that step.
/// </remarks>
/// <param name="Label">The curve's name in the legend, e.g. a group: "troop contributors", "elections due".</param>
/// <param name="Time">The times at which the curve takes each value, in ascending order.</param>
/// <param name="Survival">The share still in the coalition from each time on, 0 to 1.</param>
/// <param name="Low">The lower bound of the confidence band at each time, 0 to 1, or NaN.</param>
/// <param name="High">The upper bound of the confidence band at each time, 0 to 1, or NaN.</param>
/// <param name="CensorTimes">The times at which members were censored (still in at the end of their observation), marked '+' on the curve.</param>
public sealed record RetentionCurve(string Label, double[] Time, double[] Survival, double[] Low, double[] High, double[] CensorTimes);

/// <summary>
/// Kaplan–Meier curves of retention: the share of members still in the coalition against time, one step line
/// per group in its own colour, with its confidence band shaded in steps too and a '+' on the curve at each
/// censoring time. The chart does not estimate: it draws the curves it is given (<see cref="RetentionCurve"/>).
/// </summary>
/// <remarks>
/// The SVG draws the curves itself over ScottPlot's frame (<see cref="Chart"/>): each curve is a
/// <c>g.retention-curve</c> with <c>data-curve</c> (its label), <c>data-index</c> and <c>data-points</c>, holding
/// a <c>path.retention-band</c> per run of steps with a band, a <c>path.retention-step</c> and a
/// <c>path.retention-censor</c> per censoring time (<c>data-time</c>); its <c>title</c> lists the curve's values.
/// The PNG draws the same with ScottPlot.
/// </remarks>
public sealed class RetentionChart : Chart
{
    private const float LineWidth = 2.5f;
    private const double CensorSize = 9;
    private const double BandOpacity = 0.18;
    private const double Bottom = -0.02;
    private const double Top = 1.04;

    /// <summary>Retention curves, 900 × 520 pixels by default.</summary>
    /// <param name="curves">At least one curve; each is drawn in the next colour of the shared palette.</param>
    /// <param name="name">A file-name stem, unique within a report.</param>
    /// <param name="title">The title.</param>
    /// <param name="xLabel">What time is on the x axis, e.g. "months since the coalition began" or "months since joining".</param>
    /// <param name="bandLabel">What the shaded bands are, for the legend, e.g. "95% confidence band (Greenwood, log-log)".</param>
    /// <param name="width">The default width in pixels.</param>
    /// <param name="height">The default height in pixels.</param>
    /// <exception cref="ArgumentException">No curve is given, or one is malformed: arrays of different lengths, no point, times out of order or not finite, values outside 0 to 1.</exception>
    public RetentionChart(
        IEnumerable<RetentionCurve> curves,
        string name = "retention",
        string title = "Retention: the share of members still in the coalition",
        string xLabel = "months since the coalition began",
        string bandLabel = "confidence band",
        int width = 900,
        int height = 520)
        : base(name, title, width, height)
    {
        ArgumentNullException.ThrowIfNull(curves);
        Curves = [.. curves.Select(Copy)];
        if (Curves.IsEmpty)
            throw new ArgumentException("a retention chart needs at least one curve", nameof(curves));
        XLabel = xLabel;
        BandLabel = bandLabel;
    }

    /// <summary>The curves drawn, in legend order (copies of those given).</summary>
    public ImmutableArray<RetentionCurve> Curves { get; }

    /// <summary>What time is on the x axis.</summary>
    public string XLabel { get; }

    /// <summary>What the shaded bands are.</summary>
    public string BandLabel { get; }

    /// <summary>Each curve's start, end and median retention time, in words.</summary>
    public override string Description
    {
        get
        {
            var text = new StringBuilder().Append("Retention curves (share still in the coalition against ").Append(XLabel).Append(") of ")
                .Append(Curves.Length == 1 ? "one group" : $"{Curves.Length} groups").Append('.');
            foreach (var c in Curves)
            {
                int median = Array.FindIndex(c.Survival, s => s <= 0.5);
                text.Append(' ').Append(c.Label).Append(": ").Append(V(c.Survival[0])).Append(" at ").Append(V(c.Time[0])).Append(", ").Append(V(c.Survival[^1]))
                    .Append(" at ").Append(V(End(c))).Append(median < 0 ? "; the median is not reached" : $"; the median is reached at {V(c.Time[median])}")
                    .Append("; ").Append(c.CensorTimes.Length).Append(" censored").Append('.');
            }

            return text.ToString();
        }
    }

    /// <inheritdoc />
    private protected override Plot Build(int width, int height)
    {
        var (plot, _) = Frame(width, height);
        for (int i = 0; i < Curves.Length; i++)
        {
            var c = Curves[i];
            var colour = ChartStyle.Series[i % ChartStyle.Series.Count];
            foreach (var band in Bands(c))
            {
                var polygon = plot.Add.Polygon([.. band.Select(p => new Coordinates(p.X, p.Y))]);
                polygon.FillColor = colour.WithAlpha(BandOpacity);
                polygon.LineWidth = 0;
            }
        }

        for (int i = 0; i < Curves.Length; i++)
        {
            var c = Curves[i];
            var colour = ChartStyle.Series[i % ChartStyle.Series.Count];
            var vertices = StepLine.Vertices(c.Time, c.Survival, End(c));
            var line = plot.Add.ScatterLine(vertices.Select(v => v.X).ToArray(), vertices.Select(v => v.Y).ToArray());
            line.Color = colour;
            line.LineWidth = LineWidth;
            line.MarkerSize = 0;
            foreach (double t in c.CensorTimes)
            {
                var mark = plot.Add.Marker(t, At(c, t), MarkerShape.Cross, (float)CensorSize, colour);
                mark.MarkerLineWidth = 2;
            }
        }

        return plot;
    }

    /// <inheritdoc />
    private protected override Plot BuildSvg(int width, int height, StringBuilder overlay)
    {
        var (plot, g) = Frame(width, height);
        var s = overlay;
        s.Append("<g class=\"retention\">\n");
        for (int i = 0; i < Curves.Length; i++)
        {
            var c = Curves[i];
            string hex = ChartStyle.SeriesHex[i % ChartStyle.SeriesHex.Count];
            s.Append("<g class=\"retention-curve\" data-curve=\"").Append(X(c.Label)).Append("\" data-index=\"").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append("\" data-points=\"").Append(c.Time.Length.ToString(CultureInfo.InvariantCulture)).Append("\"><title>").Append(X(Tooltip(c))).Append("</title>");
            foreach (var band in Bands(c))
            {
                s.Append("<path class=\"retention-band\" d=\"M").AppendJoin(" L", band.Select(p => $"{N(g.PxX(p.X))} {N(g.PxY(p.Y))}")).Append(" Z\" fill=\"").Append(hex)
                    .Append("\" fill-opacity=\"").Append(N(BandOpacity)).Append("\"/>");
            }

            s.Append("<path class=\"retention-step\" d=\"M").AppendJoin(" L", StepLine.Vertices(c.Time, c.Survival, End(c)).Select(v => $"{N(g.PxX(v.X))} {N(g.PxY(v.Y))}"))
                .Append("\" fill=\"none\" stroke=\"").Append(hex).Append("\" stroke-width=\"").Append(N(LineWidth)).Append("\" stroke-linejoin=\"miter\"/>");
            foreach (double t in c.CensorTimes)
            {
                s.Append("<path class=\"retention-censor\" data-time=\"").Append(V(t)).Append("\" d=\"").Append(SvgMarks.Path(SvgMarks.Shape.Cross, g.PxX(t), g.PxY(At(c, t)), CensorSize))
                    .Append("\" fill=\"none\" stroke=\"").Append(hex).Append("\" stroke-width=\"2\"/>");
            }

            s.Append("</g>\n");
        }

        s.Append("</g>\n");
        return plot;
    }

    /// <summary>Checks a curve and copies its arrays, so that the caller's later changes do not reach the chart.</summary>
    private static RetentionCurve Copy(RetentionCurve curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentNullException.ThrowIfNull(curve.Time);
        ArgumentNullException.ThrowIfNull(curve.Survival);
        ArgumentNullException.ThrowIfNull(curve.Low);
        ArgumentNullException.ThrowIfNull(curve.High);
        ArgumentNullException.ThrowIfNull(curve.CensorTimes);
        int n = curve.Time.Length;
        string who = $"the curve \"{curve.Label}\"";
        if (n == 0)
            throw new ArgumentException($"{who} has no point", nameof(curve));
        if (curve.Survival.Length != n || curve.Low.Length != n || curve.High.Length != n)
            throw new ArgumentException($"{who} has {n} times but {curve.Survival.Length} survivals, {curve.Low.Length} lower and {curve.High.Length} upper bounds", nameof(curve));
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(curve.Time[i]) || (i > 0 && curve.Time[i] < curve.Time[i - 1]))
                throw new ArgumentException($"{who}: the times must be finite and in ascending order (point {i})", nameof(curve));
            if (!(curve.Survival[i] >= 0 && curve.Survival[i] <= 1))
                throw new ArgumentException($"{who}: a survival lies within 0 to 1 (point {i})", nameof(curve));
            if (curve.Low[i] is < 0 or > 1 || curve.High[i] is < 0 or > 1)
                throw new ArgumentException($"{who}: a band bound lies within 0 to 1, or is NaN (point {i})", nameof(curve));
        }

        if (curve.CensorTimes.Any(t => !double.IsFinite(t)))
            throw new ArgumentException($"{who}: a censoring time must be finite", nameof(curve));
        return curve with { Time = [.. curve.Time], Survival = [.. curve.Survival], Low = [.. curve.Low], High = [.. curve.High], CensorTimes = [.. curve.CensorTimes.Order()] };
    }

    /// <summary>Where a curve's last step ends: its last time, or its latest censoring if later.</summary>
    private static double End(RetentionCurve c) => Math.Max(c.Time[^1], c.CensorTimes.Length == 0 ? double.NegativeInfinity : c.CensorTimes[^1]);

    /// <summary>The curve's value at a time: that of the last point at or before it (the first point's before the curve starts).</summary>
    private static double At(RetentionCurve c, double t)
    {
        int i = Array.FindLastIndex(c.Time, x => x <= t);
        return c.Survival[Math.Max(0, i)];
    }

    /// <summary>The band as step-shaped polygons, one per run of steps whose bounds are both defined.</summary>
    private static List<List<(double X, double Y)>> Bands(RetentionCurve c)
    {
        var result = new List<List<(double X, double Y)>>();
        double end = End(c);
        int i = 0;
        while (i < c.Time.Length)
        {
            if (double.IsNaN(c.Low[i]) || double.IsNaN(c.High[i]))
            {
                i++;
                continue;
            }

            int j = i;
            while (j + 1 < c.Time.Length && !double.IsNaN(c.Low[j + 1]) && !double.IsNaN(c.High[j + 1]))
                j++;

            // Steps i to j, the last running to the next time (or to the end).
            double stop = j + 1 < c.Time.Length ? c.Time[j + 1] : end;
            var xs = c.Time[i..(j + 1)];
            var upper = StepLine.Vertices(xs, c.High[i..(j + 1)], stop);
            var lower = StepLine.Vertices(xs, c.Low[i..(j + 1)], stop);
            if (stop > xs[^1] || xs.Length > 1)
            {
                lower.Reverse();
                result.Add([.. upper, .. lower]);
            }

            i = j + 1;
        }

        return result;
    }

    /// <summary>The pixel geometry of a render.</summary>
    private sealed record Geometry(PixelRect Rect, double XLow, double XHigh)
    {
        public double PxX(double x) => Rect.Left + ((x - XLow) / (XHigh - XLow) * Rect.Width);

        public double PxY(double y) => Rect.Bottom - ((y - Bottom) / (Top - Bottom) * Rect.Height);
    }

    /// <summary>The title, axes and legend, rendered once to learn where the data area is.</summary>
    private (Plot Plot, Geometry Geometry) Frame(int width, int height)
    {
        var plot = ChartStyle.NewPlot();
        plot.Title(Title);
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        double low = Math.Min(0, Curves.Min(c => c.Time[0])), high = Curves.Max(End);
        double pad = high > low ? (high - low) * 0.02 : 0.5;
        double xLow = low - pad, xHigh = high + pad;
        plot.Axes.SetLimits(xLow, xHigh, Bottom, Top);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0, 0.25, 0.5, 0.75, 1], ["0", "0.25", "0.5", "0.75", "1"]);
        plot.YLabel("share still in the coalition", 13);
        plot.XLabel(XLabel, 13);
        for (int i = 0; i < Curves.Length; i++)
        {
            var colour = ChartStyle.Series[i % ChartStyle.Series.Count];
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = Curves[i].Label, LineColor = colour, LineWidth = LineWidth });
        }

        plot.Legend.ManualItems.Add(new LegendItem
        {
            LabelText = $"shaded: {BandLabel}",
            MarkerShape = MarkerShape.FilledSquare,
            MarkerFillColor = ChartStyle.Muted.WithAlpha(0.35),
            MarkerLineColor = ChartStyle.Muted.WithAlpha(0.35),
            MarkerSize = 12,
        });
        if (Curves.Any(c => c.CensorTimes.Length > 0))
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = "censored",
                MarkerShape = MarkerShape.Cross,
                MarkerLineColor = ChartStyle.Muted,
                MarkerLineWidth = 2,
                MarkerSize = (float)CensorSize,
            });
        }

        plot.ShowLegend(Edge.Bottom);
        return (plot, new Geometry(PlotLayout.DataRect(plot, width, height), xLow, xHigh));
    }

    private static string Tooltip(RetentionCurve c)
    {
        var text = new StringBuilder().Append(c.Label).Append('\n');
        const int Max = 40;
        var points = Enumerable.Range(0, c.Time.Length).Select(i =>
            $"{V(c.Time[i])}: {V(c.Survival[i])}" + (double.IsNaN(c.Low[i]) || double.IsNaN(c.High[i]) ? string.Empty : $" [{V(c.Low[i])}–{V(c.High[i])}]")).ToList();
        text.AppendJoin(", ", points.Take(Max));
        if (points.Count > Max)
            text.Append(", … (").Append(points.Count - Max).Append(" more)");
        if (c.CensorTimes.Length > 0)
            text.Append("\ncensored at ").AppendJoin(", ", c.CensorTimes.Take(Max).Select(V)).Append(c.CensorTimes.Length > Max ? ", …" : string.Empty);
        return text.ToString();
    }

    private static string V(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string N(double value) => SvgDocument.Number(value);

    private static string X(string text) => SvgDocument.Escape(text);
}
