using Microsoft.AspNetCore.Components;

namespace Willing.Reports.Views;

/// <summary>A case's id as a link to its section or page (<see cref="ReportLinks.Case"/>).</summary>
public partial class CaseRef
{
    /// <summary>The coalition's id, which is also the link's text.</summary>
    [Parameter, EditorRequired]
    public string Id { get; set; } = null!;
}
