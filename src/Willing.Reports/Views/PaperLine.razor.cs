using Microsoft.AspNetCore.Components;
using Willing.Reports.Validation;

namespace Willing.Reports.Views;

/// <summary>
/// The paper's placement of a case in the case's header line: a line break, then Cooper's placement
/// and passage, the cell an expert reading expects, and the verdict, linked to the validation row
/// (<c>validation-ID</c>).
/// </summary>
public partial class PaperLine
{
    /// <summary>The case's validation row.</summary>
    [Parameter, EditorRequired]
    public ValidationRow Row { get; set; } = null!;
}
