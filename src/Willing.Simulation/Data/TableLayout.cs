using System.Collections.Immutable;
using Willing.Simulation.Parameters;

namespace Willing.Simulation.Data;

/// <summary>The columns of a result table, in order.</summary>
/// <remarks>
/// Every table starts with <c>run</c>, <c>point</c>, <c>replicate</c> and <c>seed</c> (all integers), then one
/// column per parameter of the mechanism (in its definition order, typed), then <c>step</c> (integer; 0 is the
/// state after set-up) and <c>month</c> (real: the model's clock). The agent table goes on with <c>agent</c>
/// (the agent's id) and <c>agent_kind</c> (kebab case). The reporters come last, in their definition order.
/// </remarks>
public sealed class TableLayout
{
    private readonly Dictionary<string, int> _index;

    internal TableLayout(TableKind kind, ImmutableArray<ColumnDefinition> columns, int parameterCount)
    {
        Kind = kind;
        Columns = columns;
        ParameterCount = parameterCount;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (c, i) in columns.Select((c, i) => (c, i)))
        {
            if (!_index.TryAdd(c.Name, i))
                throw new ArgumentException($"two columns of the {kind.ToString().ToLowerInvariant()} table are named {c.Name}: a parameter and a reporter may not share a name");
        }
    }

    /// <summary>Which table this is.</summary>
    public TableKind Kind { get; }

    /// <summary>The columns, in order.</summary>
    public ImmutableArray<ColumnDefinition> Columns { get; }

    /// <summary>The number of parameter columns (they follow the four identity columns).</summary>
    public int ParameterCount { get; }

    /// <summary>The position of the <c>step</c> column.</summary>
    public int StepColumn => 4 + ParameterCount;

    /// <summary>The position of the <c>month</c> column.</summary>
    public int MonthColumn => 5 + ParameterCount;

    /// <summary>The position of the first reporter column.</summary>
    public int FirstReporterColumn => Kind == TableKind.Model ? 6 + ParameterCount : 8 + ParameterCount;

    /// <summary>The position of the column named <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out int i) ? i : -1;

    /// <summary>The columns as <c>name:type</c>, comma-separated: the layout's signature in the batch specification.</summary>
    public string Signature => string.Join(",", Columns.Select(c => $"{c.Name}:{c.Type.ToString().ToLowerInvariant()}"));

    internal static TableLayout Create(TableKind kind, ParameterSpace space, IEnumerable<ReporterDefinition> reporters)
    {
        var columns = ImmutableArray.CreateBuilder<ColumnDefinition>();
        columns.Add(new("run", ColumnType.Long, ColumnRole.Identity, "the run's index in its batch (0-based)"));
        columns.Add(new("point", ColumnType.Long, ColumnRole.Identity, "the index of the run's parameter point in the grid (0-based)"));
        columns.Add(new("replicate", ColumnType.Long, ColumnRole.Identity, "the run's replicate at its point (0-based)"));
        columns.Add(new("seed", ColumnType.Long, ColumnRole.Identity, "the seed of the run's random source: replay the run from it"));
        foreach (var p in space.Definitions)
            columns.Add(new(p.Name, p.Type, ColumnRole.Parameter, p.Description));
        columns.Add(new("step", ColumnType.Long, ColumnRole.Time, "the number of steps taken (0: after set-up)"));
        columns.Add(new("month", ColumnType.Double, ColumnRole.Time, "the model's clock, in months since the start"));
        if (kind == TableKind.Agents)
        {
            columns.Add(new("agent", ColumnType.String, ColumnRole.Agent, "the agent's id"));
            columns.Add(new("agent_kind", ColumnType.String, ColumnRole.Agent, "the agent's kind (state, ngo, organization, leader, core-group, other)"));
        }

        foreach (var r in reporters)
            columns.Add(new(r.Name, r.Type, ColumnRole.Reporter, r.Description));
        return new TableLayout(kind, columns.ToImmutable(), space.Count);
    }
}
