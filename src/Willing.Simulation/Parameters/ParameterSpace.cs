using System.Collections.Immutable;

namespace Willing.Simulation.Parameters;

/// <summary>The parameters of a mechanism, in the order they are documented and written as columns.</summary>
public sealed class ParameterSpace
{
    private readonly Dictionary<string, int> _index;

    /// <summary>A space of the given definitions, whose names must be distinct.</summary>
    /// <exception cref="ArgumentException">Two definitions share a name.</exception>
    public ParameterSpace(IEnumerable<ParameterDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        Definitions = [.. definitions];
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Definitions.Length; i++)
        {
            if (!_index.TryAdd(Definitions[i].Name, i))
                throw new ArgumentException($"the parameter {Definitions[i].Name} is defined twice");
        }

        Defaults = new ParameterSet(this, [.. Definitions.Select(d => d.Default)]);
    }

    /// <summary>The definitions, in order.</summary>
    public ImmutableArray<ParameterDefinition> Definitions { get; }

    /// <summary>Every parameter at its default.</summary>
    public ParameterSet Defaults { get; }

    /// <summary>The number of parameters.</summary>
    public int Count => Definitions.Length;

    /// <summary>The position of the parameter named <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out int i) ? i : -1;

    /// <summary>The definition named <paramref name="name"/>, or null.</summary>
    public ParameterDefinition? Find(string name) => _index.TryGetValue(name, out int i) ? Definitions[i] : null;

    /// <summary>
    /// A space with the same parameters, in the same order, whose defaults are <paramref name="values"/> where given
    /// (a scenario's fixed values); names, types, ranges, choices, descriptions and units are unchanged.
    /// </summary>
    /// <remarks>A new space: parameter sets of this space do not belong to it (each set is tied to its space).</remarks>
    /// <exception cref="ArgumentException">A name is not a parameter of this space or is given twice, or a value is not admissible (the definition's message).</exception>
    public ParameterSpace WithDefaults(IEnumerable<KeyValuePair<string, ScalarValue>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var defaults = new ScalarValue?[Count];
        foreach (var (name, value) in values)
        {
            int i = IndexOf(name);
            if (i < 0)
                throw new ArgumentException($"{name} is not a parameter of this space (its parameters: {string.Join(", ", Definitions.Select(d => d.Name))})", nameof(values));
            if (defaults[i] is not null)
                throw new ArgumentException($"{name} is given twice", nameof(values));
            var coerced = Definitions[i].Coerce(value, out string? error);
            if (error is not null)
                throw new ArgumentException(error, nameof(values));
            defaults[i] = coerced;
        }

        return new ParameterSpace(Definitions.Select((d, i) => defaults[i] is { } v ? WithDefault(d, v) : d));
    }

    private static ParameterDefinition WithDefault(ParameterDefinition d, ScalarValue value) => d.Type switch
    {
        ColumnType.Long => ParameterDefinition.Long(d.Name, value.AsLong(), ToLong(d.Minimum), ToLong(d.Maximum), d.Description, d.Unit),
        ColumnType.Double => ParameterDefinition.Double(d.Name, value.AsDouble(), d.Minimum, d.Maximum, d.Description, d.Unit),
        ColumnType.Bool => ParameterDefinition.Bool(d.Name, value.AsBool(), d.Description),
        _ => ParameterDefinition.Choice(d.Name, value.AsString(), d.Choices, d.Description),
    };

    private static long? ToLong(double? bound) => bound switch
    {
        null => null,
        >= long.MaxValue => long.MaxValue,
        <= long.MinValue => long.MinValue,
        { } b => (long)b,
    };

    /// <summary>
    /// Checks a grid against this space: every axis must name a parameter, once, with at least one value, each
    /// value admissible and none repeated. Returns every problem found, each a sentence; empty when the grid is fine.
    /// </summary>
    public ImmutableArray<string> Check(ParameterGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var errors = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var axis in grid.Axes)
        {
            var definition = Find(axis.Name);
            if (definition is null)
            {
                errors.Add($"the grid names {axis.Name}, which is not a parameter of this mechanism (its parameters: {string.Join(", ", Definitions.Select(d => d.Name))})");
                continue;
            }

            if (!seen.Add(axis.Name))
                errors.Add($"the grid names {axis.Name} twice");
            if (axis.Values.IsDefaultOrEmpty)
                errors.Add($"the grid gives {axis.Name} no values");
            var values = new HashSet<ScalarValue>();
            foreach (var value in axis.Values.IsDefault ? [] : axis.Values)
            {
                var coerced = definition.Coerce(value, out string? error);
                if (error is not null)
                    errors.Add(error);
                else if (!values.Add(coerced))
                    errors.Add($"the grid lists {axis.Name} = {coerced} twice");
            }
        }

        return errors.ToImmutable();
    }
}
