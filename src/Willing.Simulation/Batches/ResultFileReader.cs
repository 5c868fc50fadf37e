using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Parquet;
using Parquet.Schema;
using Willing.Simulation.Data;
using Willing.Simulation.Parameters;
using Willing.Simulation.Randomness;

namespace Willing.Simulation.Batches;

/// <summary>Reads a result Parquet file back, run by run, checking that it is what its metadata says.</summary>
internal sealed class ResultFileReader : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly ParquetReader _reader;
    private readonly DataField[] _fields;
    private readonly long _masterSeed;

    private ResultFileReader(Stream stream, ParquetReader reader, ResultFileInfo info, TableLayout layout, long masterSeed)
    {
        _stream = stream;
        _reader = reader;
        Info = info;
        Layout = layout;
        _fields = reader.Schema.DataFields;
        _masterSeed = masterSeed;
    }

    public ResultFileInfo Info { get; }

    public TableLayout Layout { get; }

    /// <summary>Opens <paramref name="path"/> and reads its metadata and schema.</summary>
    /// <exception cref="ResultFileException">The file is missing, unreadable, not Parquet, not a Willing result, or its columns disagree with its batch.</exception>
    public static async Task<ResultFileReader> OpenAsync(string path, CancellationToken cancellationToken)
    {
        if (ResultFiles.FormatOf(path) == ResultFormat.Csv)
            throw new ResultFileException($"{path}: a CSV file; parts are read from Parquet (a shard is always written as .parquet, which records its batch)");
        if (!File.Exists(path))
            throw new ResultFileException($"{path}: no such file");
        Stream? stream = null;
        ParquetReader? reader = null;
        try
        {
            stream = File.OpenRead(path);
            reader = await ParquetReader.CreateAsync(stream, null, false, cancellationToken).ConfigureAwait(false);
            var header = FileHeader.Parse(reader.CustomMetadata, out long rows, out string? error)
                ?? throw new ResultFileException($"{path}: {error}");
            var layout = LayoutOf(reader.Schema, header.Table, path);
            using var spec = JsonDocument.Parse(header.Specification);
            string key = header.Table == TableKind.Model ? "model_columns" : "agent_columns";
            if (!spec.RootElement.TryGetProperty(key, out var columns) || columns.ValueKind != JsonValueKind.String || columns.GetString() != layout.Signature)
                throw new ResultFileException($"{path}: a damaged Willing result file: its columns are not those its batch specification lists");
            long masterSeed = spec.RootElement.GetProperty("seed").GetInt64();
            long counted = reader.RowGroups.Sum(g => g.RowCount);
            if (counted != rows)
                throw new ResultFileException($"{path}: a damaged Willing result file: it holds {counted} rows but its metadata says {rows}");
            var info = new ResultFileInfo(path, header.Table, header.HasAgents, header.Fingerprint, header.Specification, header.CodeVersion,
                header.Shard, header.Runs, header.TotalRuns, rows);
            var result = new ResultFileReader(stream, reader, info, layout, masterSeed);
            (stream, reader) = (null, null);
            return result;
        }
        catch (ResultFileException)
        {
            throw;
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw new ResultFileException($"{path}: not a readable Parquet file ({e.Message})", e);
        }
        finally
        {
            if (reader is not null)
                await reader.DisposeAsync().ConfigureAwait(false);
            if (stream is not null)
                await stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The rows of each run in the file, in order, checking that runs come in increasing order within the file's
    /// range, that no run is split across row groups, that each row's seed is its run's derived seed, and (for the
    /// model table, which has a row for every run) that no run is missing.
    /// </summary>
    public async IAsyncEnumerable<SimulationTable> ReadRunsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long expected = Info.Runs.First, last = -1;
        for (int g = 0; g < _reader.RowGroupCount; g++)
        {
            var columns = await ReadGroupAsync(g, cancellationToken).ConfigureAwait(false);
            var runs = (long[])columns[0];
            var seeds = (long[])columns[3];
            int start = 0;
            while (start < runs.Length)
            {
                long run = runs[start];
                int end = start + 1;
                while (end < runs.Length && runs[end] == run)
                    end++;
                if (run <= last)
                    throw Damaged(run == last ? $"run {run} is split across row groups or out of order" : $"run {run} comes after run {last}");
                if (run < Info.Runs.First || run >= Info.Runs.End)
                    throw Damaged($"it holds run {run}, outside its {Info.Runs}");
                if (Info.Table == TableKind.Model && run != expected)
                    throw Damaged($"run {expected} is missing");
                long seed = RunSeeds.Derive(_masterSeed, run);
                for (int r = start; r < end; r++)
                {
                    if (seeds[r] != seed)
                        throw Damaged($"run {run} has the seed {seeds[r]}, not its derived seed {seed}");
                }

                var data = new ColumnData[columns.Length];
                for (int c = 0; c < columns.Length; c++)
                    data[c] = ColumnData.Slice(Layout.Columns[c].Type, columns[c], start);
                yield return new SimulationTable(Layout, end - start, data);
                last = run;
                expected = run + 1;
                start = end;
            }
        }

        if (Info.Table == TableKind.Model && expected != Info.Runs.End)
            throw Damaged(expected == Info.Runs.End - 1 ? $"run {expected} is missing" : $"runs {expected}-{Info.Runs.End - 1} are missing");
    }

    public async ValueTask DisposeAsync()
    {
        await _reader.DisposeAsync().ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<Array[]> ReadGroupAsync(int group, CancellationToken cancellationToken)
    {
        try
        {
            using var rg = _reader.OpenRowGroupReader(group);
            int n = checked((int)rg.RowCount);
            var columns = new Array[_fields.Length];
            for (int c = 0; c < _fields.Length; c++)
            {
                var field = _fields[c];
                switch (Layout.Columns[c].Type)
                {
                    case ColumnType.Long:
                        var l = new long[n];
                        await rg.ReadAsync<long>(field, l.AsMemory(), null, cancellationToken).ConfigureAwait(false);
                        columns[c] = l;
                        break;
                    case ColumnType.Double:
                        var d = new double[n];
                        await rg.ReadAsync<double>(field, d.AsMemory(), null, cancellationToken).ConfigureAwait(false);
                        columns[c] = d;
                        break;
                    case ColumnType.Bool:
                        var b = new bool[n];
                        await rg.ReadAsync<bool>(field, b.AsMemory(), null, cancellationToken).ConfigureAwait(false);
                        columns[c] = b;
                        break;
                    default:
                        var s = new string?[n];
                        await rg.ReadAsync(field, s.AsMemory(), null, cancellationToken).ConfigureAwait(false);
                        if (Array.IndexOf(s, null) >= 0)
                            throw Damaged($"the column {field.Name} has a null value");
                        columns[c] = s;
                        break;
                }
            }

            return columns;
        }
        catch (ResultFileException)
        {
            throw;
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw Damaged($"row group {group + 1} cannot be read ({e.Message})", e);
        }
    }

    /// <summary>
    /// Whether an exception thrown while parsing a file means the file is damaged (or is not Parquet): Parquet.Net
    /// throws its own types (a Thrift protocol error, …) besides the runtime's, so every exception counts except
    /// cancellation and running out of memory, and becomes a sentence naming the file instead of a stack trace.
    /// </summary>
    private static bool IsDamage(Exception e) => e is not (OperationCanceledException or OutOfMemoryException or ResultFileException);

    private ResultFileException Damaged(string what, Exception? inner = null) =>
        inner is null ? new($"{Info.Path}: a damaged Willing result file: {what}") : new($"{Info.Path}: a damaged Willing result file: {what}", inner);

    private static TableLayout LayoutOf(ParquetSchema schema, TableKind table, string path)
    {
        var columns = ImmutableArray.CreateBuilder<ColumnDefinition>();
        var fields = schema.DataFields;
        int step = Array.FindIndex(fields, f => f.Name == "step");
        if (step < 4)
            throw new ResultFileException($"{path}: a damaged Willing result file: it has no step column after the identity columns");
        for (int i = 0; i < fields.Length; i++)
        {
            var f = fields[i];
            if (f.IsNullable || f.IsArray)
                throw new ResultFileException($"{path}: a damaged Willing result file: the column {f.Name} is nullable or repeated");
            var type = f.ClrType == typeof(long) ? ColumnType.Long
                : f.ClrType == typeof(double) ? ColumnType.Double
                : f.ClrType == typeof(bool) ? ColumnType.Bool
                : f.ClrType == typeof(string) || f.ClrType == typeof(ReadOnlyMemory<char>) ? ColumnType.String
                : throw new ResultFileException($"{path}: a damaged Willing result file: the column {f.Name} has the type {f.ClrType.Name}");
            var role = i < 4 ? ColumnRole.Identity
                : i < step ? ColumnRole.Parameter
                : i < step + 2 ? ColumnRole.Time
                : table == TableKind.Agents && i < step + 4 ? ColumnRole.Agent
                : ColumnRole.Reporter;
            columns.Add(new ColumnDefinition(f.Name, type, role, ""));
        }

        try
        {
            return new TableLayout(table, columns.ToImmutable(), step - 4);
        }
        catch (ArgumentException e)
        {
            throw new ResultFileException($"{path}: a damaged Willing result file: {e.Message}", e);
        }
    }
}
