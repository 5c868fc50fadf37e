using Microsoft.AspNetCore.Components;
using Willing.Core.Model;

namespace Willing.Reports.Views;

/// <summary>
/// The sources a case file declares, as a numbered list: each id, the citation as a link when the
/// source has a safe address (http or https) and as a citation otherwise, and its note. Nothing when
/// the file declares none.
/// </summary>
public partial class SourceList
{
    /// <summary>The coalition whose sources to list.</summary>
    [Parameter, EditorRequired]
    public Coalition Coalition { get; set; } = null!;
}
