using Willing.Networks;
using Willing.Simulation.Batches;
using Willing.Simulation.Data;
using Willing.Simulation.Mechanisms;
using Willing.Simulation.Parameters;
using Willing.Simulation.Randomness;

namespace Willing.Simulation.Tests;

/// <summary>The batches the tests share, built the same way in the test process and in the shard worker processes.</summary>
internal static class TestBatches
{
    /// <summary>An Erdős–Rényi G(n, p) graph drawn from a fixed seed (pairs in lexicographic order, each kept with probability p).</summary>
    public static Graph RandomGraph(int n, double p, long seed)
    {
        var random = new SimulationRandom(seed);
        var b = new GraphBuilder(directed: false);
        for (int i = 0; i < n; i++)
            b.AddNode($"A{i:D3}", i % 7 == 0 ? "ngo" : "state");
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                if (random.NextBool(p))
                    b.AddEdge(i, j, 1 + (i + j) % 3);
            }
        }

        return b.Build();
    }

    /// <summary>The complete graph on n nodes.</summary>
    public static Graph Complete(int n)
    {
        var b = new GraphBuilder(directed: false);
        for (int i = 0; i < n; i++)
            b.AddNode($"N{i:D3}");
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
                b.AddEdge(i, j);
        }

        return b.Build();
    }

    /// <summary>
    /// The standard batch: a cascade on a 40-node random graph, 3 values of sigma × 2 of the initial adopters × 5
    /// replicates = 30 runs, model rows every step and agent rows at the final step, small row groups so that files
    /// have several.
    /// </summary>
    public static Batch<ThresholdCascadeModel> Standard(long seed = 2005, int replicates = 5) => new(
        new ThresholdCascade(RandomGraph(40, 0.12, 11)),
        ParameterGrid.Empty.With("threshold_sd", 0.05, 0.12, 0.2).With("initial_adopters", 1L, 3L),
        replicates, seed, stepLimit: 60,
        new CollectionPlan(CollectionSchedule.EveryStep, CollectionSchedule.FinalStep),
        rowGroupRows: 50);

    public static string TempDir()
    {
        string dir = Path.Combine(Path.GetTempPath(), "willing-sim-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
