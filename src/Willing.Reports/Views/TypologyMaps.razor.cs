using Microsoft.AspNetCore.Components;
using Willing.Reports.Charts;

namespace Willing.Reports.Views;

/// <summary>The typology map: the two maps (H against C, S against T) and the comparisons of cases side by side.</summary>
public partial class TypologyMaps
{
    /// <summary>The report's charts; their maps and comparisons are drawn.</summary>
    [Parameter, EditorRequired]
    public ReportCharts Charts { get; set; } = null!;

    private static string Caption(TypologyMapChart chart) => chart.Omitted.IsEmpty
        ? $"{AxisLabels.WithPoles(chart.X)} (across) against {AxisLabels.WithPoles(chart.Y)} (up)."
        : $"{AxisLabels.WithPoles(chart.X)} (across) against {AxisLabels.WithPoles(chart.Y)} (up). Not shown, for want of data: {string.Join(", ", chart.Omitted.Select(c => c.Case.Value))}.";
}
