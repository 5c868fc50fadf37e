using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ScottPlot;

namespace Willing.Reports.Charts;

/// <summary>One parameter's Sobol indices for a <see cref="SensitivityChart"/>: first-order and total, each with its interval (NaN: none).</summary>
/// <param name="Name">The parameter.</param>
/// <param name="First">The first-order index.</param>
/// <param name="FirstLow">Its interval's lower end, or NaN.</param>
/// <param name="FirstHigh">Its upper end, or NaN.</param>
/// <param name="Total">The total index.</param>
/// <param name="TotalLow">Its interval's lower end, or NaN.</param>
/// <param name="TotalHigh">Its upper end, or NaN.</param>
public readonly record struct SensitivityBar(string Name, double First, double FirstLow, double FirstHigh, double Total, double TotalLow, double TotalHigh);

/// <summary>
/// Sobol indices as bars: for each parameter its first-order index S1 and its total index ST side by side, each with
/// its confidence interval as a whisker.
/// </summary>
/// <remarks>
/// The SVG draws the bars over ScottPlot's frame: a <c>g.sensitivity</c> holding, per parameter, a
/// <c>g.sensitivity-parameter</c> (<c>data-parameter</c>) with a <c>path.sensitivity-bar</c> per index
/// (<c>data-index</c> <c>S1</c> or <c>ST</c>, <c>data-value</c>, a <c>title</c>) and a <c>path.sensitivity-interval</c>
/// where it has an interval.
/// </remarks>
public sealed class SensitivityChart : Chart
{
    private static readonly string[] IndexHex = ["#0072b2", "#e69f00"];
    private const double BarWidth = 0.36;

    /// <summary>A sensitivity chart, 720 × 440 pixels by default.</summary>
    /// <param name="bars">The parameters, at least one, in the order to draw.</param>
    /// <param name="name">A file-name stem, unique within a report.</param>
    /// <param name="title">The title.</param>
    /// <param name="metric">What the indices apportion, e.g. "the final mean number of members".</param>
    /// <param name="intervalLabel">What the whiskers are, e.g. "95 % bootstrap interval".</param>
    /// <param name="width">The default width in pixels.</param>
    /// <param name="height">The default height in pixels.</param>
    /// <exception cref="ArgumentException">No parameter, or an index that is not finite.</exception>
    public SensitivityChart(IEnumerable<SensitivityBar> bars, string name = "sensitivity", string title = "Sobol sensitivity indices",
        string metric = "the output", string intervalLabel = "confidence interval", int width = 720, int height = 440)
        : base(name, title, width, height)
    {
        ArgumentNullException.ThrowIfNull(bars);
        Bars = [.. bars];
        if (Bars.IsEmpty)
            throw new ArgumentException("a sensitivity chart needs at least one parameter", nameof(bars));
        if (Bars.Any(b => !double.IsFinite(b.First) || !double.IsFinite(b.Total)))
            throw new ArgumentException("every index is finite", nameof(bars));
        Metric = metric;
        IntervalLabel = intervalLabel;
    }

    /// <summary>The parameters' indices.</summary>
    public ImmutableArray<SensitivityBar> Bars { get; }

    /// <summary>What the indices apportion.</summary>
    public string Metric { get; }

    /// <summary>What the whiskers are.</summary>
    public string IntervalLabel { get; }

    /// <summary>Each parameter's indices with their intervals, in words.</summary>
    public override string Description =>
        new StringBuilder().Append("Sobol indices of ").Append(Metric).Append(" (first-order S1, total ST, with ").Append(IntervalLabel).Append("): ")
            .AppendJoin("; ", Bars.Select(b => $"{b.Name} S1 {V(b.First)}{Interval(b.FirstLow, b.FirstHigh)}, ST {V(b.Total)}{Interval(b.TotalLow, b.TotalHigh)}")).Append('.').ToString();

    /// <inheritdoc />
    private protected override Plot Build(int width, int height)
    {
        var (plot, _) = Frame(width, height);
        foreach (var (x, k, value, low, high) in Marks())
        {
            var r = plot.Add.Rectangle(x - (BarWidth / 2), x + (BarWidth / 2), 0, value);
            r.FillColor = Color.FromHex(IndexHex[k]);
            r.LineWidth = 0;
            if (!double.IsNaN(low) && !double.IsNaN(high))
            {
                var w = plot.Add.Line(x, low, x, high);
                w.Color = Colors.Black;
                w.LineWidth = 1.5f;
                w.MarkerSize = 0;
            }
        }

        return plot;
    }

    /// <inheritdoc />
    private protected override Plot BuildSvg(int width, int height, StringBuilder overlay)
    {
        var (plot, g) = Frame(width, height);
        overlay.Append("<g class=\"sensitivity\">\n");
        var marks = Marks().ToList();
        for (int p = 0; p < Bars.Length; p++)
        {
            overlay.Append("<g class=\"sensitivity-parameter\" data-parameter=\"").Append(X(Bars[p].Name)).Append("\">");
            foreach (var (x, k, value, low, high) in marks.Skip(2 * p).Take(2))
            {
                string index = k == 0 ? "S1" : "ST";
                double x0 = g.PxX(x - (BarWidth / 2)), x1 = g.PxX(x + (BarWidth / 2)), y0 = g.PxY(0), y1 = g.PxY(value);
                overlay.Append("<path class=\"sensitivity-bar\" data-index=\"").Append(index).Append("\" data-value=\"").Append(V(value)).Append("\" d=\"M")
                    .Append(N(x0)).Append(' ').Append(N(y0)).Append(" L").Append(N(x0)).Append(' ').Append(N(y1)).Append(" L").Append(N(x1)).Append(' ').Append(N(y1))
                    .Append(" L").Append(N(x1)).Append(' ').Append(N(y0)).Append(" Z\" fill=\"").Append(IndexHex[k]).Append("\"><title>")
                    .Append(X($"{Bars[p].Name} {index} {V(value)}{Interval(low, high)}")).Append("</title></path>");
                if (!double.IsNaN(low) && !double.IsNaN(high))
                {
                    double cx = g.PxX(x), cap = 4;
                    overlay.Append("<path class=\"sensitivity-interval\" data-index=\"").Append(index).Append("\" d=\"M").Append(N(cx)).Append(' ').Append(N(g.PxY(low)))
                        .Append(" L").Append(N(cx)).Append(' ').Append(N(g.PxY(high))).Append(" M").Append(N(cx - cap)).Append(' ').Append(N(g.PxY(low))).Append(" L").Append(N(cx + cap)).Append(' ').Append(N(g.PxY(low)))
                        .Append(" M").Append(N(cx - cap)).Append(' ').Append(N(g.PxY(high))).Append(" L").Append(N(cx + cap)).Append(' ').Append(N(g.PxY(high)))
                        .Append("\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.5\"/>");
                }
            }

            overlay.Append("</g>\n");
        }

        overlay.Append("</g>\n");
        return plot;
    }

    /// <summary>Each bar: its x (parameter p at p, S1 to the left, ST to the right), index (0: S1, 1: ST), value and interval.</summary>
    private IEnumerable<(double X, int Index, double Value, double Low, double High)> Marks()
    {
        for (int p = 0; p < Bars.Length; p++)
        {
            var b = Bars[p];
            yield return (p - (BarWidth / 2), 0, b.First, b.FirstLow, b.FirstHigh);
            yield return (p + (BarWidth / 2), 1, b.Total, b.TotalLow, b.TotalHigh);
        }
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
        var values = Marks().SelectMany(m => new[] { m.Value, m.Low, m.High }).Where(v => !double.IsNaN(v)).ToList();
        double yLow = Math.Min(0, values.Min()) - 0.02, yHigh = Math.Max(1, values.Max()) + 0.04;
        double xLow = -0.6, xHigh = Bars.Length - 0.4;
        plot.Axes.SetLimits(xLow, xHigh, yLow, yHigh);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. Enumerable.Range(0, Bars.Length).Select(i => (double)i)], [.. Bars.Select(b => b.Name)]);
        plot.YLabel("share of the output's variance", 13);
        plot.XLabel("parameter", 13);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "first-order S1", MarkerShape = MarkerShape.FilledSquare, MarkerFillColor = Color.FromHex(IndexHex[0]), MarkerLineColor = Color.FromHex(IndexHex[0]), MarkerSize = 12 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "total ST", MarkerShape = MarkerShape.FilledSquare, MarkerFillColor = Color.FromHex(IndexHex[1]), MarkerLineColor = Color.FromHex(IndexHex[1]), MarkerSize = 12 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = IntervalLabel, LineColor = Colors.Black, LineWidth = 1.5f });
        plot.ShowLegend(Edge.Bottom);
        return (plot, new Geometry(PlotLayout.DataRect(plot, width, height), xLow, xHigh, yLow, yHigh));
    }

    private static string Interval(double low, double high) => double.IsNaN(low) || double.IsNaN(high) ? "" : $" [{V(low)}, {V(high)}]";

    private static string V(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string N(double value) => SvgDocument.Number(value);

    private static string X(string text) => SvgDocument.Escape(text);
}
