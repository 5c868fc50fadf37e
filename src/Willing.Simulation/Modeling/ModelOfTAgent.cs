using Willing.Simulation.Space;

namespace Willing.Simulation.Modeling;

/// <summary>A model of agents of type <typeparamref name="TAgent"/> on a <see cref="DynamicNetwork"/>, stepped by a stated <see cref="Activation{TAgent}"/>.</summary>
/// <typeparam name="TAgent">The mechanism's agent type.</typeparam>
/// <remarks>
/// The derived constructor creates the agents (drawing from <see cref="Model.Random"/> as it needs) and calls
/// <see cref="Setup"/> once with them, the network and the activation. Each <see cref="Model.Step"/> then runs the
/// activation's stages in order and nothing else: the activation is the whole, stated step.
/// </remarks>
public abstract class Model<TAgent> : Model where TAgent : Agent
{
    private AgentSet<TAgent>? _agents;
    private DynamicNetwork? _network;
    private Activation<TAgent>? _activation;
    private int[] _stepOrder = [];
    private int[] _stageOrder = [];

    /// <inheritdoc />
    protected Model(RunContext context, double monthsPerStep = 1)
        : base(context, monthsPerStep)
    {
    }

    /// <summary>The agents, in index order.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Setup"/> has not been called.</exception>
    public AgentSet<TAgent> Agents => _agents ?? throw NotSetUp();

    /// <summary>The space: node <c>i</c> is agent <c>i</c>.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Setup"/> has not been called.</exception>
    public DynamicNetwork Network => _network ?? throw NotSetUp();

    /// <summary>The activation order of a step.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Setup"/> has not been called.</exception>
    public Activation<TAgent> ActivationOrder => _activation ?? throw NotSetUp();

    /// <inheritdoc />
    public override int AgentCount => Agents.Count;

    /// <inheritdoc />
    public override Agent AgentAt(int index) => Agents[index];

    /// <summary>Gives the model its agents, its network and its activation; called once, by the derived constructor.</summary>
    /// <exception cref="ArgumentException">The network's nodes are not the agents, in order (by id).</exception>
    /// <exception cref="InvalidOperationException">Called twice.</exception>
    protected void Setup(AgentSet<TAgent> agents, DynamicNetwork network, Activation<TAgent> activation)
    {
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(activation);
        if (_agents is not null)
            throw new InvalidOperationException("Setup is called once, by the model's constructor");
        if (network.NodeCount != agents.Count)
            throw new ArgumentException($"the network has {network.NodeCount} nodes for {agents.Count} agents", nameof(network));
        for (int i = 0; i < agents.Count; i++)
        {
            if (!string.Equals(network.Nodes[i].Id, agents[i].Id, StringComparison.Ordinal))
                throw new ArgumentException($"node {i} of the network is {network.Nodes[i].Id} but agent {i} is {agents[i].Id}", nameof(network));
        }

        (_agents, _network, _activation) = (agents, network, activation);
    }

    /// <summary>Runs the activation's stages in order (see <see cref="Activation{TAgent}"/> for the orders).</summary>
    protected sealed override void StepCore()
    {
        var agents = Agents;
        bool stepShuffled = false;
        foreach (var stage in ActivationOrder.Stages)
        {
            if (stage.Population is { } population)
            {
                population();
                continue;
            }

            var each = stage.EachAgent!;
            switch (stage.Order)
            {
                case AgentOrder.ByIndex:
                    for (int i = 0; i < agents.Count; i++)
                        each(agents[i]);
                    break;
                case AgentOrder.RandomEachStep:
                    if (!stepShuffled)
                    {
                        Permute(ref _stepOrder, agents.Count);
                        stepShuffled = true;
                    }

                    foreach (int i in _stepOrder)
                        each(agents[i]);
                    break;
                default:
                    Permute(ref _stageOrder, agents.Count);
                    foreach (int i in _stageOrder)
                        each(agents[i]);
                    break;
            }
        }
    }

    private void Permute(ref int[] order, int n)
    {
        if (order.Length != n)
            order = new int[n];
        for (int i = 0; i < n; i++)
            order[i] = i;
        Random.Shuffle(order.AsSpan());
    }

    private static InvalidOperationException NotSetUp() =>
        new("the model's constructor has not called Setup with its agents, network and activation");
}
