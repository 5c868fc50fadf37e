using Microsoft.AspNetCore.Components;
using Willing.Typology.Classification;

namespace Willing.Reports.Views;

/// <summary>One shaded <see cref="MembershipCell"/> per set, H C S T R.</summary>
public partial class MembershipCells
{
    /// <summary>The classification (of a case or of one of its periods) whose memberships to show.</summary>
    [Parameter, EditorRequired]
    public CaseClassification Classification { get; set; } = null!;
}
