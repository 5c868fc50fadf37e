using Microsoft.AspNetCore.Components;
using Willing.Core.Model;
using Willing.Reports.Charts;
using Willing.Reports.Validation;
using Willing.Typology.Classification;

namespace Willing.Reports.Views;

/// <summary>
/// One case, explained: its name and id, period, model, cell, memberships in the two models,
/// indeterminacy and distances, the paper's placement against Willing's, the summary and flags, the
/// axis profile, every set down to its dimensions, indicators, raw values, calibration and facts
/// (<see cref="AxisExplanation"/>), and the sources (<see cref="SourceList"/>).
/// </summary>
/// <remarks>The section's id is <c>case-ID</c>; its links go through <see cref="ReportLinks"/>.</remarks>
public partial class CaseSection
{
    /// <summary>The coalition, as its case file gives it.</summary>
    [Parameter, EditorRequired]
    public Coalition Coalition { get; set; } = null!;

    /// <summary>The coalition's classification under the codebook in use.</summary>
    [Parameter, EditorRequired]
    public CaseClassification Classification { get; set; } = null!;

    /// <summary>The axis profile chart of the case; null to draw it from <see cref="Classification"/>.</summary>
    [Parameter]
    public AxisProfileChart? Profile { get; set; }

    /// <summary>The paper's placement of the case against Willing's (its row of <see cref="ReportData.Validation"/>); null when the case file records no reading of the paper.</summary>
    [Parameter]
    public ValidationRow? Paper { get; set; }

    private CaseClassification C => Classification;

    private AxisProfileChart ProfileChart => Profile ?? new AxisProfileChart(Classification);
}
