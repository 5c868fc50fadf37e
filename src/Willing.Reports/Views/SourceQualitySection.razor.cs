using Microsoft.AspNetCore.Components;
using Willing.Core.Model;

namespace Willing.Reports.Views;

/// <summary>The sources: for each case, how many sources its file declares by kind, and how many of its facts rest only on weak sources, only on mirrors or only on the paper.</summary>
public partial class SourceQualitySection
{
    /// <summary>The kinds of source, as the case files spell them.</summary>
    private static readonly List<string> Kinds = [.. Enum.GetValues<SourceKind>().Select(KebabCase.Name)];

    /// <summary>What the report is made from.</summary>
    [Parameter, EditorRequired]
    public ReportData Data { get; set; } = null!;
}
