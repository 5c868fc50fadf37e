namespace Willing.Simulation.Modeling;

/// <summary>One stage of a step: a rule applied to each agent in a stated order, or a rule applied once to the whole population.</summary>
/// <typeparam name="TAgent">The mechanism's agent type.</typeparam>
public sealed class ActivationStage<TAgent> where TAgent : Agent
{
    internal ActivationStage(string name, string description, AgentOrder order, Action<TAgent>? eachAgent, Action? population)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Name = name;
        Description = description;
        Order = order;
        EachAgent = eachAgent;
        Population = population;
    }

    /// <summary>The stage's name (e.g. <c>expose</c>, <c>adopt</c>).</summary>
    public string Name { get; }

    /// <summary>What the stage does, in a sentence.</summary>
    public string Description { get; }

    /// <summary>The order of the agents, for a per-agent stage.</summary>
    public AgentOrder Order { get; }

    /// <summary>The rule applied to each agent; null for a population stage.</summary>
    public Action<TAgent>? EachAgent { get; }

    /// <summary>The rule applied once to the whole population (a synchronous update over arrays, a rewiring of ties); null for a per-agent stage.</summary>
    public Action? Population { get; }

    /// <summary>The stage as a line of <see cref="Activation{TAgent}.Describe"/>.</summary>
    public override string ToString() => EachAgent is null
        ? $"{Name} (the whole population at once): {Description}"
        : $"{Name} (each agent, {Order switch { AgentOrder.ByIndex => "by index", AgentOrder.RandomEachStep => "in a random order drawn once per step", _ => "in a random order drawn for this stage" }}): {Description}";
}
