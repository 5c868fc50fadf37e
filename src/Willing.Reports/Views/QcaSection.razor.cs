using System.Globalization;
using Microsoft.AspNetCore.Components;
using Willing.Qca.Analysis;

namespace Willing.Reports.Views;

/// <summary>Configurations: the report's QCA studies over the case base, each a <see cref="QcaStudyView"/> (<c>qca-ID</c>).</summary>
public partial class QcaSection
{
    /// <summary>What the report is made from; its <see cref="ReportData.Qca"/> studies are shown.</summary>
    [Parameter, EditorRequired]
    public ReportData Data { get; set; } = null!;

    /// <summary>The report's charts; their <see cref="ReportCharts.Qca"/> XY plots are drawn.</summary>
    [Parameter, EditorRequired]
    public ReportCharts Charts { get; set; } = null!;

    /// <summary>Whether a report over this data has the section: it has a QCA study.</summary>
    public static bool Shows(ReportData data) => !data.Qca.IsEmpty;

    private static string Intro => string.Create(CultureInfo.InvariantCulture,
        $"Qualitative Comparative Analysis asks which configurations of conditions are sufficient for an outcome. Each case sits in the truth-table row of the conditions it is more in than out of; a row with an inclusion (consistency) of at least {QcaStudy.InclCut} is sufficient (output 1); the conservative solution minimises those rows alone, the parsimonious one also uses every configuration no case has (remainders) as a simplifying assumption. Every equally minimal solution is listed. 'willing qca truth-table', 'qca minimize' and 'qca fit' give the same numbers and other choices (cut-offs, intermediate solutions, exclusions, robustness).");
}
