using System.Collections.Immutable;

namespace Willing.Simulation.Parameters;

/// <summary>A value for every parameter of a <see cref="ParameterSpace"/>: what one run is given.</summary>
/// <remarks>Immutable; values are kept in the order of the space's definitions, each of its parameter's type.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ParameterSetJsonConverter))]
public sealed class ParameterSet
{
    internal ParameterSet(ParameterSpace space, ImmutableArray<ScalarValue> values)
    {
        Space = space;
        Values = values;
    }

    /// <summary>The space these values belong to.</summary>
    public ParameterSpace Space { get; }

    /// <summary>The values, in the order of <see cref="ParameterSpace.Definitions"/>.</summary>
    public ImmutableArray<ScalarValue> Values { get; }

    /// <summary>The value of the parameter named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No parameter has that name.</exception>
    public ScalarValue this[string name]
    {
        get
        {
            int i = Space.IndexOf(name);
            return i >= 0 ? Values[i] : throw new KeyNotFoundException($"no parameter is named {name}");
        }
    }

    /// <summary>The integer parameter named <paramref name="name"/>.</summary>
    public long Long(string name) => this[name].AsLong();

    /// <summary>The real parameter named <paramref name="name"/>.</summary>
    public double Double(string name) => this[name].AsDouble();

    /// <summary>The string or choice parameter named <paramref name="name"/>.</summary>
    public string String(string name) => this[name].AsString();

    /// <summary>The boolean parameter named <paramref name="name"/>.</summary>
    public bool Bool(string name) => this[name].AsBool();

    /// <summary>These values with one changed.</summary>
    /// <exception cref="ArgumentException">No such parameter, or the value is not admissible.</exception>
    public ParameterSet With(string name, ScalarValue value)
    {
        int i = Space.IndexOf(name);
        if (i < 0)
            throw new ArgumentException($"no parameter is named {name}", nameof(name));
        var coerced = Space.Definitions[i].Coerce(value, out string? error);
        if (error is not null)
            throw new ArgumentException(error, nameof(value));
        return new ParameterSet(Space, Values.SetItem(i, coerced));
    }

    /// <summary>The values as <c>name=value</c> pairs separated by commas, in definition order.</summary>
    public override string ToString() => string.Join(", ", Space.Definitions.Select((d, i) => $"{d.Name}={Values[i]}"));
}
