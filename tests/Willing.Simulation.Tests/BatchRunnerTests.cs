using Willing.Simulation.Batches;
using Willing.Simulation.Data;
using Willing.Simulation.Parameters;

namespace Willing.Simulation.Tests;

public sealed class BatchRunnerTests : IDisposable
{
    private readonly string _dir = TestBatches.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<(byte[] Model, byte[] Agents, BatchSummary Summary)> RunAsync(int threads, long seed = 2005, string ext = ".parquet", int? window = null)
    {
        string path = Path.Combine(_dir, $"t{threads}-{seed}-{window}{ext}");
        var summary = await BatchRunner.RunAsync(TestBatches.Standard(seed), path, options: new BatchRunOptions { Threads = threads, ReorderWindow = window });
        return (await File.ReadAllBytesAsync(path), await File.ReadAllBytesAsync(ResultFiles.AgentTablePath(path)), summary);
    }

    [Fact]
    public async Task RunAsync_OneTwoAndSevenThreads_WriteByteIdenticalFiles()
    {
        var one = await RunAsync(1);
        var two = await RunAsync(2);
        var seven = await RunAsync(7, window: 3);
        Assert.Equal(one.Model, two.Model);
        Assert.Equal(one.Model, seven.Model);
        Assert.Equal(one.Agents, two.Agents);
        Assert.Equal(one.Agents, seven.Agents);
        Assert.Equal(30, one.Summary.Runs.Count);
        Assert.Equal(7, seven.Summary.Threads);
    }

    [Fact]
    public async Task RunAsync_SameSeedTwice_SameBytes_OtherSeed_OtherRows()
    {
        var a = await RunAsync(2, seed: 1);
        var b = await RunAsync(2, seed: 1);
        Assert.Equal(a.Model, b.Model);
        var c = await RunAsync(2, seed: 2);
        Assert.NotEqual(a.Model, c.Model);
    }

    [Fact]
    public async Task Csv_HoldsTheSameRowsAsParquet()
    {
        string pq = Path.Combine(_dir, "same.parquet"), csv = Path.Combine(_dir, "same.csv");
        await BatchRunner.RunAsync(TestBatches.Standard(), pq, options: new() { Threads = 2 });
        await BatchRunner.RunAsync(TestBatches.Standard(), csv, options: new() { Threads = 1 });
        var lines = await File.ReadAllLinesAsync(csv);
        var header = lines[0].Split(',');
        Assert.Equal(TestBatches.Standard().ModelLayout.Columns.Select(c => c.Name), header);
        int line = 1;
        await foreach (var run in ResultFile.ReadRunsAsync(pq))
        {
            for (int r = 0; r < run.RowCount; r++, line++)
                Assert.Equal(lines[line], string.Join(",", run.Row(r).Select(v => v.ToString())));
        }

        Assert.Equal(lines.Length, line);
        Assert.True(File.Exists(ResultFiles.AgentTablePath(csv)));
    }

    [Fact]
    public async Task Replay_AnyRun_GivesTheRowsTheBatchWrote()
    {
        var batch = TestBatches.Standard();
        string path = Path.Combine(_dir, "replay.parquet");
        await BatchRunner.RunAsync(batch, path, options: new() { Threads = 2 });
        var fileRuns = await ToListAsync(ResultFile.ReadRunsAsync(path));
        var agentRuns = await ToListAsync(ResultFile.ReadRunsAsync(ResultFiles.AgentTablePath(path)));
        Assert.Equal(30, fileRuns.Count);
        foreach (int i in new[] { 0, 7, 29 })
        {
            var replay = BatchRunner.Replay(batch, i);
            AssertSameRows(fileRuns[i], replay.Model);
            AssertSameRows(agentRuns[i], replay.Agents!);
        }
    }

    [Fact]
    public async Task RunOne_FromTheSeedAndParametersRecordedInARow_GivesThatRunsRows()
    {
        var batch = TestBatches.Standard();
        string path = Path.Combine(_dir, "seed.parquet");
        await BatchRunner.RunAsync(batch, path, options: new() { Threads = 2 });
        var run = (await ToListAsync(ResultFile.ReadRunsAsync(path)))[17];
        var layout = run.Layout;
        long seed = run.Long(0, layout.IndexOf("seed"));
        var parameters = batch.Mechanism.Parameters.Defaults;
        foreach (var p in batch.Mechanism.Parameters.Definitions)
            parameters = parameters.With(p.Name, run.Value(0, p.Name));
        var again = BatchRunner.RunOne(batch.Mechanism, parameters, seed, batch.StepLimit, batch.Collection,
            run: 17, point: run.Long(0, 1), replicate: run.Long(0, 2));
        AssertSameRows(run, again.Model);
    }

    [Fact]
    public async Task RunAsync_ManyUnevenRuns_NeverHoldMoreThanTheWindow()
    {
        // 600 runs, every 9th much slower than the others, on 2 threads with a window of 4: the writer must wait
        // for the slow run while the fast ones pile up, and the window must stop them.
        var toy = new ToyMechanism();
        var batch = new Batch<ToyModel>(toy, ParameterGrid.Empty.With("slow_every", 9L), 600, 3, 5);
        var progress = new List<BatchProgress>();
        var summary = await BatchRunner.RunAsync(batch, ResultFormat.Parquet, new MemoryStream(), null,
            options: new() { Threads = 2, ReorderWindow = 4, Progress = progress.Add });
        Assert.InRange(summary.PeakBufferedRuns, 2, 4);
        Assert.Equal(4, summary.ReorderWindow);
        Assert.Equal(Enumerable.Range(1, 600).Select(i => (long)i), progress.Select(p => p.RunsDone));
        Assert.Equal(600 * 6, progress[^1].ModelRows);
        Assert.All(progress, p => Assert.Equal(600, p.RunsTotal));
    }

    [Fact]
    public async Task RunAsync_AFailingRun_FailsTheBatchNamingTheRun_AndLeavesNoFile()
    {
        var batch = new Batch<ToyModel>(new ToyMechanism(), ParameterGrid.Empty.With("fail_run", 13L), 40, 3, 5);
        string path = Path.Combine(_dir, "fail.parquet");
        var e = await Assert.ThrowsAsync<SimulationRunException>(() => BatchRunner.RunAsync(batch, path, options: new() { Threads = 2 }));
        Assert.Equal(13, e.Run);
        Assert.Contains("told to fail", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public async Task RunAsync_Cancelled_Stops()
    {
        using var cts = new CancellationTokenSource();
        var batch = new Batch<ToyModel>(new ToyMechanism(), ParameterGrid.Empty.With("slow_every", 1L), 10_000, 3, 5);
        var run = BatchRunner.RunAsync(batch, ResultFormat.Csv, new MemoryStream(), null,
            options: new() { Threads = 2, Progress = p => { if (p.RunsDone == 5) cts.Cancel(); } }, cancellationToken: cts.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact]
    public void Batch_RunsAreReplicateMajor_WithDerivedSeeds()
    {
        var batch = TestBatches.Standard();
        Assert.Equal(6, batch.PointCount);
        var r = batch.Run(13);
        Assert.Equal((1L, 2L), (r.Point, r.Replicate));
        Assert.Equal(Randomness.RunSeeds.Derive(2005, 13), r.Seed);
        Assert.Equal(0.05, r.Parameters.Double("threshold_sd"));
        Assert.Equal(3, r.Parameters.Long("initial_adopters"));
    }

    [Fact]
    public void Batch_Fingerprint_CoversSeedGridAndReplicates()
    {
        string f = TestBatches.Standard().Fingerprint;
        Assert.Equal(f, TestBatches.Standard().Fingerprint);
        Assert.NotEqual(f, TestBatches.Standard(seed: 1).Fingerprint);
        Assert.NotEqual(f, TestBatches.Standard(replicates: 6).Fingerprint);
        Assert.Matches("^[0-9a-f]{64}$", f);
        Assert.Contains("\"seed\":2005", TestBatches.Standard().Specification, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_BadGrid_IsRefusedWithEveryProblem()
    {
        var e = Assert.Throws<ArgumentException>(() => new Batch<ToyModel>(new ToyMechanism(),
            ParameterGrid.Empty.With("agents", 0L).With("colour", "red"), 1, 1, 1));
        Assert.Contains("agents = 0 is outside its range [1, 100]", e.Message, StringComparison.Ordinal);
        Assert.Contains("colour, which is not a parameter", e.Message, StringComparison.Ordinal);
    }

    internal static void AssertSameRows(SimulationTable expected, SimulationTable actual)
    {
        Assert.Equal(expected.Layout.Signature, actual.Layout.Signature);
        Assert.Equal(expected.RowCount, actual.RowCount);
        for (int r = 0; r < expected.RowCount; r++)
        {
            for (int c = 0; c < expected.Layout.Columns.Length; c++)
            {
                var (e, a) = (expected.Value(r, c), actual.Value(r, c));
                Assert.True(e == a, $"row {r}, column {expected.Layout.Columns[c].Name}: expected {e} ({e.Type}), got {a} ({a.Type})");
            }
        }
    }

    internal static async Task<List<SimulationTable>> ToListAsync(IAsyncEnumerable<SimulationTable> runs)
    {
        var list = new List<SimulationTable>();
        await foreach (var r in runs)
            list.Add(r);
        return list;
    }
}
