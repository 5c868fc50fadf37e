using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ScottPlot;
using Willing.Lifecycle.Cases;

namespace Willing.Reports.Charts;

/// <summary>
/// One step of a fan chart: a simulated ensemble's median and central 50 %, 80 % and 95 % bands at a month (the
/// input of <see cref="FanChart"/>; the simulation's <c>FanChartData</c> converts to it step by step).
/// </summary>
/// <param name="Month">The month as x on the chart's <see cref="MonthClock"/> (0 = the clock's origin month).</param>
/// <param name="Median">The median.</param>
/// <param name="Low50">The lower end of the central 50 % band.</param>
/// <param name="High50">Its upper end.</param>
/// <param name="Low80">The lower end of the central 80 % band.</param>
/// <param name="High80">Its upper end.</param>
/// <param name="Low95">The lower end of the central 95 % band.</param>
/// <param name="High95">Its upper end.</param>
public readonly record struct FanChartStep(double Month, double Median, double Low50, double High50, double Low80, double High80, double Low95, double High95);

/// <summary>An observed value drawn over a fan chart.</summary>
/// <param name="Month">The month as x on the chart's clock.</param>
/// <param name="Value">The value observed.</param>
public readonly record struct FanChartObserved(double Month, double Value);

/// <summary>
/// A fan chart: a simulated count over calendar months as nested shaded bands (95 %, 80 %, 50 %, darker inwards),
/// its median as a line and the observed values as markers.
/// </summary>
/// <remarks>
/// The SVG draws the data itself over ScottPlot's frame: a <c>g.fan</c> holding a <c>path.fan-band</c> per band
/// (<c>data-band</c> 95, 80, 50), a <c>path.fan-median</c> and a <c>path.fan-observed</c> per observed point
/// (<c>data-month</c>, <c>data-value</c>, a <c>title</c>). The x axis is in months of <see cref="Clock"/>, ticks on the
/// first of a month (<see cref="MonthAxis"/>).
/// </remarks>
public sealed class FanChart : Chart
{
    private static readonly (string Band, double Opacity)[] BandStyle = [("95", 0.15), ("80", 0.25), ("50", 0.4)];
    private const string Hex = "#0072b2";
    private const string ObservedHex = "#d55e00";
    private const double MarkerSize = 9;

    /// <summary>A fan chart, 900 × 520 pixels by default.</summary>
    /// <param name="steps">The ensemble by month, in ascending month order, at least one; each band must contain the next narrower one and the median.</param>
    /// <param name="observed">The observed values (may be empty).</param>
    /// <param name="clock">The calendar of the x axis.</param>
    /// <param name="name">A file-name stem, unique within a report.</param>
    /// <param name="title">The title.</param>
    /// <param name="yLabel">What is counted, e.g. "members" or "states parties".</param>
    /// <param name="observedLabel">The observed curve's name for the legend, e.g. "observed (Landmine Monitor)".</param>
    /// <param name="width">The default width in pixels.</param>
    /// <param name="height">The default height in pixels.</param>
    /// <exception cref="ArgumentException">No step, months out of order or not finite, or bands that are not nested.</exception>
    public FanChart(IEnumerable<FanChartStep> steps, IEnumerable<FanChartObserved> observed, MonthClock clock, string name = "fan",
        string title = "Simulated and observed", string yLabel = "members", string observedLabel = "observed", int width = 900, int height = 520)
        : base(name, title, width, height)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(observed);
        Steps = [.. steps];
        Observed = [.. observed.OrderBy(o => o.Month)];
        if (Steps.IsEmpty)
            throw new ArgumentException("a fan chart needs at least one step", nameof(steps));
        for (int i = 0; i < Steps.Length; i++)
        {
            var s = Steps[i];
            if (!double.IsFinite(s.Month) || (i > 0 && s.Month <= Steps[i - 1].Month))
                throw new ArgumentException($"the steps' months are finite and ascending (step {i})", nameof(steps));
            if (!(s.Low95 <= s.Low80 && s.Low80 <= s.Low50 && s.Low50 <= s.Median && s.Median <= s.High50 && s.High50 <= s.High80 && s.High80 <= s.High95))
                throw new ArgumentException($"the bands of step {i} are not nested around the median", nameof(steps));
        }

        if (Observed.Any(o => !double.IsFinite(o.Month) || !double.IsFinite(o.Value)))
            throw new ArgumentException("an observed point is finite", nameof(observed));
        Clock = clock;
        YLabel = yLabel;
        ObservedLabel = observedLabel;
    }

    /// <summary>The ensemble by month.</summary>
    public ImmutableArray<FanChartStep> Steps { get; }

    /// <summary>The observed values, in month order.</summary>
    public ImmutableArray<FanChartObserved> Observed { get; }

    /// <summary>The calendar of the x axis.</summary>
    public MonthClock Clock { get; }

    /// <summary>What is counted.</summary>
    public string YLabel { get; }

    /// <summary>The observed curve's name.</summary>
    public string ObservedLabel { get; }

    /// <summary>The median and 95 % band at the start and the end, and the observed points, in words.</summary>
    public override string Description
    {
        get
        {
            var first = Steps[0];
            var last = Steps[^1];
            var text = new StringBuilder().Append("Fan chart of simulated ").Append(YLabel).Append(" from ").Append(Clock.Label((int)Math.Floor(first.Month)))
                .Append(" to ").Append(Clock.Label((int)Math.Floor(last.Month))).Append(": median ").Append(V(first.Median)).Append(" (95 % band ").Append(V(first.Low95)).Append('–').Append(V(first.High95))
                .Append(") at the start, ").Append(V(last.Median)).Append(" (95 % band ").Append(V(last.Low95)).Append('–').Append(V(last.High95)).Append(") at the end.");
            if (Observed.IsEmpty)
                return text.Append(" No observed points.").ToString();
            text.Append(' ').Append(Observed.Length).Append(" observed point").Append(Observed.Length == 1 ? "" : "s").Append(" (").Append(ObservedLabel).Append("): ")
                .AppendJoin(", ", Observed.Take(30).Select(o => $"{Clock.Label((int)Math.Floor(o.Month))} {V(o.Value)}")).Append(Observed.Length > 30 ? ", …" : "").Append('.');
            return text.ToString();
        }
    }

    /// <inheritdoc />
    private protected override Plot Build(int width, int height)
    {
        var (plot, _) = Frame(width, height);
        for (int b = 0; b < BandStyle.Length; b++)
        {
            var polygon = plot.Add.Polygon([.. Band(b).Select(p => new Coordinates(p.X, p.Y))]);
            polygon.FillColor = Color.FromHex(Hex).WithAlpha(BandStyle[b].Opacity);
            polygon.LineWidth = 0;
        }

        var line = plot.Add.ScatterLine(Steps.Select(s => s.Month).ToArray(), Steps.Select(s => s.Median).ToArray());
        line.Color = Color.FromHex(Hex);
        line.LineWidth = 2.5f;
        line.MarkerSize = 0;
        foreach (var o in Observed)
            plot.Add.Marker(o.Month, o.Value, MarkerShape.FilledCircle, (float)MarkerSize, Color.FromHex(ObservedHex));
        return plot;
    }

    /// <inheritdoc />
    private protected override Plot BuildSvg(int width, int height, StringBuilder overlay)
    {
        var (plot, g) = Frame(width, height);
        overlay.Append("<g class=\"fan\">\n");
        for (int b = 0; b < BandStyle.Length; b++)
        {
            overlay.Append("<path class=\"fan-band\" data-band=\"").Append(BandStyle[b].Band).Append("\" d=\"M")
                .AppendJoin(" L", Band(b).Select(p => $"{N(g.PxX(p.X))} {N(g.PxY(p.Y))}")).Append(" Z\" fill=\"").Append(Hex)
                .Append("\" fill-opacity=\"").Append(N(BandStyle[b].Opacity)).Append("\"><title>central ").Append(BandStyle[b].Band).Append(" % band</title></path>\n");
        }

        overlay.Append("<path class=\"fan-median\" d=\"M").AppendJoin(" L", Steps.Select(s => $"{N(g.PxX(s.Month))} {N(g.PxY(s.Median))}"))
            .Append("\" fill=\"none\" stroke=\"").Append(Hex).Append("\" stroke-width=\"2.5\"><title>median</title></path>\n");
        foreach (var o in Observed)
        {
            overlay.Append("<path class=\"fan-observed\" data-month=\"").Append(V(o.Month)).Append("\" data-value=\"").Append(V(o.Value)).Append("\" d=\"")
                .Append(SvgMarks.Path(SvgMarks.Shape.Circle, g.PxX(o.Month), g.PxY(o.Value), MarkerSize)).Append("\" fill=\"").Append(ObservedHex)
                .Append("\"><title>").Append(X($"{ObservedLabel}, {Clock.Label((int)Math.Floor(o.Month))}: {V(o.Value)}")).Append("</title></path>\n");
        }

        overlay.Append("</g>\n");
        return plot;
    }

    /// <summary>Band b (0: 95 %, 1: 80 %, 2: 50 %) as a polygon: its upper ends left to right, then its lower ends back.</summary>
    private List<(double X, double Y)> Band(int b)
    {
        var upper = Steps.Select(s => (s.Month, b switch { 0 => s.High95, 1 => s.High80, _ => s.High50 }));
        var lower = Steps.Reverse().Select(s => (s.Month, b switch { 0 => s.Low95, 1 => s.Low80, _ => s.Low50 }));
        return [.. upper, .. lower];
    }

    private sealed record Geometry(PixelRect Rect, double XLow, double XHigh, double YLow, double YHigh)
    {
        public double PxX(double x) => Rect.Left + ((x - XLow) / (XHigh - XLow) * Rect.Width);

        public double PxY(double y) => Rect.Bottom - ((y - YLow) / (YHigh - YLow) * Rect.Height);
    }

    private (Plot Plot, Geometry Geometry) Frame(int width, int height)
    {
        var plot = ChartStyle.NewPlot();
        plot.Title(Title);
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        double xLow = Math.Min(Steps[0].Month, Observed.IsEmpty ? double.PositiveInfinity : Observed[0].Month);
        double xHigh = Math.Max(Steps[^1].Month, Observed.IsEmpty ? double.NegativeInfinity : Observed[^1].Month);
        double xPad = xHigh > xLow ? (xHigh - xLow) * 0.02 : 0.5;
        double yHigh = Math.Max(Steps.Max(s => s.High95), Observed.IsEmpty ? double.NegativeInfinity : Observed.Max(o => o.Value));
        double yLow = Math.Min(0, Math.Min(Steps.Min(s => s.Low95), Observed.IsEmpty ? 0 : Observed.Min(o => o.Value)));
        double yPad = yHigh > yLow ? (yHigh - yLow) * 0.05 : 1;
        (xLow, xHigh, yHigh) = (xLow - xPad, xHigh + xPad, yHigh + yPad);
        plot.Axes.SetLimits(xLow, xHigh, yLow, yHigh);
        plot.Axes.Bottom.TickGenerator = MonthAxis.Placeholder(xLow);
        plot.YLabel(YLabel, 13);
        plot.XLabel("month", 13);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "simulated median", LineColor = Color.FromHex(Hex), LineWidth = 2.5f });
        plot.Legend.ManualItems.Add(new LegendItem
        {
            LabelText = "central 50 %, 80 %, 95 % of runs",
            MarkerShape = MarkerShape.FilledSquare,
            MarkerFillColor = Color.FromHex(Hex).WithAlpha(0.3),
            MarkerLineColor = Color.FromHex(Hex).WithAlpha(0.3),
            MarkerSize = 12,
        });
        if (!Observed.IsEmpty)
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = ObservedLabel,
                MarkerShape = MarkerShape.FilledCircle,
                MarkerFillColor = Color.FromHex(ObservedHex),
                MarkerLineColor = Color.FromHex(ObservedHex),
                MarkerSize = (float)MarkerSize,
            });
        }

        plot.ShowLegend(Edge.Bottom);
        var rect = PlotLayout.DataRect(plot, width, height);
        plot.Axes.Bottom.TickGenerator = MonthAxis.Ticks(Clock, xLow, xHigh, rect.Width / (xHigh - xLow));
        rect = PlotLayout.DataRect(plot, width, height);
        return (plot, new Geometry(rect, xLow, xHigh, yLow, yHigh));
    }

    private static string V(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string N(double value) => SvgDocument.Number(value);

    private static string X(string text) => SvgDocument.Escape(text);
}
