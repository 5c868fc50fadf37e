namespace Willing.Simulation.Data;

/// <summary>When each of a run's two tables records its rows.</summary>
/// <param name="Model">The schedule of the model table (every step by default).</param>
/// <param name="Agents">The schedule of the agent table (never by default: with many agents and runs it is the large one).</param>
public sealed record CollectionPlan(CollectionSchedule Model, CollectionSchedule Agents)
{
    /// <summary>Model rows at every step, no agent rows.</summary>
    public static CollectionPlan Default { get; } = new(CollectionSchedule.EveryStep, CollectionSchedule.Never);
}
