using Willing.Networks.Metrics;

namespace Willing.Networks.Tests;

/// <summary>Krackhardt's hierarchy on graphs small enough to count by hand: 1 − M/(M + A) over unordered reachable pairs.</summary>
public class HierarchyTests
{
    [Fact]
    public void Krackhardt_Tree_One()
    {
        // Pairs reached: a–b, a–c, a–d (through b), b–d; none both ways: M = 0, A = 4, H = 1.
        Assert.Equal(1.0, Hierarchy.Krackhardt(TestGraphs.Parse("a>b a>c b>d", directed: true)));
    }

    [Fact]
    public void Krackhardt_Cycle_Zero()
    {
        // a→b→c→a: every pair reaches the other: M = 3, A = 0, H = 0.
        Assert.Equal(0.0, Hierarchy.Krackhardt(TestGraphs.Parse("a>b b>c c>a", directed: true)));
    }

    [Fact]
    public void Krackhardt_OneMutualPairTwoOneWay_TwoThirds()
    {
        // a⇄b, b→c: {a,b} both ways (M = 1); {a,c} through b and {b,c} one way only (A = 2): H = 1 − 1/3.
        Assert.Equal(2.0 / 3, Hierarchy.Krackhardt(TestGraphs.Parse("a>b b>a b>c", directed: true)), 15);
    }

    [Fact]
    public void Krackhardt_MutualTopOverChain_Computed()
    {
        // a⇄b, b→c, c→d, d→c: mutual {a,b} and {c,d} (M = 2); one way {a,c}, {a,d}, {b,c}, {b,d} (A = 4): H = 1 − 2/6.
        Assert.Equal(1 - 2.0 / 6, Hierarchy.Krackhardt(TestGraphs.Parse("a>b b>a b>c c>d d>c", directed: true)), 15);
    }

    [Fact]
    public void Krackhardt_Undirected_Zero()
    {
        Assert.Equal(0.0, Hierarchy.Krackhardt(TestGraphs.Parse("a-b b-c", directed: false)));
    }

    [Fact]
    public void Krackhardt_NoEdges_NaN()
    {
        var builder = new GraphBuilder(true);
        builder.AddNode("a");
        builder.AddNode("b");
        Assert.True(double.IsNaN(Hierarchy.Krackhardt(builder.Build())));
    }
}
