using Microsoft.AspNetCore.Components;
using Willing.Reports.Charts;

namespace Willing.Reports.Views;

/// <summary>
/// A chart as a figure: <c>&lt;figure class="chart" id="chart-NAME" role="img" aria-label="TITLE"&gt;</c>
/// around the chart's inline SVG and a caption.
/// </summary>
/// <remarks>
/// The SVG is the chart's own serialiser's (<see cref="Chart.ToSvg"/>, its ids renumbered from the
/// chart's name and its text escaped), written as it is; everything else is encoded by the renderer.
/// </remarks>
public partial class ChartFigure
{
    /// <summary>The chart to draw.</summary>
    [Parameter, EditorRequired]
    public Chart Chart { get; set; } = null!;

    /// <summary>The caption under the chart.</summary>
    [Parameter, EditorRequired]
    public string Caption { get; set; } = null!;

    /// <summary>The id of the element (a table) that gives the same data as text, for <c>aria-describedby</c>; null when there is none.</summary>
    [Parameter]
    public string? DescribedBy { get; set; }

    private MarkupString Svg => new(SvgDocument.Inline(Chart.ToSvg()));
}
