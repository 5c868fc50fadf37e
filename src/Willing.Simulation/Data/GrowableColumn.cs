using Willing.Simulation.Parameters;

namespace Willing.Simulation.Data;

/// <summary>A typed column that grows as a run records rows.</summary>
internal sealed class GrowableColumn(ColumnType type)
{
    private long[] _longs = type == ColumnType.Long ? new long[16] : [];
    private double[] _doubles = type == ColumnType.Double ? new double[16] : [];
    private string[] _strings = type == ColumnType.String ? new string[16] : [];
    private bool[] _bools = type == ColumnType.Bool ? new bool[16] : [];

    public ColumnType Type => type;

    public int Count { get; private set; }

    public void Add(long value)
    {
        if (Count == _longs.Length)
            Array.Resize(ref _longs, _longs.Length * 2);
        _longs[Count++] = value;
    }

    public void Add(double value)
    {
        if (Count == _doubles.Length)
            Array.Resize(ref _doubles, _doubles.Length * 2);
        _doubles[Count++] = value;
    }

    public void Add(string value)
    {
        ArgumentNullException.ThrowIfNull(value, "a string reporter's value");
        if (Count == _strings.Length)
            Array.Resize(ref _strings, _strings.Length * 2);
        _strings[Count++] = value;
    }

    public void Add(bool value)
    {
        if (Count == _bools.Length)
            Array.Resize(ref _bools, _bools.Length * 2);
        _bools[Count++] = value;
    }

    public ColumnData ToData() => type switch
    {
        ColumnType.Long => ColumnData.Slice(type, _longs, 0),
        ColumnType.Double => ColumnData.Slice(type, _doubles, 0),
        ColumnType.String => ColumnData.Slice(type, _strings, 0),
        _ => ColumnData.Slice(type, _bools, 0),
    };
}
