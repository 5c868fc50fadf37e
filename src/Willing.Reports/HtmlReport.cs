using Willing.Core.Model;
using Willing.Reports.Validation;
using Willing.Reports.Views;
using Willing.Typology.Codebook;

namespace Willing.Reports;

/// <summary>
/// The comparative report over a case base as one self-contained HTML file: inline CSS, charts as
/// inline SVG, no scripts and no external resources, so that it can be mailed, archived or opened
/// offline. Rendered from the Razor components of <see cref="Willing.Reports.Views"/> (the same the
/// workbench's pages show) through <c>HtmlRenderer</c>, which HTML-encodes every piece of text from
/// the data.
/// </summary>
/// <remarks>
/// Sections: an introduction (the two models, the axes and their poles, the codebook), the table of
/// cases, the typology maps and comparisons, the property space with all thirty-two cells, the
/// validation (the paper's placements against Willing's, and why they part), the paper's cases against
/// the others (which cells the cases beyond the paper fill, which stay empty), the trajectories of the
/// cases that declare periods, the lineage (a diagram of the antecedent links over the table of
/// them), the coordination networks (the paper's contrasting cases drawn side by side, every case in
/// numbers), the lifecycles, the QCA studies, the simulations, the sources, and one section per case
/// (anchor <c>#case-ID</c>) explaining every axis down to its dimensions, bounds, coverage, the facts
/// and sources. The navigation links every section (<see cref="ReportNavigation.Parts"/>).
/// Deterministic: the same data gives the same text, with no timestamp.
/// </remarks>
public static class HtmlReport
{
    /// <summary>Renders the report with the charts <see cref="ReportCharts.For"/> gives.</summary>
    public static string Render(ReportData data) => Render(data, ReportCharts.For(data));

    /// <summary>Renders the report with the given charts: <see cref="ReportDocument"/>, its links the report's own anchors.</summary>
    public static string Render(ReportData data, ReportCharts charts) =>
        ViewRenderer.Render<ReportDocument>(
            new Dictionary<string, object?> { [nameof(ReportDocument.Data)] = data, [nameof(ReportDocument.Charts)] = charts },
            ReportLinks.Anchors);

    /// <summary>The tag's CSS class: "logically-impossible", "empirically-empty", "theorised-future-type" or "theoretically-unexpected".</summary>
    internal static string TagClass(EmptyCellTag tag) => tag switch
    {
        EmptyCellTag.LogicallyImpossible => "logically-impossible",
        EmptyCellTag.TheorisedFutureType => "theorised-future-type",
        EmptyCellTag.TheoreticallyUnexpected => "theoretically-unexpected",
        _ => "empirically-empty",
    };

    /// <summary>The tag in words: "logically impossible", "empirically empty" or "theorised future type".</summary>
    internal static string TagText(EmptyCellTag tag) => TagClass(tag).Replace('-', ' ');

    /// <summary>"agree", "disagree", "undetermined" or "no-expectation".</summary>
    internal static string VerdictClass(ValidationVerdict verdict) => KebabCase.FromPascal(verdict.ToString());
}
