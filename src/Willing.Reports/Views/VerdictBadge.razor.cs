using Microsoft.AspNetCore.Components;
using Willing.Reports.Validation;

namespace Willing.Reports.Views;

/// <summary>A validation verdict as a badge: agree, disagree, undetermined or no expectation.</summary>
public partial class VerdictBadge
{
    /// <summary>The verdict.</summary>
    [Parameter, EditorRequired]
    public ValidationVerdict Verdict { get; set; }

    private string Class => HtmlReport.VerdictClass(Verdict);
}
