using System.Collections.Immutable;
using Willing.Simulation.Modeling;
using Willing.Simulation.Parameters;

namespace Willing.Simulation.Data;

/// <summary>The named reporters of a mechanism: model-level ones (one row per recorded step) and agent-level ones (one row per agent and recorded step).</summary>
/// <typeparam name="TModel">The mechanism's model type.</typeparam>
/// <remarks>
/// Immutable: each <c>With…</c> call returns a new set, so a mechanism builds its set once in a field. Names are
/// lower snake case and distinct within a table. An agent-level function takes the model and the agent's index
/// (<c>model.Agents[i]</c> is the agent, or index the model's own arrays). A string reporter must not return null.
/// </remarks>
public sealed class ReporterSet<TModel> where TModel : Model
{
    private ReporterSet(ImmutableArray<Reporter<TModel>> model, ImmutableArray<Reporter<TModel>> agents)
    {
        ModelLevel = model;
        AgentLevel = agents;
    }

    /// <summary>A set with no reporters.</summary>
    public ReporterSet()
        : this([], [])
    {
    }

    /// <summary>The model-level reporters, in order.</summary>
    public ImmutableArray<ReporterDefinition> ModelReporters => [.. ModelLevel.Select(r => r.Definition)];

    /// <summary>The agent-level reporters, in order.</summary>
    public ImmutableArray<ReporterDefinition> AgentReporters => [.. AgentLevel.Select(r => r.Definition)];

    internal ImmutableArray<Reporter<TModel>> ModelLevel { get; }

    internal ImmutableArray<Reporter<TModel>> AgentLevel { get; }

    /// <summary>Adds a model-level integer reporter.</summary>
    public ReporterSet<TModel> WithLong(string name, string description, Func<TModel, long> report) => AddModel(name, description, report);

    /// <summary>Adds a model-level real reporter.</summary>
    public ReporterSet<TModel> WithDouble(string name, string description, Func<TModel, double> report) => AddModel(name, description, report);

    /// <summary>Adds a model-level string reporter.</summary>
    public ReporterSet<TModel> WithString(string name, string description, Func<TModel, string> report) => AddModel(name, description, report);

    /// <summary>Adds a model-level boolean reporter.</summary>
    public ReporterSet<TModel> WithBool(string name, string description, Func<TModel, bool> report) => AddModel(name, description, report);

    /// <summary>Adds an agent-level integer reporter.</summary>
    public ReporterSet<TModel> WithAgentLong(string name, string description, Func<TModel, int, long> report) => AddAgent(name, description, report);

    /// <summary>Adds an agent-level real reporter.</summary>
    public ReporterSet<TModel> WithAgentDouble(string name, string description, Func<TModel, int, double> report) => AddAgent(name, description, report);

    /// <summary>Adds an agent-level string reporter.</summary>
    public ReporterSet<TModel> WithAgentString(string name, string description, Func<TModel, int, string> report) => AddAgent(name, description, report);

    /// <summary>Adds an agent-level boolean reporter.</summary>
    public ReporterSet<TModel> WithAgentBool(string name, string description, Func<TModel, int, bool> report) => AddAgent(name, description, report);

    private ReporterSet<TModel> AddModel(string name, string description, Delegate report) =>
        new(ModelLevel.Add(Make(ModelLevel, name, description, report, TableKind.Model)), AgentLevel);

    private ReporterSet<TModel> AddAgent(string name, string description, Delegate report) =>
        new(ModelLevel, AgentLevel.Add(Make(AgentLevel, name, description, report, TableKind.Agents)));

    private static Reporter<TModel> Make(ImmutableArray<Reporter<TModel>> existing, string name, string description, Delegate report, TableKind table)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Names.Require(name, "reporter");
        if (existing.Any(r => r.Definition.Name == name))
            throw new ArgumentException($"two {table.ToString().ToLowerInvariant()}-level reporters are named {name}");
        return new Reporter<TModel>(new ReporterDefinition(name, Reporter<TModel>.TypeOf(report), table, description), report);
    }
}
