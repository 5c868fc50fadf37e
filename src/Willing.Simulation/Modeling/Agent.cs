using System.Collections.Immutable;
using Willing.Simulation.Parameters;

namespace Willing.Simulation.Modeling;

/// <summary>
/// An actor of a model: its position in the model's agent set (also its node in the network), its id, its kind
/// and the fixed attributes it was created with. Mechanisms derive from it to add state and rules.
/// </summary>
/// <remarks>
/// State that changes during a run lives in the derived class (or, for speed, in arrays of the model indexed by
/// <see cref="Index"/>); <see cref="Attributes"/> are the inputs read from a scenario (power, region, GDP …) and
/// never change. Agents draw random numbers only from their model's <see cref="Model.Random"/>.
/// </remarks>
public class Agent
{
    private static readonly ImmutableDictionary<string, ScalarValue> NoAttributes =
        ImmutableDictionary<string, ScalarValue>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>An agent at position <paramref name="index"/> with the given id, kind and attributes.</summary>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    public Agent(int index, string id, AgentKind kind, ImmutableDictionary<string, ScalarValue>? attributes = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Index = index;
        Id = id;
        Kind = kind;
        Attributes = attributes ?? NoAttributes;
    }

    /// <summary>The agent's position in its model's <see cref="AgentSet{TAgent}"/> and its node in the network (0-based).</summary>
    public int Index { get; }

    /// <summary>The agent's id (an ISO 3166 alpha-3 code for a state, a case-base id for others), unique in its model.</summary>
    public string Id { get; }

    /// <summary>What the agent is.</summary>
    public AgentKind Kind { get; }

    /// <summary>The fixed attributes the agent was created with (ordinal keys).</summary>
    public ImmutableDictionary<string, ScalarValue> Attributes { get; }

    /// <summary>The attribute named <paramref name="name"/> as a number, or <paramref name="fallback"/> when the agent has none.</summary>
    public double Attribute(string name, double fallback) =>
        Attributes.TryGetValue(name, out var v) ? v.AsDouble() : fallback;

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Kind}, #{Index})";
}
