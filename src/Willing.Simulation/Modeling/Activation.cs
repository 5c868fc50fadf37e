using System.Collections.Immutable;

namespace Willing.Simulation.Modeling;

/// <summary>
/// The activation order of a model's step, spelled out: its stages, in order, each applied to every agent in a
/// stated order or once to the whole population.
/// </summary>
/// <typeparam name="TAgent">The mechanism's agent type.</typeparam>
/// <remarks>
/// Made by the factories of <see cref="Activation"/>, one per usual scheme (Mesa's schedulers, Axtell's 2001
/// taxonomy of activation).
/// </remarks>
public sealed class Activation<TAgent> where TAgent : Agent
{
    internal Activation(ImmutableArray<ActivationStage<TAgent>> stages)
    {
        if (stages.IsDefaultOrEmpty)
            throw new ArgumentException("an activation has at least one stage", nameof(stages));
        Stages = stages;
    }

    /// <summary>The stages of a step, in order.</summary>
    public ImmutableArray<ActivationStage<TAgent>> Stages { get; }

    /// <summary>The activation as numbered lines, one per stage, for documentation and run logs.</summary>
    public string Describe() => string.Join('\n', Stages.Select((s, i) => $"{i + 1}. {s}"));
}
