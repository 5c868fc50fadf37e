using System.Collections.Immutable;

namespace Willing.Simulation.Parameters;

/// <summary>The parameter values a batch crosses: one axis per varied parameter, each with its values.</summary>
/// <remarks>
/// The grid is the Cartesian product of its axes, enumerated like nested loops in the order the axes were added,
/// the last axis varying fastest (Python's <c>itertools.product</c>, as Mesa's <c>batch_run</c>). Parameters
/// on no axis keep their defaults. The empty grid has one point: all defaults.
/// </remarks>
public sealed class ParameterGrid
{
    private ParameterGrid(ImmutableArray<GridAxis> axes) => Axes = axes;

    /// <summary>The grid with no axes (one point, all defaults).</summary>
    public static ParameterGrid Empty { get; } = new([]);

    /// <summary>The axes, in the order added.</summary>
    public ImmutableArray<GridAxis> Axes { get; }

    /// <summary>The number of points: the product of the axes' lengths.</summary>
    /// <exception cref="OverflowException">The product does not fit in 64 bits.</exception>
    public long PointCount => Axes.Aggregate(1L, (n, a) => checked(n * Math.Max(a.Values.Length, 1)));

    /// <summary>This grid with one more axis.</summary>
    public ParameterGrid With(string name, params ScalarValue[] values)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new ParameterGrid(Axes.Add(new GridAxis(name, [.. values])));
    }

    /// <summary>This grid with one more axis.</summary>
    public ParameterGrid With(string name, IEnumerable<ScalarValue> values) => With(name, [.. values]);

    /// <summary>
    /// Reads axes as typed on a command line (<c>--grid threshold_sd=0.05,0.1,0.15</c>), one <c>name=v1,v2,…</c> per
    /// item, each value read by its parameter's <see cref="ParameterDefinition.TryParse"/>; then checks the grid
    /// (<see cref="ParameterSpace.Check"/>). Every problem is given in <paramref name="errors"/>, each a sentence.
    /// </summary>
    public static bool TryParse(ParameterSpace space, IEnumerable<string> axes, out ParameterGrid grid, out ImmutableArray<string> errors)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(axes);
        grid = Empty;
        var problems = ImmutableArray.CreateBuilder<string>();
        foreach (string item in axes)
        {
            int eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                problems.Add($"'{item}' is not an axis: write name=v1,v2,… (e.g. threshold_sd=0.05,0.1)");
                continue;
            }

            string name = item[..eq].Trim();
            var definition = space.Find(name);
            if (definition is null)
            {
                problems.Add($"the grid names {name}, which is not a parameter of this mechanism (its parameters: {string.Join(", ", space.Definitions.Select(d => d.Name))})");
                continue;
            }

            var values = new List<ScalarValue>();
            foreach (string text in item[(eq + 1)..].Split(','))
            {
                if (definition.TryParse(text, out var value, out string? error))
                    values.Add(value);
                else
                    problems.Add(error!);
            }

            grid = grid.With(name, values);
        }

        if (problems.Count == 0)
            problems.AddRange(space.Check(grid));
        errors = problems.ToImmutable();
        return errors.IsEmpty;
    }

    /// <summary>
    /// The parameters of point <paramref name="point"/> (0-based): the defaults of <paramref name="space"/> with the
    /// axis values of that point, decoded as a mixed-radix number whose last digit is the last axis.
    /// </summary>
    /// <remarks>The grid must have passed <see cref="ParameterSpace.Check"/>.</remarks>
    public ParameterSet Point(ParameterSpace space, long point)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentOutOfRangeException.ThrowIfNegative(point);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(point, PointCount);
        var values = space.Defaults.Values.ToBuilder();
        long rest = point;
        for (int a = Axes.Length - 1; a >= 0; a--)
        {
            var axis = Axes[a];
            int i = space.IndexOf(axis.Name);
            var coerced = space.Definitions[i].Coerce(axis.Values[(int)(rest % axis.Values.Length)], out _);
            values[i] = coerced;
            rest /= axis.Values.Length;
        }

        return new ParameterSet(space, values.MoveToImmutable());
    }
}
