namespace Willing.Simulation.Modeling;

/// <summary>
/// The usual activation schemes: <see cref="Sequential"/> (each agent in turn, by index), <see cref="RandomOrder"/>
/// (each agent in turn, in a new random order each step), <see cref="Simultaneous"/> (every agent decides from the
/// state at the start of the step, then every agent commits, so the order cannot matter), and <see cref="Staged"/>
/// for any sequence of stages.
/// </summary>
public static class Activation
{
    /// <summary>One stage: each agent takes its step in index order, seeing the changes of the agents before it.</summary>
    public static Activation<TAgent> Sequential<TAgent>(Action<TAgent> step, string description = "each agent takes its step")
        where TAgent : Agent =>
        new([ActivationStage.ForEachAgent("step", AgentOrder.ByIndex, step, description)]);

    /// <summary>One stage: each agent takes its step in a new random order each step.</summary>
    public static Activation<TAgent> RandomOrder<TAgent>(Action<TAgent> step, string description = "each agent takes its step")
        where TAgent : Agent =>
        new([ActivationStage.ForEachAgent("step", AgentOrder.RandomEachStep, step, description)]);

    /// <summary>
    /// Two stages: <paramref name="decide"/> for every agent (reading only the state at the start of the step and
    /// keeping its decision), then <paramref name="commit"/> for every agent (applying it).
    /// </summary>
    public static Activation<TAgent> Simultaneous<TAgent>(Action<TAgent> decide, Action<TAgent> commit)
        where TAgent : Agent =>
        new([
            ActivationStage.ForEachAgent("decide", AgentOrder.ByIndex, decide, "every agent decides from the state at the start of the step"),
            ActivationStage.ForEachAgent("commit", AgentOrder.ByIndex, commit, "every agent applies its decision"),
        ]);

    /// <summary>The given stages, run in order each step.</summary>
    public static Activation<TAgent> Staged<TAgent>(params ActivationStage<TAgent>[] stages)
        where TAgent : Agent => new([.. stages]);
}
