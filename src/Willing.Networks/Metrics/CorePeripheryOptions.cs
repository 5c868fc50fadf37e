namespace Willing.Networks.Metrics;

/// <summary>How <see cref="CorePeriphery.Discrete"/> searches.</summary>
/// <param name="ExactUpTo">Graphs with at most this many nodes are solved exactly, by trying all 2ⁿ partitions (at most 24).</param>
/// <param name="Restarts">The random starts of the heuristic on larger graphs, besides the starts from the degree ranking.</param>
/// <param name="Seed">The seed of the heuristic's random starts.</param>
/// <param name="MixedPairsLinked">Whether the ideal pattern expects a tie between a core and a periphery node (Borgatti and Everett's alternative); by default such pairs are left out of the correlation.</param>
public sealed record CorePeripheryOptions(int ExactUpTo = 20, int Restarts = 20, int Seed = 1999, bool MixedPairsLinked = false)
{
    /// <summary>The defaults: exact up to 20 nodes, 20 seeded restarts beyond, mixed pairs left out.</summary>
    public static CorePeripheryOptions Default { get; } = new();
}
