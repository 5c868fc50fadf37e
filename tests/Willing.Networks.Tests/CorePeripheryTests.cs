using Willing.Networks.Metrics;

namespace Willing.Networks.Tests;

/// <summary>Borgatti–Everett core and periphery against a brute force written here, and on planted structures.</summary>
public class CorePeripheryTests
{
    [Theory]
    [InlineData(8, 12, 1, false, false)]
    [InlineData(10, 18, 2, false, false)]
    [InlineData(12, 20, 3, false, true)]
    [InlineData(9, 20, 4, true, false)]
    [InlineData(11, 30, 5, true, true)]
    public void Discrete_SmallGraphs_MatchesBruteForce(int n, int m, int seed, bool directed, bool mixedLinked)
    {
        var graph = TestGraphs.Random(n, m, seed, directed);
        var found = CorePeriphery.Discrete(graph, new CorePeripheryOptions(MixedPairsLinked: mixedLinked));
        double best = BruteForce(graph, mixedLinked);

        Assert.True(found.Exact);
        Assert.Equal(best, found.Correlation, 12);
        Assert.Equal(found.Correlation, BruteCorrelation(graph, found.Core, mixedLinked), 12);
    }

    [Fact]
    public void Discrete_PlantedCore_FoundExactlyAndByHeuristic()
    {
        // A core of six, all tied; thirty periphery nodes each tied to two core nodes and to no one else.
        var builder = new GraphBuilder(false);
        for (int i = 0; i < 6; i++)
        {
            for (int j = i + 1; j < 6; j++)
                builder.AddEdge(C(i), C(j));
        }

        for (int p = 0; p < 30; p++)
        {
            builder.AddEdge("p" + p.ToString(System.Globalization.CultureInfo.InvariantCulture), C(p % 6));
            builder.AddEdge("p" + p.ToString(System.Globalization.CultureInfo.InvariantCulture), C((p + 1) % 6));
        }

        var graph = builder.Build();
        var found = CorePeriphery.Discrete(graph);
        Assert.False(found.Exact);
        Assert.Equal(1.0, found.Correlation, 12);
        for (int v = 0; v < graph.NodeCount; v++)
            Assert.Equal(graph.Nodes[v].Id.StartsWith('c'), found.Core[v]);

        static string C(int i) => "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Discrete_Heuristic_ReachesTheExactOptimumAndIsSeeded()
    {
        var graph = TestGraphs.Random(16, 40, 9, directed: false);
        var exact = CorePeriphery.Discrete(graph);
        var heuristic = CorePeriphery.Discrete(graph, new CorePeripheryOptions(ExactUpTo: 0));
        Assert.True(exact.Exact);
        Assert.False(heuristic.Exact);
        Assert.True(heuristic.Correlation <= exact.Correlation + 1e-12);
        Assert.Equal(exact.Correlation, heuristic.Correlation, 9);
        Assert.Equal(heuristic.Core, CorePeriphery.Discrete(graph, new CorePeripheryOptions(ExactUpTo: 0)).Core);
    }

    [Fact]
    public void Continuous_RankOneWeights_RecoversCoreness()
    {
        // Weights wᵢⱼ = cᵢcⱼ on a complete graph fit exactly, so the fixed point is c itself.
        double[] c = [0.9, 0.8, 0.5, 0.3, 0.2, 0.1];
        var builder = new GraphBuilder(false);
        for (int i = 0; i < c.Length; i++)
            builder.AddNode("n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        for (int i = 0; i < c.Length; i++)
        {
            for (int j = i + 1; j < c.Length; j++)
                builder.AddEdge(i, j, c[i] * c[j]);
        }

        var coreness = CorePeriphery.Continuous(builder.Build());
        for (int i = 0; i < c.Length; i++)
            Assert.Equal(c[i], coreness[i], 9);
    }

    /// <summary>The best correlation over all 2ⁿ partitions, each computed from the adjacency matrix.</summary>
    private static double BruteForce(Graph graph, bool mixedLinked)
    {
        int n = graph.NodeCount;
        double best = double.NegativeInfinity;
        for (int mask = 0; mask < 1 << n; mask++)
        {
            var core = Enumerable.Range(0, n).Select(v => (mask >> v & 1) == 1).ToArray();
            double r = BruteCorrelation(graph, core, mixedLinked);
            if (r > best)
                best = r;
        }

        return best;
    }

    /// <summary>Pearson's r between the observed ties and the ideal pattern, over the pairs compared, written out pair by pair.</summary>
    private static double BruteCorrelation(Graph graph, bool[] core, bool mixedLinked)
    {
        var x = new List<double>();
        var y = new List<double>();
        int n = graph.NodeCount;
        for (int i = 0; i < n; i++)
        {
            for (int j = graph.IsDirected ? 0 : i + 1; j < n; j++)
            {
                if (i == j)
                    continue;
                double ideal;
                if (core[i] && core[j])
                    ideal = 1;
                else if (!core[i] && !core[j])
                    ideal = 0;
                else if (mixedLinked)
                    ideal = 1;
                else
                    continue;
                x.Add(graph.HasEdge(i, j) ? 1 : 0);
                y.Add(ideal);
            }
        }

        if (x.Count == 0)
            return double.NaN;
        double mx = x.Average(), my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (int k = 0; k < x.Count; k++)
        {
            sxy += (x[k] - mx) * (y[k] - my);
            sxx += (x[k] - mx) * (x[k] - mx);
            syy += (y[k] - my) * (y[k] - my);
        }

        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : double.NaN;
    }
}
