using System.Collections.Immutable;
using System.Globalization;

namespace Willing.Simulation.Parameters;

/// <summary>One parameter of a mechanism: its name, type, default, admissible range and documentation.</summary>
/// <remarks>
/// Names are lower snake case (<c>threshold_sd</c>): they become column names of the result files. Ranges are
/// inclusive at both ends. A choice parameter is a string that must be one of its listed choices.
/// </remarks>
public sealed class ParameterDefinition
{
    private ParameterDefinition(string name, ColumnType type, ScalarValue defaultValue, double? minimum, double? maximum,
        ImmutableArray<string> choices, string description, string? unit)
    {
        Names.Require(name, "parameter");
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Name = name;
        Type = type;
        Minimum = minimum;
        Maximum = maximum;
        Choices = choices;
        Description = description;
        Unit = unit;
        if (minimum > maximum)
            throw new ArgumentException($"parameter {name}: the minimum {minimum} is above the maximum {maximum}");
        Default = Coerce(defaultValue, out string? error);
        if (error is not null)
            throw new ArgumentException($"the default of {error}");
    }

    /// <summary>The parameter's name (lower snake case), also its result column.</summary>
    public string Name { get; }

    /// <summary>The parameter's type.</summary>
    public ColumnType Type { get; }

    /// <summary>The value a run takes when the batch does not set it.</summary>
    public ScalarValue Default { get; }

    /// <summary>The smallest admissible value (inclusive), for numeric parameters; null when unbounded.</summary>
    public double? Minimum { get; }

    /// <summary>The largest admissible value (inclusive), for numeric parameters; null when unbounded.</summary>
    public double? Maximum { get; }

    /// <summary>The admissible values of a choice parameter; empty for the others.</summary>
    public ImmutableArray<string> Choices { get; }

    /// <summary>What the parameter means, with its source where it has one.</summary>
    public string Description { get; }

    /// <summary>The unit (e.g. <c>months</c>, <c>share of neighbours</c>); null when dimensionless.</summary>
    public string? Unit { get; }

    /// <summary>An integer parameter with an inclusive range.</summary>
    public static ParameterDefinition Long(string name, long defaultValue, long? minimum, long? maximum, string description, string? unit = null) =>
        new(name, ColumnType.Long, defaultValue, minimum, maximum, [], description, unit);

    /// <summary>A real parameter with an inclusive range.</summary>
    public static ParameterDefinition Double(string name, double defaultValue, double? minimum, double? maximum, string description, string? unit = null) =>
        new(name, ColumnType.Double, defaultValue, minimum, maximum, [], description, unit);

    /// <summary>A boolean parameter.</summary>
    public static ParameterDefinition Bool(string name, bool defaultValue, string description) =>
        new(name, ColumnType.Bool, defaultValue, null, null, [], description, null);

    /// <summary>A string parameter that takes one of <paramref name="choices"/>.</summary>
    public static ParameterDefinition Choice(string name, string defaultValue, IEnumerable<string> choices, string description) =>
        new(name, ColumnType.String, defaultValue, null, null, [.. choices], description, null);

    /// <summary>
    /// The value converted to this parameter's type (an integer is accepted for a real parameter), or the error
    /// in <paramref name="error"/> (a sentence starting with the parameter's name) when it is not admissible.
    /// </summary>
    public ScalarValue Coerce(ScalarValue value, out string? error)
    {
        error = null;
        if (value.Type == ColumnType.Long && Type == ColumnType.Double)
            value = (double)value.AsLong();
        if (value.Type != Type)
        {
            error = $"{Name} is {Article(Type)}, not {Article(value.Type)} ({value})";
            return value;
        }

        if (Type == ColumnType.Double && double.IsNaN(value.AsDouble()))
            error = $"{Name} is not a number (NaN)";
        else if (Type is ColumnType.Long or ColumnType.Double)
        {
            double x = value.AsDouble();
            if (x < Minimum || x > Maximum)
                error = $"{Name} = {value} is outside its range {Range}";
        }
        else if (Type == ColumnType.String && !Choices.IsDefaultOrEmpty && !Choices.Contains(value.AsString()))
            error = $"{Name} = '{value}' is not one of {string.Join(", ", Choices)}";
        return value;
    }

    /// <summary>Reads a value as typed on a command line (<c>0.1</c>, <c>12</c>, <c>true</c>, <c>normal</c>), or gives the error.</summary>
    public bool TryParse(string text, out ScalarValue value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        string t = text.Trim();
        value = default;
        switch (Type)
        {
            case ColumnType.Long when long.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out long l):
                value = l;
                break;
            case ColumnType.Double when double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double d):
                value = d;
                break;
            case ColumnType.Bool when bool.TryParse(t, out bool b):
                value = b;
                break;
            case ColumnType.String:
                value = t;
                break;
            default:
                error = $"{Name} is {Article(Type)}: '{text}' cannot be read as one";
                return false;
        }

        value = Coerce(value, out error);
        return error is null;
    }

    /// <summary>The range as written in messages, e.g. <c>[0, 1]</c>.</summary>
    public string Range => $"[{(Minimum is { } lo ? lo.ToString("R", CultureInfo.InvariantCulture) : "-inf")}, {(Maximum is { } hi ? hi.ToString("R", CultureInfo.InvariantCulture) : "inf")}]";

    private static string Article(ColumnType type) => type switch
    {
        ColumnType.Long => "an integer",
        ColumnType.Double => "a number",
        ColumnType.Bool => "a boolean",
        _ => "a string",
    };
}
