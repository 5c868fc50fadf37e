namespace Willing.Networks.Metrics;

/// <summary>The discrete core–periphery partition of a graph found by <see cref="CorePeriphery.Discrete"/>.</summary>
/// <param name="Core">Whether each node is in the core.</param>
/// <param name="Correlation">The Pearson correlation between the observed adjacency and the ideal pattern of this partition; NaN when no partition has a defined correlation.</param>
/// <param name="Exact">Whether every partition was tried (otherwise the heuristic's best).</param>
public sealed record CorePeripheryPartition(bool[] Core, double Correlation, bool Exact)
{
    /// <summary>The number of core nodes.</summary>
    public int CoreSize => Core.Count(c => c);
}
