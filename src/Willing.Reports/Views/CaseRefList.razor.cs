using Microsoft.AspNetCore.Components;
using Willing.Typology.Classification;

namespace Willing.Reports.Views;

/// <summary>Cases as links (<see cref="CaseRef"/>) separated by commas, each with its membership unless told otherwise.</summary>
public partial class CaseRefList
{
    /// <summary>The cases, in order.</summary>
    [Parameter, EditorRequired]
    public IEnumerable<CellMember> Members { get; set; } = [];

    /// <summary>Whether to follow each link with the case's membership (true by default).</summary>
    [Parameter]
    public bool WithMembership { get; set; } = true;
}
