namespace Willing.Networks.Tests;

public class GraphBuilderTests
{
    [Fact]
    public void AddEdge_Parallel_MergedBySummingWeights()
    {
        var b = new GraphBuilder(false);
        b.AddEdge("a", "b", 1.5);
        b.AddEdge("b", "a", 2);
        b.AddEdge("a", "c");
        var g = b.Build();
        Assert.Equal(2, g.EdgeCount);
        Assert.Equal(3.5, g.Edges[0].Weight);
        Assert.True(g.IsWeighted);
        Assert.True(g.HasEdge(1, 0));
    }

    [Fact]
    public void AddEdge_DirectedReverse_KeptApart()
    {
        var b = new GraphBuilder(true);
        b.AddEdge("a", "b");
        b.AddEdge("b", "a");
        var g = b.Build();
        Assert.Equal(2, g.EdgeCount);
        Assert.False(g.IsWeighted);
        Assert.Equal(2, g.Neighbors(0, NeighborMode.All).Length);
        Assert.Equal(1, g.Neighbors(0, NeighborMode.Out).Length);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void AddEdge_BadWeight_Refused(double weight)
    {
        Assert.Throws<ArgumentException>(() => new GraphBuilder(false).AddEdge("a", "b", weight));
    }

    [Fact]
    public void AddEdge_SelfLoop_Refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new GraphBuilder(false).AddEdge("a", "a"));
        Assert.Contains("self-loop", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddNode_AfterEdge_SetsAttributesKeepsIndex()
    {
        var b = new GraphBuilder(false);
        b.AddEdge("x", "y");
        Assert.Equal(1, b.AddNode("y", kind: "ngo", group: "g", member: true));
        var g = b.Build();
        Assert.Equal(new NetworkNode("y", "ngo", "g", true), g.Nodes[1]);
        Assert.Equal(-1, g.IndexOf("z"));
    }
}
