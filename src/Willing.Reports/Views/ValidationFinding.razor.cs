using Microsoft.AspNetCore.Components;
using Willing.Core.Model;
using Willing.Reports.Validation;

namespace Willing.Reports.Views;

/// <summary>
/// Where the evidence puts a case the paper places elsewhere (id <c>finding-ID</c>): the paper's
/// placement, the expected cell and Willing's, and an <see cref="AxisFindingView"/> for every set
/// that parts from the expectation.
/// </summary>
public partial class ValidationFinding
{
    /// <summary>The coalition, whose file declares the sources the facts cite.</summary>
    [Parameter, EditorRequired]
    public Coalition Coalition { get; set; } = null!;

    /// <summary>The case's validation row, with its findings.</summary>
    [Parameter, EditorRequired]
    public ValidationRow Row { get; set; } = null!;

    private string Summary =>
        $"The paper: {KebabCase.Name(Row.Reading.Placement)}{(Row.Reading.Passage is { } p ? $" ({p})" : string.Empty)}, so an expert reading expects {Row.Expected?.Code}; "
        + $"Willing: {ReportText.ModelAndCell(Row.Willing)}.";
}
