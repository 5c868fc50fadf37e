using System.Globalization;
using ScottPlot;
using Willing.Typology;
using Willing.Typology.Classification;

namespace Willing.Reports.Charts;

/// <summary>
/// One case's memberships in the five sets H, C, S, T and R, one row each, drawn as a bar from the
/// crossover 0.5 towards the pole the case leans to (1 = model-one pole). An axis without data is
/// written "no data", never drawn as 0.
/// </summary>
public sealed class AxisProfileChart : Chart
{
    /// <summary>A profile of one classified case, 900 × 340 pixels by default.</summary>
    public AxisProfileChart(CaseClassification classification)
        : base($"profile-{classification.Case.Value}", $"{classification.Case.Value}: {ReportText.ModelAndCell(classification)}", 900, 380)
    {
        Classification = classification;
    }

    private const double Bottom = -0.6;
    private static double Top => AxisInfo.All.Count - 0.4;

    /// <summary>The case drawn.</summary>
    public CaseClassification Classification { get; }

    /// <inheritdoc />
    private protected override Plot Build(int width, int height)
    {
        var plot = ChartStyle.NewPlot();
        plot.Title(Title);

        // Lines first, so that bars, markers and labels are drawn over them.
        // R cuts across both pure models (DESIGN.md), so it is set apart from the four axes of the property space.
        var separator = plot.Add.HorizontalLine(0.5);
        separator.Color = Colors.LightGray;
        separator.LineWidth = 1;
        ChartStyle.Crossover(plot, vertical: true, Bottom, Top);
        var bars = new List<Bar>();
        var rows = AxisInfo.All.Select((axis, i) => (Axis: axis, Y: (double)(AxisInfo.All.Count - 1 - i))).ToList();
        foreach (var (axis, y) in rows)
        {
            var score = Classification[axis];
            if (score.Membership is not { } m)
            {
                var missing = ChartStyle.Text(plot, "no data", 0.5, y, 13, ChartStyle.Muted, Alignment.MiddleCenter);
                missing.LabelItalic = true;
                missing.LabelBackgroundColor = Colors.White;
                missing.LabelBorderColor = ChartStyle.Muted;
                missing.LabelBorderWidth = 1;
                missing.LabelPadding = 4;
                continue;
            }

            var color = m > 0.5 ? ChartStyle.ModelColor(ModelKind.One) : m < 0.5 ? ChartStyle.ModelColor(ModelKind.Two) : ChartStyle.Muted;
            bars.Add(new Bar { Position = y, ValueBase = 0.5, Value = m, FillColor = color.WithAlpha(0.55), LineWidth = 0, Size = 0.5 });
            var marker = plot.Add.Marker(m, y, MarkerShape.FilledCircle, 10);
            marker.Color = color;
            bool right = m >= 0.5;
            ChartStyle.Text(plot, m.ToString("0.00", CultureInfo.InvariantCulture), m, y, 12, Colors.Black, right ? Alignment.MiddleLeft : Alignment.MiddleRight)
                .OffsetX = right ? 8 : -8;
        }

        if (bars.Count > 0)
            plot.Add.Bars(bars).Horizontal = true;


        plot.Axes.SetLimits(-0.12, 1.12, Bottom, Top);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. rows.Select(r => r.Y)], [.. rows.Select(r => $"{AxisLabels.Title(r.Axis)}\n{AxisLabels.Poles(r.Axis)}")]);
        plot.Axes.Bottom.TickGenerator = ChartStyle.MembershipTicks();
        plot.XLabel("membership (0 = model-two pole, 1 = model-one pole)", 13);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        return plot;
    }
}
