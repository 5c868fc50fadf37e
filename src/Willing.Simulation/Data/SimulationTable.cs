using System.Collections.Immutable;
using Willing.Simulation.Parameters;

namespace Willing.Simulation.Data;

/// <summary>The tidy rows of one table of one run (or of a slice of a result file): typed columns, read by row and column.</summary>
/// <remarks>Immutable once built. Columns follow <see cref="Layout"/>; use the typed getters for speed and <see cref="Value(int, int)"/> for any column.</remarks>
public sealed class SimulationTable
{
    private readonly ColumnData[] _columns;

    internal SimulationTable(TableLayout layout, int rowCount, ColumnData[] columns)
    {
        Layout = layout;
        RowCount = rowCount;
        _columns = columns;
    }

    /// <summary>The columns.</summary>
    public TableLayout Layout { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount { get; }

    internal ColumnData Column(int column) => _columns[column];

    /// <summary>The integer in row <paramref name="row"/> of column <paramref name="column"/>.</summary>
    public long Long(int row, int column) => _columns[column].Long(Check(row));

    /// <summary>The number in row <paramref name="row"/> of column <paramref name="column"/>.</summary>
    public double Double(int row, int column) => _columns[column].Double(Check(row));

    /// <summary>The string in row <paramref name="row"/> of column <paramref name="column"/>.</summary>
    public string String(int row, int column) => _columns[column].String(Check(row));

    /// <summary>The boolean in row <paramref name="row"/> of column <paramref name="column"/>.</summary>
    public bool Bool(int row, int column) => _columns[column].Bool(Check(row));

    /// <summary>The value in row <paramref name="row"/> of column <paramref name="column"/>, whatever its type.</summary>
    public ScalarValue Value(int row, int column) => _columns[column].Value(Check(row));

    /// <summary>The value in row <paramref name="row"/> of the column named <paramref name="column"/>.</summary>
    /// <exception cref="KeyNotFoundException">No column has that name.</exception>
    public ScalarValue Value(int row, string column)
    {
        int c = Layout.IndexOf(column);
        return c >= 0 ? Value(row, c) : throw new KeyNotFoundException($"the table has no column {column}");
    }

    /// <summary>Row <paramref name="row"/> as values in column order.</summary>
    public ImmutableArray<ScalarValue> Row(int row)
    {
        Check(row);
        var values = ImmutableArray.CreateBuilder<ScalarValue>(_columns.Length);
        for (int c = 0; c < _columns.Length; c++)
            values.Add(_columns[c].Value(row));
        return values.MoveToImmutable();
    }

    private int Check(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
        return row;
    }
}
