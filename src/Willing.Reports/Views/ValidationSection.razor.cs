using Microsoft.AspNetCore.Components;
using Willing.Reports.Validation;

namespace Willing.Reports.Views;

/// <summary>
/// The validation: how many of the paper's placements Willing's measurement reproduces, the expectation
/// each placement gives, the table of the paper against Willing (rows <c>validation-ID</c>), and a
/// <see cref="ValidationFinding"/> for every case that lands elsewhere (<c>finding-ID</c>).
/// </summary>
public partial class ValidationSection
{
    /// <summary>What the report is made from; its <see cref="ReportData.Validation"/> is shown.</summary>
    [Parameter, EditorRequired]
    public ReportData Data { get; set; } = null!;

    /// <summary>Whether a report over this data has the section: some case records the paper's reading.</summary>
    public static bool Shows(ReportData data) => !data.Validation.Rows.IsEmpty;

    private PaperValidation V => Data.Validation;

    /// <summary>The rows whose case lands elsewhere than the paper puts it, each with its findings.</summary>
    private List<ValidationRow> Parted => [.. V.Rows.Where(r => !r.Findings.IsEmpty)];

    /// <summary>The rest of the agreement line: the disagreements, the undetermined, the count with the readings, the cases without expectation.</summary>
    private string Tally
    {
        get
        {
            int none = V.Count(ValidationVerdict.NoExpectation);
            return $" by Willing's own measurement, the paper's readings left out: {V.Count(ValidationVerdict.Disagree)} disagree, {V.Count(ValidationVerdict.Undetermined)} undetermined. "
                + $"With the paper's readings counted, {V.AgreeingWithReadings} of {V.WithExpectation}."
                + (none == 0 ? string.Empty : $" {ReportText.Count(none, "more case")} the paper names without placing it in a model (a counter-coalition) {(none == 1 ? "has" : "have")} no expectation.");
        }
    }
}
