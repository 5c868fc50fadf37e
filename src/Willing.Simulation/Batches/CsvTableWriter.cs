using System.Globalization;
using System.Text;
using Willing.Simulation.Data;
using Willing.Simulation.Parameters;

namespace Willing.Simulation.Batches;

/// <summary>
/// Writes a result table as CSV: a header of the column names, then one line per row; UTF-8 without a byte-order
/// mark, LF line ends, RFC 4180 quoting (a field with a comma, quote, CR or LF is quoted, quotes doubled).
/// </summary>
/// <remarks>
/// Values use the invariant spelling of <see cref="ScalarValue.ToString"/>: integers in decimal, doubles in their
/// shortest round-trip form (<c>0.1</c>, <c>1E-07</c>, <c>NaN</c>, <c>Infinity</c>), booleans <c>true</c>/<c>false</c>,
/// which pandas, R and DuckDB read back to the same values. CSV carries no metadata, so a shard is never written as CSV.
/// </remarks>
internal sealed class CsvTableWriter : ITableWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);
    private readonly StreamWriter _writer;
    private readonly TableLayout _layout;

    public CsvTableWriter(Stream stream, TableLayout layout)
    {
        _writer = new StreamWriter(stream, Utf8NoBom, 1 << 16, leaveOpen: true) { NewLine = "\n" };
        _layout = layout;
        _writer.Write(string.Join(",", layout.Columns.Select(c => Quote(c.Name))));
        _writer.Write('\n');
    }

    public long Rows { get; private set; }

    public ValueTask AppendAsync(SimulationTable run, CancellationToken cancellationToken)
    {
        var types = _layout.Columns;
        for (int r = 0; r < run.RowCount; r++)
        {
            for (int c = 0; c < types.Length; c++)
            {
                if (c > 0)
                    _writer.Write(',');
                var column = run.Column(c);
                switch (types[c].Type)
                {
                    case ColumnType.Long: _writer.Write(column.Long(r).ToString(CultureInfo.InvariantCulture)); break;
                    case ColumnType.Double: _writer.Write(column.Double(r).ToString("R", CultureInfo.InvariantCulture)); break;
                    case ColumnType.Bool: _writer.Write(column.Bool(r) ? "true" : "false"); break;
                    default: _writer.Write(Quote(column.String(r))); break;
                }
            }

            _writer.Write('\n');
        }

        Rows += run.RowCount;
        return ValueTask.CompletedTask;
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken) => await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);

    public async ValueTask DisposeAsync() => await _writer.DisposeAsync().ConfigureAwait(false);

    private static string Quote(string s) =>
        s.AsSpan().IndexOfAny(",\"\r\n") < 0 ? s : "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
