using Microsoft.AspNetCore.Components;
using Willing.Typology.Classification;

namespace Willing.Reports.Views;

/// <summary>A placement: the model's badge and the cell's code.</summary>
public partial class ValidationPlacement
{
    /// <summary>The classification whose placement to show.</summary>
    [Parameter, EditorRequired]
    public CaseClassification Classification { get; set; } = null!;
}
