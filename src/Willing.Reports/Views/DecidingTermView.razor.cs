using Microsoft.AspNetCore.Components;
using Willing.Reports.Validation;

namespace Willing.Reports.Views;

/// <summary>A term that decides a set: its dimension with its membership, and the indicators behind it (<see cref="IndicatorSummary"/>).</summary>
public partial class DecidingTermView
{
    /// <summary>The deciding term.</summary>
    [Parameter, EditorRequired]
    public DecidingTerm Term { get; set; } = null!;
}
