using Willing.Networks.Metrics;

namespace Willing.Networks.Tests;

/// <summary>Every metric igraph (or NetworkX) has, against its values on the committed fixtures, to 1e-9.</summary>
public class IgraphFixtureTests
{
    public static TheoryData<string> Fixtures() => [.. Fixture.Names()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Degrees_Fixture_AsIgraph(string name)
    {
        var f = Fixture.Load(name);
        Close.Equal(f.Values("degree_all"), Degrees.Degree(f.Graph, NeighborMode.All).Select(d => (double)d).ToArray(), $"{name} degree all");
        Close.Equal(f.Values("degree_in"), Degrees.Degree(f.Graph, NeighborMode.In).Select(d => (double)d).ToArray(), $"{name} degree in");
        Close.Equal(f.Values("degree_out"), Degrees.Degree(f.Graph, NeighborMode.Out).Select(d => (double)d).ToArray(), $"{name} degree out");
        Close.Equal(f.Values("strength_all"), Degrees.Strength(f.Graph, NeighborMode.All), $"{name} strength");
        Close.Equal(f.Value("density"), Degrees.Density(f.Graph), $"{name} density");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Betweenness_Fixture_AsIgraph(string name)
    {
        var f = Fixture.Load(name);
        Close.Equal(f.Values("betweenness"), ShortestPaths.Betweenness(f.Graph, f.Weighted), $"{name} betweenness");
        Close.Equal(f.Values("betweenness_normalized"), ShortestPaths.Betweenness(f.Graph, f.Weighted, normalized: true), $"{name} normalised betweenness");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Closeness_Fixture_AsIgraph(string name)
    {
        var f = Fixture.Load(name);
        Close.Equal(f.Values("closeness_out"), ShortestPaths.Closeness(f.Graph, NeighborMode.Out, f.Weighted), $"{name} closeness out");
        Close.Equal(f.Values("closeness_all"), ShortestPaths.Closeness(f.Graph, NeighborMode.All, f.Weighted), $"{name} closeness all");
        Close.Equal(f.Values("closeness_out_raw"), ShortestPaths.Closeness(f.Graph, NeighborMode.Out, f.Weighted, normalized: false), $"{name} closeness out, not normalised");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Harmonic_Fixture_AsIgraphAndNetworkX(string name)
    {
        var f = Fixture.Load(name);
        Close.Equal(f.Values("harmonic_out"), ShortestPaths.Harmonic(f.Graph, NeighborMode.Out, f.Weighted), $"{name} harmonic out");
        Close.Equal(f.Values("harmonic_all"), ShortestPaths.Harmonic(f.Graph, NeighborMode.All, f.Weighted), $"{name} harmonic all");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Eigenvector_Fixture_AsIgraph(string name)
    {
        var f = Fixture.Load(name);
        Close.Equal(f.Values("eigenvector"), Eigenvector.Compute(f.Graph, f.Weighted), $"{name} eigenvector");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void PageRank_Fixture_AsIgraphPrpack(string name)
    {
        var f = Fixture.Load(name);
        Close.Equal(f.Values("pagerank"), PageRank.Compute(f.Graph, 0.85, f.Weighted), $"{name} pagerank");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Components_Fixture_SamePartitionAsIgraph(string name)
    {
        var f = Fixture.Load(name);
        Assert.Equal(FirstSeen(f.Values("weak_membership")), ComponentSet.Of(f.Graph).Membership);
        Assert.Equal(FirstSeen(f.Values("strong_membership")), ComponentSet.Of(f.Graph, strong: true).Membership);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Coreness_Fixture_AsIgraph(string name)
    {
        var f = Fixture.Load(name);
        Close.Equal(f.Values("coreness_all"), Coreness.Compute(f.Graph, NeighborMode.All).Select(d => (double)d).ToArray(), $"{name} coreness all");
        Close.Equal(f.Values("coreness_out"), Coreness.Compute(f.Graph, NeighborMode.Out).Select(d => (double)d).ToArray(), $"{name} coreness out");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Constraint_Fixture_AsIgraph(string name)
    {
        var f = Fixture.Load(name);
        Close.Equal(f.Values("constraint"), Constraint.Compute(f.Graph, f.Weighted), $"{name} constraint");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Centralization_Fixture_FreemanFromIgraphValues(string name)
    {
        var f = Fixture.Load(name);
        if (!f.Has("degree_centralization"))
            return;
        Close.Equal(f.Value("degree_centralization"), Centralization.Degree(f.Graph), $"{name} degree centralization");
        Close.Equal(f.Value("betweenness_centralization"), Centralization.Betweenness(f.Graph, f.Weighted), $"{name} betweenness centralization");
    }

    [Fact]
    public void Fixtures_All_Found()
    {
        Assert.True(Fixture.Names().Count() >= 12);
    }

    /// <summary>igraph's component numbers renumbered in the order each component is first met, as Willing numbers them.</summary>
    private static int[] FirstSeen(double[] membership)
    {
        var renumber = new Dictionary<double, int>();
        return membership.Select(m => renumber.TryGetValue(m, out int c) ? c : renumber[m] = renumber.Count).ToArray();
    }
}
