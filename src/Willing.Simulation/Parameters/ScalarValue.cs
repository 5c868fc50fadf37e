using System.Globalization;

namespace Willing.Simulation.Parameters;

/// <summary>One typed value: a parameter's value, or one cell of a result row.</summary>
/// <remarks>
/// Equality is by type and value; doubles compare by their bits, so NaN equals NaN and 0.0 differs from -0.0,
/// which is what "the same rows" means for files compared byte for byte. <see cref="ToString"/> writes the
/// invariant spelling used in CSV files and the batch specification: integers in decimal, doubles in their
/// shortest round-trip form ("R"), booleans as <c>true</c>/<c>false</c>.
/// </remarks>
public readonly struct ScalarValue : IEquatable<ScalarValue>
{
    private readonly long _bits;
    private readonly string? _text;

    private ScalarValue(ColumnType type, long bits, string? text)
    {
        Type = type;
        _bits = bits;
        _text = text;
    }

    /// <summary>The value's type.</summary>
    public ColumnType Type { get; }

    /// <summary>A 64-bit integer value.</summary>
    public static ScalarValue FromLong(long value) => new(ColumnType.Long, value, null);

    /// <summary>A double value.</summary>
    public static ScalarValue FromDouble(double value) => new(ColumnType.Double, BitConverter.DoubleToInt64Bits(value), null);

    /// <summary>A string value.</summary>
    public static ScalarValue FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(ColumnType.String, 0, value);
    }

    /// <summary>A boolean value.</summary>
    public static ScalarValue FromBool(bool value) => new(ColumnType.Bool, value ? 1 : 0, null);

    /// <summary>Converts a 64-bit integer.</summary>
    public static implicit operator ScalarValue(long value) => FromLong(value);

    /// <summary>Converts a double.</summary>
    public static implicit operator ScalarValue(double value) => FromDouble(value);

    /// <summary>Converts a string.</summary>
    public static implicit operator ScalarValue(string value) => FromString(value);

    /// <summary>Converts a boolean.</summary>
    public static implicit operator ScalarValue(bool value) => FromBool(value);

    /// <summary>The integer value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a <see cref="ColumnType.Long"/>.</exception>
    public long AsLong() => Type == ColumnType.Long ? _bits : throw WrongType(ColumnType.Long);

    /// <summary>The double value; an integer value is converted.</summary>
    /// <exception cref="InvalidOperationException">The value is neither a double nor an integer.</exception>
    public double AsDouble() => Type switch
    {
        ColumnType.Double => BitConverter.Int64BitsToDouble(_bits),
        ColumnType.Long => _bits,
        _ => throw WrongType(ColumnType.Double),
    };

    /// <summary>The string value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a <see cref="ColumnType.String"/>.</exception>
    public string AsString() => Type == ColumnType.String ? _text! : throw WrongType(ColumnType.String);

    /// <summary>The boolean value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a <see cref="ColumnType.Bool"/>.</exception>
    public bool AsBool() => Type == ColumnType.Bool ? _bits != 0 : throw WrongType(ColumnType.Bool);

    /// <summary>The invariant spelling (see the remarks of <see cref="ScalarValue"/>).</summary>
    public override string ToString() => Type switch
    {
        ColumnType.Long => _bits.ToString(CultureInfo.InvariantCulture),
        ColumnType.Double => BitConverter.Int64BitsToDouble(_bits).ToString("R", CultureInfo.InvariantCulture),
        ColumnType.Bool => _bits != 0 ? "true" : "false",
        _ => _text ?? "",
    };

    /// <inheritdoc />
    public bool Equals(ScalarValue other) =>
        Type == other.Type && _bits == other._bits && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ScalarValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, _bits, _text is null ? 0 : StringComparer.Ordinal.GetHashCode(_text));

    /// <summary>Equality by type and value.</summary>
    public static bool operator ==(ScalarValue left, ScalarValue right) => left.Equals(right);

    /// <summary>Inequality by type or value.</summary>
    public static bool operator !=(ScalarValue left, ScalarValue right) => !left.Equals(right);

    private InvalidOperationException WrongType(ColumnType wanted) =>
        new($"the value {this} is a {Type.ToString().ToLowerInvariant()}, not a {wanted.ToString().ToLowerInvariant()}");
}
