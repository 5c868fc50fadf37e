using System.Diagnostics;
using System.Runtime.InteropServices;
using Willing.Simulation.Batches;
using Willing.Simulation.Mechanisms;

namespace Willing.Simulation.Tests;

public sealed class ShardTests : IDisposable
{
    private readonly string _dir = TestBatches.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(10, 3, new long[] { 0, 3, 6, 10 })]
    [InlineData(30, 4, new long[] { 0, 7, 15, 22, 30 })]
    [InlineData(2, 5, new long[] { 0, 0, 0, 1, 1, 2 })]
    [InlineData(0, 2, new long[] { 0, 0, 0 })]
    public void RunsOf_SplitsContiguouslyByTheFloorRule(long runs, int n, long[] bounds)
    {
        for (int k = 1; k <= n; k++)
            Assert.Equal(new RunRange(bounds[k - 1], bounds[k] - bounds[k - 1]), new ShardSpec(k, n).RunsOf(runs));
    }

    [Fact]
    public void RunsOf_AnyCount_CoversEveryRunOnce_SizesWithinOne()
    {
        foreach (long runs in new long[] { 1, 7, 30, 1001, 5_000_000_000 })
        {
            foreach (int n in new[] { 1, 2, 3, 5, 7, 64 })
            {
                var ranges = Enumerable.Range(1, n).Select(k => new ShardSpec(k, n).RunsOf(runs)).ToList();
                Assert.Equal(0, ranges[0].First);
                Assert.Equal(runs, ranges[^1].End);
                Assert.All(ranges.Zip(ranges.Skip(1)), p => Assert.Equal(p.First.End, p.Second.First));
                Assert.True(ranges.Max(r => r.Count) - ranges.Min(r => r.Count) <= 1);
            }
        }
    }

    [Theory]
    [InlineData("2/3", true)]
    [InlineData("1/1", true)]
    [InlineData("0/3", false)]
    [InlineData("4/3", false)]
    [InlineData("2", false)]
    [InlineData("a/b", false)]
    [InlineData("-1/3", false)]
    public void TryParse_KOverN(string text, bool ok)
    {
        Assert.Equal(ok, ShardSpec.TryParse(text, out _, out string? error));
        Assert.Equal(ok, error is null);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Merge_InProcessShards_IsByteIdenticalToOneProcess(int n)
    {
        // 30 runs: n = 4 splits unevenly (7, 8, 7, 8).
        string whole = await WholeAsync();
        var parts = new List<string>();
        for (int k = n; k >= 1; k--)
        {
            string part = Path.Combine(_dir, $"part-{k}.parquet");
            var s = await BatchRunner.RunAsync(TestBatches.Standard(), part, new ShardSpec(k, n), new() { Threads = 1 + k % 2 });
            Assert.Equal(new ShardSpec(k, n).RunsOf(30), s.Runs);
            parts.Add(part);
            parts.Add(ResultFiles.AgentTablePath(part));
        }

        string merged = Path.Combine(_dir, "merged.parquet");
        var result = await BatchMerger.MergeAsync(parts, merged);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(await File.ReadAllBytesAsync(whole), await File.ReadAllBytesAsync(merged));
        Assert.Equal(await File.ReadAllBytesAsync(ResultFiles.AgentTablePath(whole)), await File.ReadAllBytesAsync(ResultFiles.AgentTablePath(merged)));
    }

    [Fact]
    public async Task Merge_MoreShardsThanRuns_EmptyShardsIncluded_IsByteIdentical()
    {
        var batch = new Batch<ThresholdCascadeModel>(TestBatches.Standard().Mechanism, Parameters.ParameterGrid.Empty, 3, 9, 20);
        string whole = Path.Combine(_dir, "few.parquet");
        await BatchRunner.RunAsync(batch, whole);
        var parts = new List<string>();
        for (int k = 1; k <= 5; k++)
        {
            parts.Add(Path.Combine(_dir, $"few-{k}.parquet"));
            await BatchRunner.RunAsync(batch, parts[^1], new ShardSpec(k, 5));
        }

        string merged = Path.Combine(_dir, "few-merged.parquet");
        var result = await BatchMerger.MergeAsync(parts, merged);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(await File.ReadAllBytesAsync(whole), await File.ReadAllBytesAsync(merged));
    }

    [Fact]
    public async Task Merge_ToCsv_IsByteIdenticalToOneProcessWritingCsv()
    {
        string whole = Path.Combine(_dir, "whole.csv");
        await BatchRunner.RunAsync(TestBatches.Standard(), whole);
        var parts = new List<string>();
        for (int k = 1; k <= 3; k++)
        {
            string part = Path.Combine(_dir, $"c-{k}.parquet");
            await BatchRunner.RunAsync(TestBatches.Standard(), part, new ShardSpec(k, 3));
            parts.AddRange([part, ResultFiles.AgentTablePath(part)]);
        }

        string merged = Path.Combine(_dir, "merged.csv");
        Assert.True((await BatchMerger.MergeAsync(parts, merged)).Succeeded);
        Assert.Equal(await File.ReadAllBytesAsync(whole), await File.ReadAllBytesAsync(merged));
    }

    [Fact]
    public async Task Merge_ShardsRunAsSeparateProcesses_IsByteIdenticalToOneProcess()
    {
        // Each shard is a separate OS process: the test assembly run as a program (ShardWorker.Main), with the
        // dotnet host that runs these tests. Shard 2 uses two threads, to show the thread count does not matter.
        string whole = await WholeAsync();
        string assembly = typeof(ShardWorker).Assembly.Location;
        var processes = Enumerable.Range(1, 3).Select(k => Start(DotnetHost(), assembly, "shard", $"{k}/3", Path.Combine(_dir, $"proc-{k}.parquet"), k == 2 ? "2" : "1")).ToList();
        foreach (var p in processes)
        {
            string stderr = await p.StandardError.ReadToEndAsync();
            await p.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            Assert.True(p.ExitCode == 0, $"a shard process failed ({p.ExitCode}): {stderr}");
            p.Dispose();
        }

        var parts = Directory.GetFiles(_dir, "proc-*.parquet");
        Assert.Equal(6, parts.Length);
        string merged = Path.Combine(_dir, "proc-merged.parquet");
        var result = await BatchMerger.MergeAsync(parts, merged);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(await File.ReadAllBytesAsync(whole), await File.ReadAllBytesAsync(merged));
        Assert.Equal(await File.ReadAllBytesAsync(ResultFiles.AgentTablePath(whole)), await File.ReadAllBytesAsync(ResultFiles.AgentTablePath(merged)));
    }

    [Fact]
    public async Task RunAsync_ShardAsCsv_IsRefused()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => BatchRunner.RunAsync(TestBatches.Standard(), Path.Combine(_dir, "x.csv"), new ShardSpec(1, 2)));
        Assert.Contains("a shard is written as Parquet", e.Message, StringComparison.Ordinal);
    }

    private async Task<string> WholeAsync()
    {
        string whole = Path.Combine(_dir, "whole.parquet");
        if (!File.Exists(whole))
            await BatchRunner.RunAsync(TestBatches.Standard(), whole, options: new() { Threads = 2 });
        return whole;
    }

    /// <summary>The dotnet host of the runtime running the tests: &lt;root&gt;/shared/Microsoft.NETCore.App/&lt;version&gt;/ is three levels below it.</summary>
    private static string DotnetHost()
    {
        string exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        string root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        string candidate = Path.Combine(root, exe);
        if (File.Exists(candidate))
            return candidate;
        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : exe;
    }

    private static Process Start(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = false, UseShellExecute = false };
        foreach (string a in args)
            info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }
}
