using BenchmarkDotNet.Attributes;
using Willing.Networks;
using Willing.Networks.Metrics;

namespace Willing.Benchmarks;

/// <summary>
/// The network metrics on seeded random graphs: the path metrics (betweenness, closeness), eigenvector
/// and degree on 10,000 nodes and 50,000 edges; the linear-time metrics on 100,000 nodes and 1,000,000 edges.
/// </summary>
/// <remarks>Uniform random graphs (seed 2005), like those <c>bench/network-vs-igraph.sh</c> draws for its comparison with igraph. A search over all sources takes seconds, so the job is short: one warm-up and three measured iterations.</remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class NetworkBenchmarks
{
    private Graph _graph = null!;
    private Graph _large = null!;

    [GlobalSetup]
    public void Setup()
    {
        _graph = RandomGraph(10_000, 50_000, 2005);
        _large = RandomGraph(100_000, 1_000_000, 2005);
    }

    [Benchmark]
    [Arguments(1)]
    [Arguments(2)]
    public double Betweenness(int threads) => ShortestPaths.Betweenness(_graph, threads: threads)[0];

    /// <summary>Betweenness, closeness and harmonic closeness from the same searches, as <c>willing network metrics</c> computes them.</summary>
    [Benchmark]
    public double PathCentralitiesTogether() => ShortestPaths.Compute(_graph).Closeness[0];

    [Benchmark]
    public double Closeness() => ShortestPaths.Closeness(_graph)[0];

    [Benchmark]
    public double WeightedBetweenness() => ShortestPaths.Betweenness(_graph, weighted: true)[0];

    [Benchmark]
    public double EigenvectorCentrality() => Eigenvector.Compute(_graph)[0];

    [Benchmark]
    public int Degree() => Degrees.Degree(_graph)[0];

    [Benchmark]
    public int DegreeMillionEdges() => Degrees.Degree(_large)[0];

    [Benchmark]
    public int ComponentsMillionEdges() => ComponentSet.Of(_large).Count;

    [Benchmark]
    public int CorenessMillionEdges() => Coreness.Compute(_large)[0];

    [Benchmark]
    public double PageRankMillionEdges() => PageRank.Compute(_large)[0];

    [Benchmark]
    public double DegreeCentralizationMillionEdges() => Centralization.Degree(_large);

    [Benchmark]
    public int BuildMillionEdges() => RandomGraph(100_000, 1_000_000, 7).EdgeCount;

    private static Graph RandomGraph(int n, int m, int seed)
    {
        var random = new Random(seed);
        var builder = new GraphBuilder(directed: false);
        for (int v = 0; v < n; v++)
            builder.AddNode("n" + v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        while (builder.EdgeCount < m)
        {
            int a = random.Next(n), b = random.Next(n);
            if (a != b)
                builder.AddEdge(a, b);
        }

        return builder.Build();
    }
}
