namespace Willing.Simulation.Data;

/// <summary>The two tidy tables a run gives, as Mesa's data collector does.</summary>
public enum TableKind
{
    /// <summary>One row per recorded step of a run, with the model-level reporters.</summary>
    Model,

    /// <summary>One row per agent and recorded step of a run, with the agent-level reporters.</summary>
    Agents,
}
