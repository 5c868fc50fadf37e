using Willing.Networks;
using Willing.Simulation.Batches;
using Willing.Simulation.Data;
using Willing.Simulation.Modeling;
using Willing.Simulation.Parameters;
using Willing.Simulation.Space;

namespace Willing.Simulation.Tests;

// The example of docs/simulation.md ("Defining a mechanism", "Running a sharded batch"), kept compiling and running here.
internal sealed class Contagion : Mechanism<ContagionModel>
{
    public override string Name => "contagion";

    public override int Version => 1;

    public override string Description => "Each state joins with probability beta per joined neighbour.";

    public override string Source => "Centola & Macy (2007), American Journal of Sociology 113(3): 702-734.";

    public override ParameterSpace Parameters { get; } = new([
        ParameterDefinition.Double("beta", 0.1, 0, 1, "probability of joining per joined neighbour and step"),
    ]);

    public override ReporterSet<ContagionModel> Reporters { get; } = new ReporterSet<ContagionModel>()
        .WithLong("members", "states that have joined", m => m.Members)
        .WithAgentBool("joined", "whether the state has joined", (m, i) => m.Agents[i].Joined);

    public Graph Network { get; init; } = null!;

    public override ContagionModel CreateModel(RunContext context) => new(context, DynamicNetwork.FromGraph(Network));
}

internal sealed class StateAgent(int index, string id) : Agent(index, id, AgentKind.State)
{
    public bool Joined { get; set; }

    public bool Next { get; set; }
}

internal sealed class ContagionModel : Model<StateAgent>
{
    public ContagionModel(RunContext context, DynamicNetwork network)
        : base(context, monthsPerStep: 1)
    {
        var agents = new AgentSet<StateAgent>(network.Nodes.Select((n, i) => new StateAgent(i, n.Id)));
        agents[Random.NextInt(agents.Count)].Joined = true;
        Setup(agents, network, Activation.Simultaneous<StateAgent>(Decide, a => a.Joined = a.Next));
    }

    public int Members => Agents.Count(a => a.Joined);

    private void Decide(StateAgent a)
    {
        a.Next = a.Joined;
        foreach (var tie in Network.Ties(a.Index))
            a.Next |= Agents[tie.Node].Joined && Random.NextBool(Parameters.Double("beta"));
    }
}

public sealed class DocumentationExampleTests : IDisposable
{
    private readonly string _dir = TestBatches.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Example_ShardedBatchMerged_EqualsOneProcess_AndMembersNeverFall()
    {
        var batch = new Batch<ContagionModel>(new Contagion { Network = TestBatches.RandomGraph(30, 0.15, 4) },
            ParameterGrid.Empty.With("beta", 0.05, 0.1, 0.2), replicates: 4, seed: 2005, stepLimit: 12);
        string whole = Path.Combine(_dir, "sweep.parquet");
        var progress = new List<BatchProgress>();
        await BatchRunner.RunAsync(batch, whole, options: new() { Progress = progress.Add });
        Assert.Equal(12, progress[^1].RunsDone);

        int n = 3;
        for (int k = 1; k <= n; k++)
            await BatchRunner.RunAsync(batch, Path.Combine(_dir, $"part-{k}.parquet"), new ShardSpec(k, n));
        string merged = Path.Combine(_dir, "merged.parquet");
        var result = await BatchMerger.MergeAsync(Directory.GetFiles(_dir, "part-*.parquet"), merged);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(await File.ReadAllBytesAsync(whole), await File.ReadAllBytesAsync(merged));

        var run = BatchRunner.Replay(batch, 7);
        int members = run.Model.Layout.IndexOf("members");
        var series = Enumerable.Range(0, run.Model.RowCount).Select(r => run.Model.Long(r, members)).ToList();
        Assert.Equal(13, series.Count);
        Assert.Equal(1, series[0]);
        Assert.True(series.Zip(series.Skip(1)).All(p => p.Second >= p.First));
    }
}
