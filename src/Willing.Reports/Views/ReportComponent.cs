using Microsoft.AspNetCore.Components;

namespace Willing.Reports.Views;

/// <summary>
/// The base of the report's components: the links they write, cascaded from the root (the report
/// document or a workbench page). Components take their data as plain parameters and no services,
/// so that they render the same through <c>HtmlRenderer</c> and in ASP.NET.
/// </summary>
public abstract class ReportComponent : ComponentBase
{
    /// <summary>The links cascaded from the root; null when none is, and then <see cref="ReportLinks.Anchors"/> apply.</summary>
    [CascadingParameter]
    public ReportLinks? Links { get; set; }

    /// <summary>The links in effect: <see cref="Links"/>, or the report's anchors.</summary>
    protected ReportLinks Link => Links ?? ReportLinks.Anchors;
}
