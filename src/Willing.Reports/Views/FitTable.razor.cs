using Microsoft.AspNetCore.Components;
using Willing.Simulation.Analysis;

namespace Willing.Reports.Views;

/// <summary>Observed against simulated at each observed month: the mean of the replicates, their 5–95 % band and the error.</summary>
public partial class FitTable
{
    /// <summary>The points, in month order.</summary>
    [Parameter, EditorRequired]
    public IEnumerable<FitPoint> Points { get; set; } = [];

    /// <summary>The table's caption.</summary>
    [Parameter, EditorRequired]
    public string Caption { get; set; } = null!;
}
