using Microsoft.AspNetCore.Components;
using Willing.Typology.Classification;

namespace Willing.Reports.Views;

/// <summary>The report's header: its title, and the cases counted by model with the paper's placements that agree.</summary>
public partial class ReportHeader
{
    /// <summary>What the report is made from.</summary>
    [Parameter, EditorRequired]
    public ReportData Data { get; set; } = null!;

    /// <summary>"28 coalitions placed on Andrew F. Cooper's axes from their sourced data: 5 cases of model one, …".</summary>
    private string Summary
    {
        get
        {
            var v = Data.Validation;
            var c = Data.Classifications;
            return $"{ReportText.Count(Data.Coalitions.Length, "coalition")} placed on Andrew F. Cooper's axes from their sourced data: "
                + $"{ReportText.Count(c.Count(x => x.Model == ModelKind.One), "case")} of model one, "
                + $"{ReportText.Count(c.Count(x => x.Model == ModelKind.Two), "case")} of model two, "
                + $"{c.Count(x => x.Model == ModelKind.Hybrid)} hybrid, "
                + $"{c.Count(x => x.Model == ModelKind.Undetermined)} undetermined."
                + (v.WithExpectation == 0 ? string.Empty : $" {v.Agreeing} of {v.WithExpectation} of the paper's placements land where an expert reading of it puts them.");
        }
    }
}
