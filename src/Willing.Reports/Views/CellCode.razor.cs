using Microsoft.AspNetCore.Components;
using Willing.Typology.Classification;

namespace Willing.Reports.Views;

/// <summary>A case's (or a period's) cell as its five digits in <c>code</c>, titled with the cell's name; “–” when it has none.</summary>
public partial class CellCode
{
    /// <summary>The classification whose cell to show.</summary>
    [Parameter, EditorRequired]
    public CaseClassification Classification { get; set; } = null!;
}
