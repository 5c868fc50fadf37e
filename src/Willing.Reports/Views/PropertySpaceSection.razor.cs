using Microsoft.AspNetCore.Components;

namespace Willing.Reports.Views;

/// <summary>
/// The property space: all sixteen corners of H C S T, each with its two cells (R = 1 above R = 0)
/// as <see cref="SpaceCellView"/> (id <c>cell-CODE</c>), and the cases not placed in any.
/// </summary>
public partial class PropertySpaceSection
{
    /// <summary>What the report is made from; its property space is drawn.</summary>
    [Parameter, EditorRequired]
    public ReportData Data { get; set; } = null!;

    /// <summary>The model-one pole (1) first.</summary>
    private static readonly bool[] Order = [true, false];

    private static string Bit(bool b) => b ? "1" : "0";
}
