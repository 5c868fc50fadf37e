using Microsoft.AspNetCore.Components;
using Willing.Core.Model;

namespace Willing.Reports.Views;

/// <summary>
/// A fact's source by its id: a link to the source when it has a safe address (http or https only,
/// never <c>javascript:</c> or <c>data:</c>), else its citation; the citation as a tooltip. An id the
/// case file does not declare is shown as it is. <see cref="Of"/> gives the same as a render fragment.
/// </summary>
public partial class SourceRef
{
    /// <summary>The coalition whose file declares the source.</summary>
    [Parameter, EditorRequired]
    public Coalition Coalition { get; set; } = null!;

    /// <summary>The source's id.</summary>
    [Parameter, EditorRequired]
    public SourceId Id { get; set; } = null!;

    /// <summary>Whether to show the id alone, in <c>code</c>, even without an address (as the validation's findings do); otherwise a source without an address shows its citation.</summary>
    [Parameter]
    public bool AsCode { get; set; }
}
