using Parquet;
using Parquet.Schema;
using Willing.Simulation.Data;
using Willing.Simulation.Parameters;

namespace Willing.Simulation.Batches;

/// <summary>
/// Writes a result table to Parquet with a deterministic layout: the bytes depend only on the sequence of runs
/// appended and the header, never on timing or threads.
/// </summary>
/// <remarks>
/// Row groups hold whole runs: a group is closed at the end of the first run that brings it to at least
/// <c>rowGroupRows</c> rows, and at the end of the file; empty groups are never written. Columns are required
/// (not nullable), Snappy-compressed, with Parquet.Net's default encodings; the footer's created-by is Parquet.Net's
/// fixed string for its pinned version, and the key-value metadata is <see cref="FileHeader"/>'s.
/// </remarks>
internal sealed class ParquetTableWriter : ITableWriter
{
    private readonly ParquetWriter _writer;
    private readonly DataField[] _fields;
    private readonly TableLayout _layout;
    private readonly FileHeader _header;
    private readonly int _rowGroupRows;
    private readonly Array[] _buffers;
    private int _buffered;
    private bool _completed;

    private ParquetTableWriter(ParquetWriter writer, DataField[] fields, TableLayout layout, FileHeader header, int rowGroupRows)
    {
        _writer = writer;
        _fields = fields;
        _layout = layout;
        _header = header;
        _rowGroupRows = rowGroupRows;
        _buffers = [.. layout.Columns.Select(c => NewArray(c.Type, 1024))];
    }

    public long Rows { get; private set; }

    public static async Task<ParquetTableWriter> CreateAsync(Stream stream, TableLayout layout, FileHeader header, int rowGroupRows, CancellationToken cancellationToken)
    {
        var fields = layout.Columns.Select(Field).ToArray();
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, options, false, cancellationToken).ConfigureAwait(false);
        return new ParquetTableWriter(writer, fields, layout, header, rowGroupRows);
    }

    public async ValueTask AppendAsync(SimulationTable run, CancellationToken cancellationToken)
    {
        int n = run.RowCount;
        if (n == 0)
            return;
        for (int c = 0; c < _buffers.Length; c++)
        {
            if (_buffers[c].Length < _buffered + n)
            {
                var bigger = NewArray(_layout.Columns[c].Type, Math.Max(_buffers[c].Length * 2, _buffered + n));
                Array.Copy(_buffers[c], bigger, _buffered);
                _buffers[c] = bigger;
            }

            Copy(run.Column(c), _buffers[c], _buffered, n);
        }

        _buffered += n;
        Rows += n;
        if (_buffered >= _rowGroupRows)
            await FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        _writer.CustomMetadata = _header.ToMetadata(Rows);
        _completed = true;
        await _writer.DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            _completed = true;
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (_buffered == 0)
            return;
        using (var group = _writer.CreateRowGroup())
        {
            for (int c = 0; c < _fields.Length; c++)
            {
                var field = _fields[c];
                switch (_buffers[c])
                {
                    case long[] l:
                        await group.WriteAsync<long>(field, l.AsMemory(0, _buffered), null, null, cancellationToken).ConfigureAwait(false);
                        break;
                    case double[] d:
                        await group.WriteAsync<double>(field, d.AsMemory(0, _buffered), null, null, cancellationToken).ConfigureAwait(false);
                        break;
                    case bool[] b:
                        await group.WriteAsync<bool>(field, b.AsMemory(0, _buffered), null, null, cancellationToken).ConfigureAwait(false);
                        break;
                    case string[] s:
                        await group.WriteAsync(field, new ArraySegment<string>(s, 0, _buffered)).ConfigureAwait(false);
                        break;
                }
            }

            group.CompleteValidate();
        }

        _buffered = 0;
    }

    private static DataField Field(ColumnDefinition c) => c.Type switch
    {
        ColumnType.Long => new DataField<long>(c.Name),
        ColumnType.Double => new DataField<double>(c.Name),
        ColumnType.Bool => new DataField<bool>(c.Name),
        _ => new DataField(c.Name, typeof(string), isNullable: false),
    };

    internal static Array NewArray(ColumnType type, int length) => type switch
    {
        ColumnType.Long => new long[length],
        ColumnType.Double => new double[length],
        ColumnType.Bool => new bool[length],
        _ => new string[length],
    };

    private static void Copy(ColumnData column, Array target, int at, int n)
    {
        if (column.Values is { } values)
        {
            Array.Copy(values, column.Offset, target, at, n);
            return;
        }

        switch (target)
        {
            case long[] l: l.AsSpan(at, n).Fill(column.Constant.AsLong()); break;
            case double[] d: d.AsSpan(at, n).Fill(column.Constant.AsDouble()); break;
            case bool[] b: b.AsSpan(at, n).Fill(column.Constant.AsBool()); break;
            case string[] s: s.AsSpan(at, n).Fill(column.Constant.AsString()); break;
        }
    }
}
