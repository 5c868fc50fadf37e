using Microsoft.AspNetCore.Components;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;

namespace Willing.Reports.Views;

/// <summary>
/// One cell of the property space (id <c>cell-CODE</c>): its code and name, the cases in it with
/// their memberships, or the codebook's tag when it is empty, and the codebook's annotation.
/// </summary>
public partial class SpaceCellView
{
    /// <summary>The cell, with its cases.</summary>
    [Parameter, EditorRequired]
    public SpaceCell Cell { get; set; } = null!;

    private string Class => $"cell {(Cell.Cases.IsEmpty ? "empty" : "occupied")}" + Cell.Cell.Model switch
    {
        ModelKind.One => " model-one-cell",
        ModelKind.Two => " model-two-cell",
        _ => string.Empty,
    };

    private EmptyCellTag Tag => Cell.EmptyTag ?? EmptyCellTag.EmpiricallyEmpty;

    private string TagClass => HtmlReport.TagClass(Tag);
}
