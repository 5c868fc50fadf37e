using Willing.Simulation.Batches;

namespace Willing.Simulation.Tests;

public sealed class MergeErrorTests : IDisposable
{
    private readonly string _dir = TestBatches.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<List<string>> ShardsAsync(string stem, int n, long seed = 2005)
    {
        var parts = new List<string>();
        for (int k = 1; k <= n; k++)
        {
            string part = Path.Combine(_dir, $"{stem}-{k}.parquet");
            await BatchRunner.RunAsync(TestBatches.Standard(seed), part, new ShardSpec(k, n), new() { Threads = 1 });
            parts.AddRange([part, ResultFiles.AgentTablePath(part)]);
        }

        return parts;
    }

    private async Task<string> FailsWithAsync(IReadOnlyList<string> parts)
    {
        string output = Path.Combine(_dir, "out.parquet");
        var result = await BatchMerger.MergeAsync(parts, output);
        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Errors);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(_dir, "*.partial"));
        return string.Join("\n", result.Errors);
    }

    [Fact]
    public async Task Merge_MissingShard_SaysWhichAndItsRuns()
    {
        var parts = await ShardsAsync("m", 3);
        parts.RemoveAll(p => p.Contains("m-2", StringComparison.Ordinal));
        string errors = await FailsWithAsync(parts);
        Assert.Contains("model shard 2/3 is missing (runs 10-19 of 30)", errors, StringComparison.Ordinal);
        Assert.Contains("agent shard 2/3 is missing", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_DuplicateShard_NamesBothFiles()
    {
        var parts = await ShardsAsync("d", 2);
        string copy = Path.Combine(_dir, "copy.parquet");
        File.Copy(parts[0], copy);
        parts.Add(copy);
        string errors = await FailsWithAsync(parts);
        Assert.Contains("model shard 1/2 is given 2 times", errors, StringComparison.Ordinal);
        Assert.Contains("copy.parquet", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_ShardsOfDifferentBatches_SaysHowTheyDiffer()
    {
        var a = await ShardsAsync("a", 2, seed: 1);
        var b = await ShardsAsync("b", 2, seed: 2);
        string errors = await FailsWithAsync([a[0], a[1], b[2], b[3]]);
        Assert.Contains("is from another batch", errors, StringComparison.Ordinal);
        Assert.Contains("seed 1 vs 2", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_ShardsOfDifferentCounts_AreRefused()
    {
        var two = await ShardsAsync("two", 2);
        var three = await ShardsAsync("three", 3);
        string errors = await FailsWithAsync([two[0], two[1], three[2], three[3], three[4], three[5]]);
        Assert.Contains("shards of one count", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_TruncatedFile_IsReportedAsNotReadable()
    {
        var parts = await ShardsAsync("t", 2);
        var bytes = await File.ReadAllBytesAsync(parts[2]);
        await File.WriteAllBytesAsync(parts[2], bytes[..(bytes.Length / 2)]);
        string errors = await FailsWithAsync(parts);
        Assert.Contains("t-2.parquet: not a readable Parquet file", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_DamagedDataPages_AreReportedAsDamaged()
    {
        // Overwrite the start of the data pages (the footer at the end stays intact, so the file opens): the copy
        // must fail on reading, with the file and the row group named, and leave no output.
        var parts = await ShardsAsync("p", 2);
        var bytes = await File.ReadAllBytesAsync(parts[0]);
        for (int i = 4; i < 400; i++)
            bytes[i] = (byte)(i * 31);
        await File.WriteAllBytesAsync(parts[0], bytes);
        string errors = await FailsWithAsync(parts);
        Assert.Contains("p-1.parquet: a damaged Willing result file: row group 1 cannot be read", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_NotParquet_MissingFile_CsvPart_AreEachNamed()
    {
        var parts = await ShardsAsync("n", 1);
        string text = Path.Combine(_dir, "notes.parquet");
        await File.WriteAllTextAsync(text, "hello, this is not parquet");
        string csv = Path.Combine(_dir, "part.csv");
        await File.WriteAllTextAsync(csv, "a,b\n1,2\n");
        string errors = await FailsWithAsync([.. parts, text, csv, Path.Combine(_dir, "gone.parquet")]);
        Assert.Contains("notes.parquet: not a readable Parquet file", errors, StringComparison.Ordinal);
        Assert.Contains("part.csv: a CSV file", errors, StringComparison.Ordinal);
        Assert.Contains("gone.parquet: no such file", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_AgentPartsLeftOut_AsksForThem()
    {
        var parts = await ShardsAsync("g", 2);
        string errors = await FailsWithAsync([parts[0], parts[2]]);
        Assert.Contains("no agent parts were given", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_NoParts_OrOutputAmongParts_IsRefused()
    {
        Assert.Contains("no parts to merge", await FailsWithAsync([]), StringComparison.Ordinal);
        var parts = await ShardsAsync("o", 1);
        var result = await BatchMerger.MergeAsync(parts, parts[0]);
        Assert.Contains(result.Errors, e => e.Contains("is both a part and the output", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadInfo_WillingMetadata_IsRead()
    {
        var parts = await ShardsAsync("i", 3);
        var info = await ResultFile.ReadInfoAsync(parts[2]);
        Assert.Equal(new ShardSpec(2, 3), info.Shard);
        Assert.Equal(new RunRange(10, 10), info.Runs);
        Assert.Equal(30, info.TotalRuns);
        Assert.Equal(TestBatches.Standard().Fingerprint, info.Fingerprint);
        Assert.True(info.HasAgentTable);
    }
}
