using Microsoft.AspNetCore.Components;
using Willing.Reports.Validation;
using Willing.Typology.Classification;

namespace Willing.Reports.Views;

/// <summary>
/// The whole report as one HTML document: the head with the inline stylesheet, the header and the
/// navigation, every section, one <see cref="CaseSection"/> per case, and the footer. Inline CSS and
/// SVG, no script, no external resource.
/// </summary>
public partial class ReportDocument
{
    /// <summary>What the report is made from.</summary>
    [Parameter, EditorRequired]
    public ReportData Data { get; set; } = null!;

    /// <summary>The report's charts (<see cref="ReportCharts.For"/>).</summary>
    [Parameter, EditorRequired]
    public ReportCharts Charts { get; set; } = null!;

    private ValidationRow? Paper(CaseClassification c) => Data.Validation.Rows.FirstOrDefault(r => r.Case == c.Case);
}
