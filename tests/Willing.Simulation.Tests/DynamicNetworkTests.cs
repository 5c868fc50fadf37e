using Willing.Networks;
using Willing.Networks.Metrics;
using Willing.Simulation.Space;

namespace Willing.Simulation.Tests;

public class DynamicNetworkTests
{
    private static Graph Triangle(bool directed)
    {
        var b = new GraphBuilder(directed);
        b.AddNode("a", "state");
        b.AddNode("b", "ngo");
        b.AddNode("c");
        b.AddEdge("a", "b", 2);
        b.AddEdge("b", "c");
        return b.Build();
    }

    [Fact]
    public void FromGraph_ToGraph_RoundTripsNodesAndEdges()
    {
        var g = TestBatches.RandomGraph(30, 0.2, 3);
        var back = DynamicNetwork.FromGraph(g).ToGraph();
        Assert.Equal(g.Nodes.Length, back.Nodes.Length);
        for (int i = 0; i < g.Nodes.Length; i++)
            Assert.True(g.Nodes[i] == back.Nodes[i], $"{g.Nodes[i]} vs {back.Nodes[i]}");
        Assert.Equal(g.Edges.Select(e => (Math.Min(e.Source, e.Target), Math.Max(e.Source, e.Target), e.Weight)).Order(),
            back.Edges.Select(e => (e.Source, e.Target, e.Weight)));
        Assert.Equal(Degrees.Degree(g), Degrees.Degree(back));
    }

    [Fact]
    public void Undirected_TieAppearsAtBothEnds_AndIsRemovedFromBoth()
    {
        var n = DynamicNetwork.FromGraph(Triangle(false));
        Assert.True(n.HasTie(1, 0));
        Assert.Equal(2, n.Weight(1, 0));
        Assert.True(n.AddTie(2, 0, 0.5));
        Assert.False(n.AddTie(0, 2, 9));
        Assert.Equal(3, n.TieCount);
        Assert.Equal(2, n.Degree(0));
        Assert.True(n.RemoveTie(1, 0));
        Assert.False(n.HasTie(0, 1));
        Assert.Equal([2], n.Ties(0).ToArray().Select(t => t.Node));
        Assert.Equal([2], n.Ties(1).ToArray().Select(t => t.Node));
        Assert.Equal(2, n.TieCount);
        Assert.Equal(2, n.Version);
    }

    [Fact]
    public void Directed_OutInAndAll_AreKeptApart()
    {
        var n = DynamicNetwork.FromGraph(Triangle(true));
        Assert.True(n.HasTie(0, 1));
        Assert.False(n.HasTie(1, 0));
        Assert.Equal([1], n.Ties(0, NeighborMode.Out).ToArray().Select(t => t.Node));
        Assert.Equal([0], n.Ties(1, NeighborMode.In).ToArray().Select(t => t.Node));
        Assert.Equal(2, n.Degree(1, NeighborMode.All));
        n.SetTie(0, 1, 5);
        Assert.Equal(5, n.Ties(1, NeighborMode.In)[0].Weight);
        Assert.Equal(5, n.Strength(0, NeighborMode.Out));
        n.RemoveTie(0, 1);
        Assert.Equal(0, n.Degree(1, NeighborMode.In));
        Assert.Equal(1, n.Degree(1, NeighborMode.All));
    }

    [Fact]
    public void TieTypes_AreSeparate_AndMergeOnExport()
    {
        var g = Triangle(false);
        var n = DynamicNetwork.FromGraph(g, "coordination", ["coordination", "funding"]);
        int funding = n.TieType("funding");
        Assert.True(n.AddTie(0, 1, 3, funding));
        Assert.Equal(3, n.TieCount);
        Assert.Equal(5, n.ToGraph().Edges.Single(e => e.Source == 0 && e.Target == 1).Weight);
        Assert.Equal(3, n.ToGraph([funding]).Edges.Single().Weight);
        Assert.Throws<ArgumentException>(() => n.TieType("trade"));
    }

    [Fact]
    public void AddTie_SelfLoopOrBadWeight_IsRefused()
    {
        var n = DynamicNetwork.FromGraph(Triangle(false));
        Assert.Throws<ArgumentException>(() => n.AddTie(1, 1));
        Assert.Throws<ArgumentException>(() => n.AddTie(0, 2, 0));
        Assert.Throws<ArgumentException>(() => n.AddTie(0, 2, double.NaN));
    }

    [Fact]
    public void Clone_IsIndependent()
    {
        var n = DynamicNetwork.FromGraph(Triangle(false));
        var copy = n.Clone();
        copy.RemoveTie(0, 1);
        copy.AddTie(0, 2);
        Assert.True(n.HasTie(0, 1));
        Assert.False(n.HasTie(0, 2));
        Assert.Equal(1, n.Degree(0));

        var second = n.Clone();
        n.SetTie(1, 2, 7);
        n.RemoveTie(0, 1);
        Assert.Equal(1, second.Weight(1, 2));
        Assert.True(second.HasTie(0, 1));
        Assert.Equal(2, second.Degree(1));
        Assert.Equal(0, copy.Weight(0, 1));
    }

    [Fact]
    public void ToGraph_AfterChanges_DoesNotDependOnTheOrderTiesWereMade()
    {
        var g = TestBatches.RandomGraph(20, 0.3, 5);
        var a = DynamicNetwork.FromGraph(g);
        var b = DynamicNetwork.FromGraph(g);
        a.AddTie(0, 19);
        a.AddTie(3, 7, 2);
        a.RemoveTie(g.Edges[0].Source, g.Edges[0].Target);
        b.RemoveTie(g.Edges[0].Target, g.Edges[0].Source);
        b.AddTie(7, 3, 2);
        b.AddTie(19, 0);
        var (ea, eb) = (a.ToGraph().Edges, b.ToGraph().Edges);
        Assert.Equal(ea.Length, eb.Length);
        for (int i = 0; i < ea.Length; i++)
            Assert.True(ea[i] == eb[i], $"edge {i}: {ea[i]} vs {eb[i]}");
    }

    [Fact]
    public void ToGraph_NodeOverride_SetsMembership()
    {
        var n = DynamicNetwork.FromGraph(Triangle(false));
        var g = n.ToGraph(node: i => n.Nodes[i] with { Member = i == 0 });
        Assert.Equal([true, false, false], g.Nodes.Select(x => x.Member));
    }
}
