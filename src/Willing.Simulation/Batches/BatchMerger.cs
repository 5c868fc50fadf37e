using System.Text.Json;
using Willing.Simulation.Data;

namespace Willing.Simulation.Batches;

/// <summary>
/// Joins the shard files of one batch into the file one process would have written for the whole batch, byte for
/// byte (<c>willing simulate merge &lt;part&gt;... --out F</c>).
/// </summary>
/// <remarks>
/// <para>
/// The parts may be given in any order, model and agent tables together (a glob such as <c>part-*.parquet</c>
/// matches both). The merge checks before it writes anything that every part is a readable Willing result file; that
/// all come from one batch (one fingerprint, which covers the parameters, the grid, the seed and the code version) and
/// were written by this build; that they are shards of one count N with each shard 1..N present exactly once for each
/// table; and that each holds the runs its shard number gives. While copying it checks that every run is there once,
/// in order, with its derived seed. Any failure is reported as a sentence naming the file; nothing is written then.
/// </para>
/// <para>
/// Byte identity holds by construction: the merge reads the parts' runs in run order and feeds them to the same
/// writer, with the same header (shard 1/1, all runs), that a single process uses, and that writer's output is a
/// function of the sequence of runs alone (see <c>ParquetTableWriter</c>).
/// </para>
/// </remarks>
public static class BatchMerger
{
    /// <summary>Merges <paramref name="parts"/> into <paramref name="output"/> (Parquet or CSV by its extension, the agent table beside it).</summary>
    public static async Task<MergeResult> MergeAsync(IReadOnlyList<string> parts, string output, Action<BatchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(output);
        var errors = new List<string>();
        if (parts.Count == 0)
            return Refused("no parts to merge: give the shard files of one batch");
        var format = ResultFiles.FormatOf(output);
        if (format is null)
            return Refused($"{output}: the output file must end in .parquet or .csv");
        var infos = new List<ResultFileInfo>();
        foreach (string part in parts)
        {
            try
            {
                infos.Add(await ResultFile.ReadInfoAsync(part, cancellationToken).ConfigureAwait(false));
            }
            catch (ResultFileException e)
            {
                errors.Add(e.Message);
            }
        }

        if (errors.Count > 0)
            return new MergeResult([.. errors], null);
        var first = infos[0];
        foreach (var info in infos.Skip(1).Where(i => i.Fingerprint != first.Fingerprint))
            errors.Add($"{info.Path} is from another batch than {first.Path} ({Difference(first.Specification, info.Specification)}): the parts of a merge come from one batch");
        if (errors.Count > 0)
            return new MergeResult([.. errors], null);
        if (first.CodeVersion != SimulationInfo.CodeVersion)
            errors.Add($"the parts were written by Willing.Simulation {first.CodeVersion}, this is {SimulationInfo.CodeVersion}: merge with the build that wrote them, so the file is what one process of that build writes");

        var outputs = first.HasAgentTable ? new[] { output, ResultFiles.AgentTablePath(output) } : [output];
        foreach (var info in infos.Where(i => outputs.Any(o => SamePath(o, i.Path))))
            errors.Add($"{info.Path} is both a part and the output: write the merged file elsewhere");
        var tables = first.HasAgentTable ? new[] { TableKind.Model, TableKind.Agents } : [TableKind.Model];
        var ordered = new Dictionary<TableKind, ResultFileInfo[]>();
        foreach (var table in tables)
        {
            var group = infos.Where(i => i.Table == table).ToList();
            string name = table == TableKind.Model ? "model" : "agent";
            if (group.Count == 0)
            {
                errors.Add(table == TableKind.Agents
                    ? $"the batch also writes an agent table, and no agent parts were given (e.g. {ResultFiles.AgentTablePath(first.Path)}): give them too"
                    : "only agent-table parts were given: give the model-table parts too");
                continue;
            }

            int n = group[0].Shard.Count;
            foreach (var other in group.Where(g => g.Shard.Count != n))
                errors.Add($"{other.Path} is shard {other.Shard} but {group[0].Path} is shard {group[0].Shard}: the parts of a merge are shards of one count");
            if (group.Any(g => g.Shard.Count != n))
                continue;
            foreach (var dup in group.GroupBy(g => g.Shard.Index).Where(d => d.Count() > 1))
                errors.Add($"{name} shard {dup.Key}/{n} is given {dup.Count()} times: {string.Join(", ", dup.Select(d => d.Path))}");
            var present = group.Select(g => g.Shard.Index).ToHashSet();
            for (int k = 1; k <= n; k++)
            {
                if (!present.Contains(k))
                    errors.Add($"{name} shard {k}/{n} is missing ({new ShardSpec(k, n).RunsOf(first.TotalRuns)} of {first.TotalRuns})");
            }

            foreach (var g in group)
            {
                var due = g.Shard.RunsOf(g.TotalRuns);
                if (g.Runs != due)
                    errors.Add($"{g.Path} says it holds {g.Runs}, but shard {g.Shard} holds {due}");
            }

            ordered[table] = [.. group.OrderBy(g => g.Shard.Index)];
        }

        if (errors.Count > 0)
            return new MergeResult([.. errors], null);
        try
        {
            var summary = await WriteAsync(first, ordered, format.Value, outputs, progress, cancellationToken).ConfigureAwait(false);
            return new MergeResult([], summary);
        }
        catch (ResultFileException e)
        {
            return Refused(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused($"{output}: cannot be written ({e.Message})");
        }
    }

    private static async Task<BatchSummary> WriteAsync(ResultFileInfo first, Dictionary<TableKind, ResultFileInfo[]> parts, ResultFormat format,
        string[] outputs, Action<BatchProgress>? progress, CancellationToken cancellationToken)
    {
        var header = new FileHeader(TableKind.Model, first.HasAgentTable, first.Fingerprint, first.Specification, first.CodeVersion,
            ShardSpec.Whole, new RunRange(0, first.TotalRuns), first.TotalRuns);
        using var spec = JsonDocument.Parse(first.Specification);
        int rowGroupRows = spec.RootElement.GetProperty("row_group_rows").GetInt32();
        var temps = outputs.Select(o => o + ".partial").ToArray();
        var rows = new long[outputs.Length];
        try
        {
            for (int t = 0; t < outputs.Length; t++)
            {
                var table = t == 0 ? TableKind.Model : TableKind.Agents;
                await using (var stream = new FileStream(temps[t], FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous))
                {
                    ITableWriter? writer = null;
                    try
                    {
                        long runsDone = 0;
                        foreach (var part in parts[table])
                        {
                            await using var reader = await ResultFileReader.OpenAsync(part.Path, cancellationToken).ConfigureAwait(false);
                            writer ??= await BatchRunner.CreateWriterAsync(format, stream, reader.Layout, header with { Table = table }, rowGroupRows, cancellationToken).ConfigureAwait(false);
                            await foreach (var run in reader.ReadRunsAsync(cancellationToken).ConfigureAwait(false))
                            {
                                await writer.AppendAsync(run, cancellationToken).ConfigureAwait(false);
                                if (table == TableKind.Model)
                                    progress?.Invoke(new BatchProgress(++runsDone, first.TotalRuns, writer.Rows, 0));
                            }
                        }

                        await writer!.CompleteAsync(cancellationToken).ConfigureAwait(false);
                        rows[t] = writer.Rows;
                    }
                    finally
                    {
                        if (writer is not null)
                            await writer.DisposeAsync().ConfigureAwait(false);
                    }
                }
            }

            for (int t = 0; t < outputs.Length; t++)
                File.Move(temps[t], outputs[t], overwrite: true);
        }
        finally
        {
            foreach (string t in temps)
                File.Delete(t);
        }

        return new BatchSummary(first.Fingerprint, ShardSpec.Whole, new RunRange(0, first.TotalRuns), rows[0], rows.Length > 1 ? rows[1] : 0,
            [.. outputs], 0, 0, 0);
    }

    private static MergeResult Refused(string error) => new([error], null);

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>The top-level fields in which two batch specifications differ, e.g. <c>seed 7 vs 8</c>.</summary>
    private static string Difference(string a, string b)
    {
        try
        {
            using var da = JsonDocument.Parse(a);
            using var db = JsonDocument.Parse(b);
            var diffs = new List<string>();
            foreach (var p in da.RootElement.EnumerateObject())
            {
                string left = p.Value.GetRawText();
                string right = db.RootElement.TryGetProperty(p.Name, out var q) ? q.GetRawText() : "(none)";
                if (left != right)
                    diffs.Add(left.Length + right.Length <= 80 ? $"{p.Name} {left} vs {right}" : $"its {p.Name} differs");
            }

            return diffs.Count == 0 ? "the specifications differ" : string.Join("; ", diffs);
        }
        catch (JsonException)
        {
            return "the specifications differ";
        }
    }
}
