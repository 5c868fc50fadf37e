using Microsoft.AspNetCore.Components;

namespace Willing.Reports.Views;

/// <summary>
/// The coalition of the leaving: every case with at least <see cref="ReportData.MinimumExits"/>
/// recorded exits in a table (members, exits, cascades, whether a Cox model could be fitted), and a
/// <see cref="CaseLifecycleView"/> for each case with a model (<c>lifecycle-ID</c>).
/// </summary>
public partial class LifecyclesSection
{
    /// <summary>What the report is made from; its <see cref="ReportData.Lifecycles"/> are shown.</summary>
    [Parameter, EditorRequired]
    public ReportData Data { get; set; } = null!;

    /// <summary>The report's charts; their <see cref="ReportCharts.Lifecycles"/> are drawn.</summary>
    [Parameter, EditorRequired]
    public ReportCharts Charts { get; set; } = null!;

    /// <summary>Whether a report over this data has the section: some case has enough recorded exits.</summary>
    public static bool Shows(ReportData data) => !data.Lifecycles.IsEmpty;

    /// <summary>Why no model could be fitted, to its first clause: "no model: too few exits …".</summary>
    private static string FirstSentence(string text)
    {
        int end = text.IndexOf("; ", StringComparison.Ordinal);
        int stop = text.IndexOf(". ", StringComparison.Ordinal);
        if (stop >= 0 && (end < 0 || stop < end))
            end = stop;
        return end < 0 ? text : "no model: " + text[..end] + " …";
    }
}
