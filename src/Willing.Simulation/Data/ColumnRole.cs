namespace Willing.Simulation.Data;

/// <summary>What a column of a result table holds.</summary>
public enum ColumnRole
{
    /// <summary>The run's identity: <c>run</c>, <c>point</c>, <c>replicate</c>, <c>seed</c>.</summary>
    Identity,

    /// <summary>A parameter's value (constant within a run).</summary>
    Parameter,

    /// <summary>The model's time: <c>step</c> and <c>month</c>.</summary>
    Time,

    /// <summary>The agent a row is about: <c>agent</c> (its id) and <c>agent_kind</c>.</summary>
    Agent,

    /// <summary>A reporter's value.</summary>
    Reporter,
}
