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
