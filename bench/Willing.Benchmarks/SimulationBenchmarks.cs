using BenchmarkDotNet.Attributes;
using Willing.Networks;
using Willing.Simulation.Batches;
using Willing.Simulation.Data;
using Willing.Simulation.Mechanisms;
using Willing.Simulation.Parameters;
using Willing.Simulation.Randomness;

namespace Willing.Benchmarks;

/// <summary>
/// Runs per second of the threshold cascade on a 200-node network: one batch of 1,000 runs (normal thresholds of
/// mean 0.25 and sd 0.12, 2 initial adopters, at most 100 steps), written to Parquet in memory, on 1 thread and on
/// all cores; and one run alone, without writing.
/// </summary>
/// <remarks>
/// The network is a seeded G(n, p) graph with n = 200 and mean degree 8 (p = 8/199). Runs per second is
/// 1,000 divided by the batch's mean time. Each run builds its model (a copy of the network, 200 agents, thresholds),
/// steps until the cascade rests, and records one model row per step, so the figure covers the whole stack:
/// model, collector, reorder window and Parquet writer.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class SimulationBenchmarks
{
    private const int Runs = 1_000;
    private Batch<ThresholdCascadeModel> _batch = null!;

    /// <summary>Threads of the batch: 1, or 0 for all cores.</summary>
    [Params(1, 0)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new SimulationRandom(2005);
        var b = new GraphBuilder(directed: false);
        const int n = 200;
        for (int i = 0; i < n; i++)
            b.AddNode($"S{i:D3}");
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                if (random.NextBool(8.0 / (n - 1)))
                    b.AddEdge(i, j);
            }
        }

        _batch = new Batch<ThresholdCascadeModel>(new ThresholdCascade(b.Build()),
            ParameterGrid.Empty.With("initial_adopters", 2L), Runs, 2005, 100, CollectionPlan.Default);
    }

    [Benchmark(OperationsPerInvoke = Runs)]
    public async Task<long> Batch()
    {
        using var stream = new MemoryStream();
        var summary = await BatchRunner.RunAsync(_batch, ResultFormat.Parquet, stream, null,
            options: new BatchRunOptions { Threads = Threads == 0 ? Environment.ProcessorCount : Threads });
        return summary.ModelRows;
    }

    [Benchmark]
    public long OneRun() => BatchRunner.Replay(_batch, 17).Steps;
}
