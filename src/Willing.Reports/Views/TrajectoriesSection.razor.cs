using Microsoft.AspNetCore.Components;

namespace Willing.Reports.Views;

/// <summary>The trajectories: each case that declares periods, drawn (when its chart is given) and tabled period by period (<c>trajectory-ID</c>).</summary>
public partial class TrajectoriesSection
{
    /// <summary>What the report is made from; its <see cref="ReportData.Trajectories"/> are shown.</summary>
    [Parameter, EditorRequired]
    public ReportData Data { get; set; } = null!;

    /// <summary>The report's charts; their <see cref="ReportCharts.Trajectories"/> are drawn.</summary>
    [Parameter, EditorRequired]
    public ReportCharts Charts { get; set; } = null!;

    /// <summary>Whether a report over this data has the section: some case declares periods.</summary>
    public static bool Shows(ReportData data) => data.Trajectories.Any(t => !t.Periods.IsEmpty);
}
