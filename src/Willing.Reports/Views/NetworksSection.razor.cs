using Microsoft.AspNetCore.Components;

namespace Willing.Reports.Views;

/// <summary>The coordination networks: the drawn networks side by side (<c>network-ID</c>), and every case's network in numbers.</summary>
public partial class NetworksSection
{
    /// <summary>What the report is made from; its <see cref="ReportData.Networks"/> are shown.</summary>
    [Parameter, EditorRequired]
    public ReportData Data { get; set; } = null!;

    /// <summary>The report's charts; their <see cref="ReportCharts.Networks"/> are drawn.</summary>
    [Parameter, EditorRequired]
    public ReportCharts Charts { get; set; } = null!;

    /// <summary>Whether a report over this data has the section: some case's coordination network has a link.</summary>
    public static bool Shows(ReportData data) => data.Networks.Any(n => n.Links > 0);

    private static string Caption(NetworkSummary n) =>
        $"Degree centralization {ReportText.Number(n.DegreeCentralization)} (direct ties alone {ReportText.Number(n.TieCentralization)}) · {ReportText.Count(n.Nodes, "node")} · {ReportText.Count(n.Links, "link")}"
        + (n.Components > 1 ? $" · {n.Components} components" : string.Empty) + ".";
}
