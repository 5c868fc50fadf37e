using Willing.Simulation.Parameters;

namespace Willing.Simulation.Data;

/// <summary>The values of one column of a <see cref="SimulationTable"/>: one value repeated (the run's identity and parameters) or a slice of a typed array.</summary>
internal sealed class ColumnData
{
    private ColumnData(ColumnType type, ScalarValue constant, Array? values, int offset)
    {
        Type = type;
        Constant = constant;
        Values = values;
        Offset = offset;
    }

    public ColumnType Type { get; }

    /// <summary>Whether every row holds <see cref="Constant"/>.</summary>
    public bool IsConstant => Values is null;

    public ScalarValue Constant { get; }

    /// <summary>A <c>long[]</c>, <c>double[]</c>, <c>string[]</c> or <c>bool[]</c> by <see cref="Type"/>; null when constant.</summary>
    public Array? Values { get; }

    public int Offset { get; }

    public static ColumnData Repeat(ScalarValue value) => new(value.Type, value, null, 0);

    public static ColumnData Slice(ColumnType type, Array values, int offset) => new(type, default, values, offset);

    public long Long(int row) => Values is null ? Constant.AsLong() : ((long[])Values)[Offset + row];

    public double Double(int row) => Values is null ? Constant.AsDouble() : ((double[])Values)[Offset + row];

    public string String(int row) => Values is null ? Constant.AsString() : ((string[])Values)[Offset + row];

    public bool Bool(int row) => Values is null ? Constant.AsBool() : ((bool[])Values)[Offset + row];

    public ScalarValue Value(int row) => Type switch
    {
        ColumnType.Long => Long(row),
        ColumnType.Double => Double(row),
        ColumnType.String => String(row),
        _ => Bool(row),
    };
}
