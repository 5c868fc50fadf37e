using Willing.Networks.Metrics;

namespace Willing.Networks.Tests;

/// <summary>The path metrics come out bit-for-bit the same on one thread and on two.</summary>
public class DeterminismTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void Compute_OneAndTwoThreads_Identical(bool directed, bool weighted)
    {
        var graph = TestGraphs.Random(1500, 6000, 11, directed, weighted);
        var one = ShortestPaths.Compute(graph, NeighborMode.Out, weighted, threads: 1);
        var two = ShortestPaths.Compute(graph, NeighborMode.Out, weighted, threads: 2);
        Assert.Equal(one.Betweenness, two.Betweenness);
        Assert.Equal(one.Closeness, two.Closeness);
        Assert.Equal(one.Harmonic, two.Harmonic);
        Assert.Equal(one.Reached, two.Reached);
        Assert.Contains(one.Betweenness, b => b > 0);
    }

    [Fact]
    public void Compute_ManyThreads_SameAsOne()
    {
        var graph = TestGraphs.Random(700, 2000, 5, directed: false);
        Assert.Equal(ShortestPaths.Betweenness(graph, threads: 1), ShortestPaths.Betweenness(graph, threads: 7));
    }
}
