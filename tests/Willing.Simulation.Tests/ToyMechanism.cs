using Willing.Networks;
using Willing.Simulation.Data;
using Willing.Simulation.Modeling;
using Willing.Simulation.Parameters;
using Willing.Simulation.Space;

namespace Willing.Simulation.Tests;

/// <summary>An agent that writes down when it was activated.</summary>
internal sealed class RecordingAgent(int index, string id, List<string> log) : Agent(index, id, AgentKind.State)
{
    public int Value { get; set; }

    public int Pending { get; set; }

    public void Step() => log.Add(Id);
}

/// <summary>A model whose activation is given by the test, on a ring of n agents.</summary>
internal sealed class ToyModel : Model<RecordingAgent>
{
    public ToyModel(RunContext context, int n, Func<ToyModel, Activation<RecordingAgent>> activation, int stopAfter = int.MaxValue, int spinEvery = 0)
        : base(context, monthsPerStep: 0.5)
    {
        var b = new GraphBuilder(false);
        for (int i = 0; i < n; i++)
            b.AddNode($"t{i}");
        for (int i = 0; i < n; i++)
            b.AddEdge(i, (i + 1) % n);
        Setup(new AgentSet<RecordingAgent>(Enumerable.Range(0, n).Select(i => new RecordingAgent(i, $"t{i}", Log))),
            DynamicNetwork.FromGraph(b.Build()), activation(this));
        StopAfter = stopAfter;
        SpinEvery = spinEvery;
    }

    public List<string> Log { get; } = [];

    public int StopAfter { get; }

    public int SpinEvery { get; }

    public void CheckStop()
    {
        if (StepCount + 1 >= StopAfter)
            Stop("enough");
    }
}

/// <summary>A mechanism over <see cref="ToyModel"/> for testing the runner: each step every agent adds a random digit to its value.</summary>
internal sealed class ToyMechanism : Mechanism<ToyModel>
{
    public override string Name => "toy";

    public override int Version => 1;

    public override string Description => "each agent adds a random digit each step";

    public override string Source => "the tests";

    public override ParameterSpace Parameters { get; } = new([
        ParameterDefinition.Long("agents", 5, 1, 100, "agents on the ring"),
        ParameterDefinition.Long("stop_after", 1000, 1, 1000, "the step after which the model stops itself"),
        ParameterDefinition.Long("fail_run", -1, -1, 1_000_000, "the run that throws (-1: none)"),
        ParameterDefinition.Long("slow_every", 0, 0, 1000, "every k-th run spins for a while (0: none), to make runs uneven"),
    ]);

    public override ReporterSet<ToyModel> Reporters { get; } = new ReporterSet<ToyModel>()
        .WithLong("total", "the sum of the agents' values", m => m.Agents.Sum(a => a.Value))
        .WithDouble("mean", "the mean value", m => m.Agents.Average(a => a.Value))
        .WithString("first", "the first agent's value as text", m => m.Agents[0].Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .WithBool("even", "whether the total is even", m => m.Agents.Sum(a => a.Value) % 2 == 0)
        .WithAgentLong("value", "the agent's value", (m, i) => m.Agents[i].Value);

    public override ToyModel CreateModel(RunContext context)
    {
        if (context.Run == context.Parameters.Long("fail_run"))
            throw new InvalidOperationException("this run was told to fail");
        long slow = context.Parameters.Long("slow_every");
        if (slow > 0 && context.Run % slow == 0)
            Thread.SpinWait(2_000_000);
        ToyModel? model = null;
        model = new ToyModel(context, (int)context.Parameters.Long("agents"),
            m => Activation.Staged(
                ActivationStage.ForEachAgent<RecordingAgent>("draw", AgentOrder.RandomEachStep, a => a.Value += m.Random.NextInt(10), "add a digit"),
                ActivationStage.ForPopulation<RecordingAgent>("check", () => model!.CheckStop(), "stop when told")),
            (int)context.Parameters.Long("stop_after"));
        return model;
    }
}
