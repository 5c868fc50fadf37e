using Willing.Networks.Metrics;

namespace Willing.Networks.Tests;

/// <summary>The 16-bit breadth-first search gives bit-for-bit the results of the same search in 32 bits (what graphs of 65,536 nodes or more run).</summary>
public class CompactSearchTests
{
    [Theory]
    [InlineData(300, 900, 1, false, NeighborMode.Out)]
    [InlineData(1200, 2500, 2, false, NeighborMode.Out)]
    [InlineData(2000, 12000, 3, false, NeighborMode.Out)]
    [InlineData(800, 3000, 4, true, NeighborMode.Out)]
    [InlineData(800, 3000, 4, true, NeighborMode.In)]
    [InlineData(800, 3000, 4, true, NeighborMode.All)]
    [InlineData(1500, 1600, 5, true, NeighborMode.Out)]
    public void Compute_Compact_SameBitsAsReference(int n, int m, int seed, bool directed, NeighborMode mode)
    {
        var graph = TestGraphs.Random(n, m, seed, directed);
        var compact = ShortestPaths.Compute(graph, mode, weighted: false, threads: 2, compact: true);
        var reference = ShortestPaths.Compute(graph, mode, weighted: false, threads: 2, compact: false);
        Assert.Equal(Bits(reference.Betweenness), Bits(compact.Betweenness));
        Assert.Equal(Bits(reference.Closeness), Bits(compact.Closeness));
        Assert.Equal(Bits(reference.Harmonic), Bits(compact.Harmonic));
        Assert.Equal(reference.Reached, compact.Reached);
        Assert.Contains(reference.Betweenness, b => b > 0);
    }

    private static long[] Bits(double[] values) => Array.ConvertAll(values, BitConverter.DoubleToInt64Bits);
}
