using Microsoft.AspNetCore.Components;

namespace Willing.Reports.Views;

/// <summary>Items one after the other, each rendered by <see cref="ChildContent"/>, with <see cref="Separator"/> between them.</summary>
/// <typeparam name="TItem">The items' type.</typeparam>
public partial class Joined<TItem>
{
    /// <summary>The items, in order.</summary>
    [Parameter, EditorRequired]
    public IEnumerable<TItem> Items { get; set; } = [];

    /// <summary>The text between two items, e.g. ", ".</summary>
    [Parameter]
    public string Separator { get; set; } = ", ";

    /// <summary>How to render one item.</summary>
    [Parameter, EditorRequired]
    public RenderFragment<TItem> ChildContent { get; set; } = null!;
}
