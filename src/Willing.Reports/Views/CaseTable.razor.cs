using Microsoft.AspNetCore.Components;

namespace Willing.Reports.Views;

/// <summary>The table of cases: each case's period, model, cell, the five memberships shaded by pole, indeterminacy and distances to the two models.</summary>
public partial class CaseTable
{
    /// <summary>What the report is made from.</summary>
    [Parameter, EditorRequired]
    public ReportData Data { get; set; } = null!;
}
