using BenchmarkDotNet.Attributes;
using Willing.Core.Reading;
using Willing.Simulation.Batches;
using Willing.Simulation.Parameters;
using Willing.Simulation.Scenarios;

namespace Willing.Benchmarks;

/// <summary>
/// A 10,000-replicate batch of the built-in Iraq 2003 scenario (leader recruitment and the exit hazard, 74 agents,
/// 82 steps each) at its default parameters, every step of every run recorded (820,000 model rows), written as Parquet
/// to a temporary file, on 1 thread and on 2 (issue 11).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class IraqBatchBenchmarks
{
    /// <summary>Replicates.</summary>
    public const int Replicates = 10_000;

    private IScenarioBatch _batch = null!;

    /// <summary>Worker threads of the batch.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var cases = CaseBase.LoadBuiltIn().CaseBase!;
        var sim = ScenarioLoader.LoadBuiltIn("iraq-2003", cases)!.Simulation!;
        _batch = sim.Batch(ParameterGrid.Empty, Replicates, 2005);
    }

    [Benchmark]
    public async Task<long> Batch()
    {
        var summary = await _batch.RunAsync(Path.Combine(Path.GetTempPath(), $"willing-bench-iraq-{Threads}.parquet"), ShardSpec.Whole, new BatchRunOptions { Threads = Threads });
        return summary.ModelRows;
    }
}
