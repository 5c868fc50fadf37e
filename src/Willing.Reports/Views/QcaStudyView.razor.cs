using System.Globalization;
using Microsoft.AspNetCore.Components;
using Willing.Qca.Analysis;
using Willing.Qca.TruthTables;
using Willing.Reports.Charts;

namespace Willing.Reports.Views;

/// <summary>
/// One QCA study (id <c>qca-ID</c>): its question, the truth table, the remainders and warnings, the
/// conservative and parsimonious solutions with their fit, the XY plot of the first parsimonious
/// solution, and how the result stands to the published one.
/// </summary>
public partial class QcaStudyView
{
    /// <summary>The study.</summary>
    [Parameter, EditorRequired]
    public QcaStudy Study { get; set; } = null!;

    /// <summary>The XY plot of its first parsimonious solution against the outcome; null to draw none.</summary>
    [Parameter]
    public XYPlotChart? Chart { get; set; }

    private TruthTable Table => Study.Conservative.Table;

    private (string Kind, QcaResult Result)[] Solutions => [("conservative", Study.Conservative), ("parsimonious", Study.Parsimonious)];

    /// <summary>"; left out for a set that could not be measured: a, b", or nothing.</summary>
    private string Excluded => Table.Excluded.IsEmpty ? string.Empty : $"; left out for a set that could not be measured: {string.Join(", ", Table.Excluded)}";

    private string Remainders => string.Create(CultureInfo.InvariantCulture,
        $"{Table.RemainderCount} of {1L << Table.Conditions.Length} configurations have no case (remainders).");

    private static string Output(TruthTableOutput output) => output switch
    {
        TruthTableOutput.Positive => "1",
        TruthTableOutput.Negative => "0",
        TruthTableOutput.Contradiction => "C",
        _ => "?",
    };

    private static string Terms(SolutionFit s) =>
        string.Join("; ", s.Fit.Terms.Select(t => $"{t.Expression} {ReportText.Finite(t.CovS ?? double.NaN, "0.000")} / {ReportText.Finite(t.CovU ?? double.NaN, "0.000")}"));
}
