using System.Collections.Immutable;
using ScottPlot;
using Willing.Typology;
using Willing.Typology.Classification;

namespace Willing.Reports.Charts;

/// <summary>
/// Several cases side by side across the five sets H, C, S, T and R: one line per case, as in a
/// parallel-coordinates plot, so that a lineage (the Gulf War 1991, Kosovo 1999, Iraq 2003) or a
/// pair (Ottawa and Rome) can be read set by set. A set without data breaks the case's line.
/// </summary>
public sealed class ComparisonChart : Chart
{
    /// <summary>A comparison of the given cases, in the order given, 1000 × 540 pixels by default.</summary>
    /// <param name="name">A file-name stem, e.g. <c>comparison-lineage</c>.</param>
    /// <param name="title">The title, e.g. "From the Gulf War to Iraq".</param>
    /// <param name="cases">At least one classified case.</param>
    public ComparisonChart(string name, string title, IEnumerable<CaseClassification> cases)
        : base(name, title, 1000, 540)
    {
        Cases = [.. cases];
        if (Cases.IsEmpty)
            throw new ArgumentException("a comparison needs at least one case", nameof(cases));
    }

    private const double Left = -0.4;
    private static double Right => AxisInfo.All.Count - 0.6;

    /// <summary>The cases compared, in drawing order.</summary>
    public ImmutableArray<CaseClassification> Cases { get; }

    /// <inheritdoc />
    private protected override Plot Build(int width, int height)
    {
        var plot = ChartStyle.NewPlot();
        plot.Title(Title);
        ChartStyle.Crossover(plot, vertical: false, Left, Right);
        for (int i = 0; i < Cases.Length; i++)
        {
            var c = Cases[i];
            var color = ChartStyle.Series[i % ChartStyle.Series.Count];

            // Cases with equal memberships would hide one another; a small sideways offset keeps each visible.
            double offset = (i - ((Cases.Length - 1) / 2.0)) * 0.035;
            var xs = new List<double>();
            var ys = new List<double>();
            var missing = new List<string>();
            double? lastX = null, lastY = null;
            for (int a = 0; a < AxisInfo.All.Count; a++)
            {
                var axis = AxisInfo.All[a];
                if (c[axis].Membership is not { } m)
                {
                    missing.Add(AxisInfo.Letter(axis));
                    lastX = lastY = null;
                    continue;
                }

                double x = a + offset;
                if (lastX is { } px && lastY is { } py)
                {
                    var segment = plot.Add.Line(px, py, x, m);
                    segment.Color = color;
                    segment.LineWidth = 2.5f;
                    segment.MarkerSize = 0;
                }

                xs.Add(x);
                ys.Add(m);
                lastX = x;
                lastY = m;
            }

            var points = plot.Add.ScatterPoints(xs.ToArray(), ys.ToArray());
            points.Color = color;
            points.MarkerSize = 10;
            points.LegendText = missing.Count == 0 ? c.Case.Value : $"{c.Case.Value} (no data: {string.Join(", ", missing)})";
        }

        plot.Axes.SetLimits(Left, Right, -0.05, 1.05);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. AxisInfo.All.Select((_, i) => (double)i)],
            [.. AxisInfo.All.Select(a => $"{AxisLabels.Title(a)}\n1 = {AxisLabels.Pole(a, true)}\n0 = {AxisLabels.Pole(a, false)}")]);
        plot.Axes.Left.TickGenerator = ChartStyle.MembershipTicks();
        plot.YLabel("membership (1 = model-one pole)", 14);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 1;
        plot.ShowLegend(Edge.Right);
        return plot;
    }
}
