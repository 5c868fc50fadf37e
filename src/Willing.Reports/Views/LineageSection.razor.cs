using Microsoft.AspNetCore.Components;

namespace Willing.Reports.Views;

/// <summary>The lineage: the diagram of the antecedent links (when given) over the table of them, each with its relation and lesson.</summary>
public partial class LineageSection
{
    /// <summary>What the report is made from; its <see cref="ReportData.Lineage"/> is shown.</summary>
    [Parameter, EditorRequired]
    public ReportData Data { get; set; } = null!;

    /// <summary>The report's charts; their <see cref="ReportCharts.LineageDiagram"/> is drawn.</summary>
    [Parameter, EditorRequired]
    public ReportCharts Charts { get; set; } = null!;

    /// <summary>Whether a report over this data has the section: some coalition names an antecedent.</summary>
    public static bool Shows(ReportData data) => !data.Lineage.IsEmpty;
}
