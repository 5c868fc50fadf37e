using Microsoft.AspNetCore.Components;
using Willing.Typology.Classification;

namespace Willing.Reports.Views;

/// <summary>A model as a coloured badge: <c>&lt;span class="badge model-one"&gt;model one&lt;/span&gt;</c>.</summary>
public partial class ModelBadge
{
    /// <summary>The model: one, two, hybrid or undetermined.</summary>
    [Parameter, EditorRequired]
    public ModelKind Model { get; set; }

    private string Class => $"badge model-{Model.ToString().ToLowerInvariant()}";
}
