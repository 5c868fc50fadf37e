using Willing.Simulation.Modeling;
using Willing.Simulation.Parameters;

namespace Willing.Simulation.Tests;

public class ActivationTests
{
    private static readonly ParameterSpace NoParameters = new([]);

    private static RunContext Context(long seed) => new(0, 0, 0, seed, NoParameters.Defaults);

    [Fact]
    public void Sequential_VisitsAgentsByIndex_EachStep()
    {
        var m = new ToyModel(Context(1), 4, _ => Activation.Sequential<RecordingAgent>(a => a.Step()));
        m.Step();
        m.Step();
        Assert.Equal(["t0", "t1", "t2", "t3", "t0", "t1", "t2", "t3"], m.Log);
        Assert.Equal(2, m.StepCount);
        Assert.Equal(1.0, m.Month);
    }

    [Fact]
    public void RandomOrder_IsANewPermutationEachStep_ReproducibleBySeed()
    {
        List<string> Run(long seed)
        {
            var m = new ToyModel(Context(seed), 8, _ => Activation.RandomOrder<RecordingAgent>(a => a.Step()));
            for (int s = 0; s < 5; s++)
                m.Step();
            return m.Log;
        }

        var a = Run(7);
        Assert.Equal(a, Run(7));
        Assert.NotEqual(a, Run(8));
        var steps = a.Chunk(8).ToList();
        Assert.All(steps, s => Assert.Equal(Enumerable.Range(0, 8).Select(i => $"t{i}"), s.Order(StringComparer.Ordinal)));
        Assert.True(steps.Distinct(new SequenceComparer()).Count() > 1);
    }

    [Fact]
    public void RandomEachStep_IsSharedByTheStagesOfAStep_RandomEachStage_IsNot()
    {
        List<string> Stages(AgentOrder order)
        {
            var m = new ToyModel(Context(3), 10, _ => Activation.Staged(
                ActivationStage.ForEachAgent<RecordingAgent>("one", order, a => a.Step(), "log"),
                ActivationStage.ForEachAgent<RecordingAgent>("two", order, a => a.Step(), "log again")));
            m.Step();
            return m.Log;
        }

        var shared = Stages(AgentOrder.RandomEachStep);
        Assert.Equal(shared.Take(10), shared.Skip(10));
        var fresh = Stages(AgentOrder.RandomEachStage);
        Assert.NotEqual(fresh.Take(10), fresh.Skip(10));
    }

    [Fact]
    public void Simultaneous_EveryAgentDecidesFromTheStartOfTheStep()
    {
        // Each agent takes the value of its left neighbour: with simultaneous activation values rotate by one;
        // with sequential activation the first value would sweep the ring.
        ToyModel? m = null;
        m = new ToyModel(Context(1), 5, model => Activation.Simultaneous<RecordingAgent>(
            a => a.Pending = model.Agents[(a.Index + 4) % 5].Value,
            a => a.Value = a.Pending));
        for (int i = 0; i < 5; i++)
            m.Agents[i].Value = i;
        m.Step();
        Assert.Equal([4, 0, 1, 2, 3], m.Agents.Select(a => a.Value));

        var seq = new ToyModel(Context(1), 5, model => Activation.Sequential<RecordingAgent>(a => a.Value = model.Agents[(a.Index + 4) % 5].Value));
        for (int i = 0; i < 5; i++)
            seq.Agents[i].Value = i;
        seq.Step();
        Assert.Equal([4, 4, 4, 4, 4], seq.Agents.Select(a => a.Value));
    }

    [Fact]
    public void Stop_EndsTheModel_AndAFurtherStepIsRefused()
    {
        ToyModel? m = null;
        m = new ToyModel(Context(1), 2, _ => Activation.Staged(
            ActivationStage.ForPopulation<RecordingAgent>("check", () => m!.CheckStop(), "stop when told")), stopAfter: 3);
        while (m.IsRunning)
            m.Step();
        Assert.Equal(3, m.StepCount);
        Assert.Equal("enough", m.StopReason);
        Assert.Throws<InvalidOperationException>(() => m.Step());
    }

    [Fact]
    public void Describe_StatesTheOrder()
    {
        var m = new ToyModel(Context(1), 2, _ => Activation.Simultaneous<RecordingAgent>(a => { }, a => { }));
        Assert.Equal(
            "1. decide (each agent, by index): every agent decides from the state at the start of the step\n2. commit (each agent, by index): every agent applies its decision",
            m.ActivationOrder.Describe());
    }

    private sealed class SequenceComparer : IEqualityComparer<string[]>
    {
        public bool Equals(string[]? x, string[]? y) => x!.SequenceEqual(y!);

        public int GetHashCode(string[] obj) => string.Join(",", obj).GetHashCode(StringComparison.Ordinal);
    }
}
