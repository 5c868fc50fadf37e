using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ScottPlot;

namespace Willing.Reports.Charts;

/// <summary>One bar of a <see cref="DistributionChart"/>: the runs whose value lies in [Low, High).</summary>
/// <param name="Low">The bin's lower edge.</param>
/// <param name="High">Its upper edge.</param>
/// <param name="Count">The runs in it.</param>
public readonly record struct DistributionBar(double Low, double High, int Count);

/// <summary>
/// A histogram of a simulated ensemble: final sizes, or the months runs took to reach a threshold, with a note of
/// what the bars leave out (e.g. the runs that never reached it).
/// </summary>
/// <remarks>
/// The SVG draws the bars over ScottPlot's frame: a <c>g.distribution</c> holding a <c>path.distribution-bar</c> per bin
/// (<c>data-low</c>, <c>data-high</c>, <c>data-count</c>, a <c>title</c>).
/// </remarks>
public sealed class DistributionChart : Chart
{
    private const string Hex = "#0072b2";

    /// <summary>A histogram, 720 × 440 pixels by default.</summary>
    /// <param name="bars">The bins in ascending order, adjacent or apart but never overlapping, at least one.</param>
    /// <param name="xLabel">What the bins measure, e.g. "members at the last month".</param>
    /// <param name="note">What the bars leave out, e.g. "12 of 500 runs never reached 50 members"; null when nothing.</param>
    /// <param name="name">A file-name stem, unique within a report.</param>
    /// <param name="title">The title.</param>
    /// <param name="width">The default width in pixels.</param>
    /// <param name="height">The default height in pixels.</param>
    /// <exception cref="ArgumentException">No bar, a bar with High ≤ Low or a negative count, or bars out of order.</exception>
    public DistributionChart(IEnumerable<DistributionBar> bars, string xLabel, string? note = null, string name = "distribution",
        string title = "Distribution over runs", int width = 720, int height = 440)
        : base(name, title, width, height)
    {
        ArgumentNullException.ThrowIfNull(bars);
        Bars = [.. bars];
        if (Bars.IsEmpty)
            throw new ArgumentException("a distribution chart needs at least one bar", nameof(bars));
        for (int i = 0; i < Bars.Length; i++)
        {
            var b = Bars[i];
            if (!double.IsFinite(b.Low) || !double.IsFinite(b.High) || b.High <= b.Low || b.Count < 0)
                throw new ArgumentException($"bar {i} has an empty or infinite bin or a negative count", nameof(bars));
            if (i > 0 && b.Low < Bars[i - 1].High)
                throw new ArgumentException($"bar {i} overlaps or precedes the one before it", nameof(bars));
        }

        XLabel = xLabel;
        Note = note;
    }

    /// <summary>The bars.</summary>
    public ImmutableArray<DistributionBar> Bars { get; }

    /// <summary>What the bins measure.</summary>
    public string XLabel { get; }

    /// <summary>What the bars leave out, or null.</summary>
    public string? Note { get; }

    /// <summary>The runs counted, the range and the fullest bin, in words.</summary>
    public override string Description
    {
        get
        {
            var top = Bars.MaxBy(b => b.Count);
            return new StringBuilder().Append("Histogram of ").Append(XLabel).Append(" over ").Append(Bars.Sum(b => b.Count)).Append(" runs, from ")
                .Append(V(Bars[0].Low)).Append(" to ").Append(V(Bars[^1].High)).Append("; the fullest bin, ").Append(V(top.Low)).Append(" to ").Append(V(top.High))
                .Append(", holds ").Append(top.Count).Append('.').Append(Note is null ? "" : $" {Note}.").ToString();
        }
    }

    /// <inheritdoc />
    private protected override Plot Build(int width, int height)
    {
        var (plot, _) = Frame(width, height);
        foreach (var b in Bars)
        {
            var r = plot.Add.Rectangle(b.Low, b.High, 0, b.Count);
            r.FillColor = Color.FromHex(Hex).WithAlpha(0.75);
            r.LineColor = Colors.White;
        }

        return plot;
    }

    /// <inheritdoc />
    private protected override Plot BuildSvg(int width, int height, StringBuilder overlay)
    {
        var (plot, g) = Frame(width, height);
        overlay.Append("<g class=\"distribution\">\n");
        foreach (var b in Bars)
        {
            double x0 = g.PxX(b.Low), x1 = g.PxX(b.High), y0 = g.PxY(0), y1 = g.PxY(b.Count);
            overlay.Append("<path class=\"distribution-bar\" data-low=\"").Append(V(b.Low)).Append("\" data-high=\"").Append(V(b.High)).Append("\" data-count=\"")
                .Append(b.Count.ToString(CultureInfo.InvariantCulture)).Append("\" d=\"M").Append(N(x0)).Append(' ').Append(N(y0)).Append(" L").Append(N(x0)).Append(' ').Append(N(y1))
                .Append(" L").Append(N(x1)).Append(' ').Append(N(y1)).Append(" L").Append(N(x1)).Append(' ').Append(N(y0)).Append(" Z\" fill=\"").Append(Hex)
                .Append("\" fill-opacity=\"0.75\" stroke=\"#ffffff\"><title>").Append(V(b.Low)).Append(" to ").Append(V(b.High)).Append(": ").Append(b.Count).Append(" runs</title></path>\n");
        }

        overlay.Append("</g>\n");
        return plot;
    }

    private sealed record Geometry(PixelRect Rect, double XLow, double XHigh, double YHigh)
    {
        public double PxX(double x) => Rect.Left + ((x - XLow) / (XHigh - XLow) * Rect.Width);

        public double PxY(double y) => Rect.Bottom - (y / YHigh * Rect.Height);
    }

    private (Plot Plot, Geometry Geometry) Frame(int width, int height)
    {
        var plot = ChartStyle.NewPlot();
        plot.Title(Title);
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        double xLow = Bars[0].Low, xHigh = Bars[^1].High, pad = (xHigh - xLow) * 0.02;
        double yHigh = Math.Max(1, Bars.Max(b => b.Count)) * 1.08;
        plot.Axes.SetLimits(xLow - pad, xHigh + pad, 0, yHigh);
        plot.XLabel(Note is null ? XLabel : $"{XLabel}\n({Note})", 13);
        plot.YLabel("runs", 13);
        return (plot, new Geometry(PlotLayout.DataRect(plot, width, height), xLow - pad, xHigh + pad, yHigh));
    }

    private static string V(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string N(double value) => SvgDocument.Number(value);
}
