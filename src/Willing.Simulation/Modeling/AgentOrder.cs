namespace Willing.Simulation.Modeling;

/// <summary>The order in which a stage of an <see cref="Activation{TAgent}"/> visits the agents.</summary>
public enum AgentOrder
{
    /// <summary>By index: 0, 1, 2, … (Mesa's <c>agents.do</c>).</summary>
    ByIndex,

    /// <summary>
    /// A new random permutation each step, drawn from the model's random source at the first stage of the step that
    /// uses this order and shared by its later stages (Mesa's <c>StagedActivation(shuffle=True)</c>).
    /// </summary>
    RandomEachStep,

    /// <summary>A new random permutation at each stage (Mesa's <c>shuffle_between_stages</c>, or <c>agents.shuffle_do</c>).</summary>
    RandomEachStage,
}
