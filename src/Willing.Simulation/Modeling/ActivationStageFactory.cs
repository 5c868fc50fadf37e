namespace Willing.Simulation.Modeling;

/// <summary>Makes the stages of a <see cref="Activation.Staged"/> activation.</summary>
public static class ActivationStage
{
    /// <summary>A stage that applies <paramref name="rule"/> to each agent in <paramref name="order"/>.</summary>
    public static ActivationStage<TAgent> ForEachAgent<TAgent>(string name, AgentOrder order, Action<TAgent> rule, string description)
        where TAgent : Agent
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new ActivationStage<TAgent>(name, description, order, rule, null);
    }

    /// <summary>A stage that applies <paramref name="rule"/> once, to the whole population.</summary>
    public static ActivationStage<TAgent> ForPopulation<TAgent>(string name, Action rule, string description)
        where TAgent : Agent
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new ActivationStage<TAgent>(name, description, AgentOrder.ByIndex, null, rule);
    }
}
