using BenchmarkDotNet.Attributes;
using Willing.Networks;
using Willing.Simulation.Batches;
using Willing.Simulation.Data;
using Willing.Simulation.Mechanisms;
using Willing.Simulation.Parameters;
using Willing.Simulation.Randomness;

namespace Willing.Benchmarks;

/// <summary>
/// Actor-steps per second of the threshold cascade's synchronous update on a 10,000-actor, 50,000-tie network (issue 11):
/// a batch of <see cref="Runs"/> runs of <see cref="Steps"/> steps each, on 1 thread and on 2, as
/// <c>bench/threshold-vs-c.sh</c> compares with a plain C loop over the same CSR network.
/// </summary>
/// <remarks>
/// The network is <see cref="Network"/>: 10,000 nodes and exactly 50,000 distinct undirected ties drawn uniformly from
/// SimulationRandom(2005). Each run draws normal thresholds (mean 0.5, sd 0.12: the cascade stays small, so nearly every actor is summed at every step, the costly case) and 10 initial adopters from its own
/// seed, and takes 200 steps of the full update (<c>update = full</c>, <c>stop_at_rest = false</c>): every step visits
/// every actor, summing the weights of an actor's ties from adopters when it has not joined. One actor visited in one
/// step is one actor-step, so a run is 2,000,000 actor-steps; the figure per second is Runs × 2e6 over the mean time.
/// Only each run's final step is recorded (one model row), so the time is the model's: set-up (a copy of the network,
/// 10,000 agents, the thresholds, the CSR arrays) and the step loop.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ThresholdCascadeBenchmarks
{
    /// <summary>Runs in the batch.</summary>
    public const int Runs = 32;

    /// <summary>Steps per run.</summary>
    public const int Steps = 200;

    /// <summary>Actors.</summary>
    public const int Actors = 10_000;

    /// <summary>Ties.</summary>
    public const int Ties = 50_000;

    private Batch<ThresholdCascadeModel> _batch = null!;

    /// <summary>Worker threads of the batch.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>The benchmark's network: <see cref="Actors"/> nodes, <see cref="Ties"/> distinct undirected ties, seeded.</summary>
    public static Graph Network()
    {
        var random = new SimulationRandom(2005);
        var b = new GraphBuilder(directed: false);
        for (int i = 0; i < Actors; i++)
            b.AddNode($"A{i:D5}");
        var seen = new HashSet<long>();
        while (seen.Count < Ties)
        {
            int u = random.NextInt(Actors), v = random.NextInt(Actors);
            if (u == v)
                continue;
            long key = ((long)Math.Min(u, v) * Actors) + Math.Max(u, v);
            if (seen.Add(key))
                b.AddEdge(u, v);
        }

        return b.Build();
    }

    /// <summary>The batch the benchmark runs (also what the C comparison exports).</summary>
    public static Batch<ThresholdCascadeModel> CreateBatch(int runs) =>
        new(new ThresholdCascade(Network()),
            ParameterGrid.Empty.With("initial_adopters", 10L).With("threshold_mean", 0.5).With("update", "full").With("stop_at_rest", false),
            runs, 2005, Steps, new CollectionPlan(CollectionSchedule.FinalStep, CollectionSchedule.Never));

    [GlobalSetup]
    public void Setup() => _batch = CreateBatch(Runs);

    [Benchmark(OperationsPerInvoke = Runs)]
    public async Task<long> Batch()
    {
        using var stream = new MemoryStream();
        var summary = await BatchRunner.RunAsync(_batch, ResultFormat.Parquet, stream, null,
            options: new BatchRunOptions { Threads = Threads });
        return summary.ModelRows;
    }
}
