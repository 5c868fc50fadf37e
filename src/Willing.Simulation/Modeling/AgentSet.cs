using System.Collections;
using System.Collections.Immutable;

namespace Willing.Simulation.Modeling;

/// <summary>The agents of a model, in index order; agent <c>i</c> is at position <c>i</c> and is node <c>i</c> of the network.</summary>
/// <typeparam name="TAgent">The mechanism's agent type.</typeparam>
public sealed class AgentSet<TAgent> : IReadOnlyList<TAgent> where TAgent : Agent
{
    private readonly ImmutableArray<TAgent> _agents;
    private Dictionary<string, int>? _index;

    /// <summary>A set of agents whose indices are 0, 1, 2, … in order and whose ids are distinct.</summary>
    /// <remarks>
    /// The ids are checked to be distinct when a model's <c>Setup</c> matches them with its network's nodes (which
    /// are distinct), or at the first <see cref="IndexOf"/>; building the index of ids is left until it is needed, since
    /// a batch creates an agent set for every run.
    /// </remarks>
    /// <exception cref="ArgumentException">An agent's index is not its position.</exception>
    public AgentSet(IEnumerable<TAgent> agents)
    {
        ArgumentNullException.ThrowIfNull(agents);
        _agents = [.. agents];
        for (int i = 0; i < _agents.Length; i++)
        {
            if (_agents[i].Index != i)
                throw new ArgumentException($"the agent {_agents[i].Id} has index {_agents[i].Index} but is at position {i}");
        }
    }

    /// <summary>The number of agents.</summary>
    public int Count => _agents.Length;

    /// <summary>The agent at index <paramref name="index"/>.</summary>
    public TAgent this[int index] => _agents[index];

    /// <summary>The index of the agent with this id, or -1.</summary>
    /// <exception cref="InvalidOperationException">Two agents share an id.</exception>
    public int IndexOf(string id)
    {
        if (_index is null)
        {
            var index = new Dictionary<string, int>(_agents.Length, StringComparer.Ordinal);
            for (int i = 0; i < _agents.Length; i++)
            {
                if (!index.TryAdd(_agents[i].Id, i))
                    throw new InvalidOperationException($"two agents have the id {_agents[i].Id}");
            }

            _index = index;
        }

        return _index.TryGetValue(id, out int found) ? found : -1;
    }

    /// <summary>The agents as an immutable array, in index order.</summary>
    public ImmutableArray<TAgent> AsImmutableArray() => _agents;

    /// <summary>The agents of one kind, in index order.</summary>
    public IEnumerable<TAgent> OfKind(AgentKind kind) => _agents.Where(a => a.Kind == kind);

    /// <summary>An enumerator over the agents in index order.</summary>
    public ImmutableArray<TAgent>.Enumerator GetEnumerator() => _agents.GetEnumerator();

    IEnumerator<TAgent> IEnumerable<TAgent>.GetEnumerator() => ((IEnumerable<TAgent>)_agents).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_agents).GetEnumerator();
}
