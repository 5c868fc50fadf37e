using Willing.Networks;
using Willing.Simulation.Batches;
using Willing.Simulation.Data;
using Willing.Simulation.Mechanisms;
using Willing.Simulation.Parameters;

namespace Willing.Simulation.Tests;

public class ThresholdCascadeTests
{
    private static Graph Path(int n)
    {
        var b = new GraphBuilder(false);
        for (int i = 0; i < n; i++)
            b.AddNode($"p{i}");
        for (int i = 0; i + 1 < n; i++)
            b.AddEdge(i, i + 1);
        return b.Build();
    }

    private static Graph Star(int leaves)
    {
        var b = new GraphBuilder(false);
        b.AddNode("hub", "core-group");
        for (int i = 1; i <= leaves; i++)
            b.AddEdge("hub", $"leaf{i}");
        return b.Build();
    }

    private static RunResult Run(ThresholdCascade cascade, long seed = 1, long stepLimit = 1000) =>
        BatchRunner.RunOne(cascade, cascade.Parameters.Defaults, seed, stepLimit,
            new CollectionPlan(CollectionSchedule.EveryStep, CollectionSchedule.FinalStep));

    private static long[] AdoptedSteps(RunResult r)
    {
        int c = r.Agents!.Layout.IndexOf("adopted_step");
        return [.. Enumerable.Range(0, r.Agents.RowCount).Select(i => r.Agents.Long(i, c))];
    }

    private static long[] Column(SimulationTable t, string name)
    {
        int c = t.Layout.IndexOf(name);
        return [.. Enumerable.Range(0, t.RowCount).Select(i => t.Long(i, c))];
    }

    [Fact]
    public void Path_GivenThresholds_AdoptsOneNodePerStep()
    {
        // p0 is an instigator (θ = 0) and joins at step 1; p1 sees 1 of 2 neighbours (0.5 ≥ 0.5) at step 2;
        // p2 likewise at step 3; p3, with one neighbour, needs all of it (1 ≥ 1) at step 4; step 5 adds no one.
        var r = Run(new ThresholdCascade(Path(4), [0, 0.5, 0.5, 1.0]));
        Assert.Equal([1L, 2, 3, 4], AdoptedSteps(r));
        Assert.Equal([0L, 1, 2, 3, 4, 5], Column(r.Model, "step"));
        Assert.Equal([0L, 1, 2, 3, 4, 4], Column(r.Model, "adopters"));
        Assert.Equal([0L, 1, 1, 1, 1, 0], Column(r.Model, "new_adopters"));
        Assert.Equal(5, r.Steps);
        Assert.NotNull(r.StopReason);
    }

    [Fact]
    public void Path_AThresholdJustAboveItsExposure_StopsTheCascadeThere()
    {
        var r = Run(new ThresholdCascade(Path(4), [0, 0.5, 0.51, 1.0]));
        Assert.Equal([1L, 2, -1, -1], AdoptedSteps(r));
    }

    [Fact]
    public void Star_GivenThresholds_HubThenLeaves_AndAStubbornLeafNever()
    {
        // leaf1 is an instigator; the hub needs 1 of its 5 leaves (0.2 ≥ 0.2); the leaves then see their only
        // neighbour joined (1 ≥ θ) except leaf5 whose θ = 1.5 cannot be reached.
        double[] thresholds = [0.2, 0, 0.9, 1.0, 0.3, 1.5];
        var r = Run(new ThresholdCascade(Star(5), thresholds));
        Assert.Equal([2L, 1, 3, 3, 3, -1], AdoptedSteps(r));
        Assert.Equal("core-group", r.Agents!.String(0, r.Agents.Layout.IndexOf("agent_kind")));
    }

    [Fact]
    public void Star_InitialAdopterGiven_JoinsAtStepZero()
    {
        var r = Run(new ThresholdCascade(Star(3), [0.5, 0.9, 0.9, 0.9], ["leaf2"]));
        // The hub sees 1 of 3 (0.33 < 0.5) and never joins; nor do the other leaves.
        Assert.Equal([-1L, -1, 0, -1], AdoptedSteps(r));
        Assert.Equal([0L, 1], Column(r.Model, "step"));
    }

    [Fact]
    public void Directed_ExposureComesThroughTheTiesThatEnter()
    {
        // a → b ← c, b → d: b is exposed to a and c (half of its in-ties' weight once a joins); c has no in-ties
        // and stays out; d follows b.
        var g = new GraphBuilder(directed: true);
        foreach (string id in new[] { "a", "b", "c", "d" })
            g.AddNode(id);
        g.AddEdge("a", "b");
        g.AddEdge("c", "b");
        g.AddEdge("b", "d");
        var r = Run(new ThresholdCascade(g.Build(), [0, 0.5, 0.5, 1]));
        Assert.Equal([1L, 2, -1, 3], AdoptedSteps(r));
    }

    [Fact]
    public void Granovetter_UniformThresholdsOnAHundred_GoAllTheWay_AndOneMovedThresholdStopsIt()
    {
        // Granovetter (1978, p. 1424): thresholds 0, 1/100, …, 99/100 — everyone joins, one per step; raising the
        // threshold of the 1/100 actor to 2/100 stops the riot after the instigator.
        var k100 = TestBatches.Complete(100);
        double[] uniform = [.. Enumerable.Range(0, 100).Select(i => i / 100.0)];
        var all = Run(new ThresholdCascade(k100, uniform));
        Assert.Equal(Enumerable.Range(1, 100).Select(i => (long)i), AdoptedSteps(all));
        Assert.Equal(100L, Column(all.Model, "adopters")[^1]);

        uniform[1] = 0.02;
        var stopped = Run(new ThresholdCascade(k100, uniform));
        Assert.Equal(1L, Column(stopped.Model, "adopters")[^1]);
    }

    [Fact]
    public void CompleteGraph_UniformThresholds_FinalSizeFollowsThePykeFormula()
    {
        // On the complete graph K_N with m random initial adopters and the other n = N - m thresholds i.i.d. U(0, 1),
        // a non-adopter sees a/(N-1) of the others joined, so the cascade stops at m + j exactly when the j smallest
        // thresholds satisfy U_(i) ≤ (m + i - 1)d (d = 1/(N-1)) and the others exceed (m + j)d. By the formula for
        // uniform order statistics below a line (Pyke 1959; Takács' ballot theorem),
        //   P(final = m + j) = C(n, j) · m d · ((m + j) d)^(j-1) · (1 - (m + j) d)^(n - j).
        // Tolerance: 4.5 standard errors for the mean size and for P(everyone joins), and a total-variation distance
        // below 0.06 (its expected value for 4000 runs over 19 outcomes is about 0.03).
        const int N = 20, m = 2, runs = 4000;
        const int n = N - m;
        const double d = 1.0 / (N - 1);
        var p = Enumerable.Range(0, n + 1).Select(j => j == 0
            ? Math.Pow(1 - m * d, n)
            : Binomial(n, j) * m * d * Math.Pow((m + j) * d, j - 1) * Math.Pow(1 - (m + j) * d, n - j)).ToArray();
        Assert.Equal(1, p.Sum(), 1e-12);
        double mean = Enumerable.Range(0, n + 1).Sum(j => (m + j) * p[j]);
        double sd = Math.Sqrt(Enumerable.Range(0, n + 1).Sum(j => (m + j - mean) * (m + j - mean) * p[j]));

        var cascade = new ThresholdCascade(TestBatches.Complete(N));
        var batch = new Batch<ThresholdCascadeModel>(cascade,
            ParameterGrid.Empty.With("threshold_distribution", "uniform").With("initial_adopters", (long)m), runs, 1978, 100);
        var counts = new int[n + 1];
        int adopters = batch.ModelLayout.IndexOf("adopters");
        for (int i = 0; i < runs; i++)
        {
            var model = BatchRunner.Replay(batch, i).Model;
            counts[model.Long(model.RowCount - 1, adopters) - m]++;
        }

        double observedMean = counts.Select((c, j) => (double)c * (m + j)).Sum() / runs;
        Assert.InRange(observedMean, mean - 4.5 * sd / Math.Sqrt(runs), mean + 4.5 * sd / Math.Sqrt(runs));
        double full = (double)counts[n] / runs, se = Math.Sqrt(p[n] * (1 - p[n]) / runs);
        Assert.InRange(full, p[n] - 4.5 * se, p[n] + 4.5 * se);
        double tv = counts.Select((c, j) => Math.Abs((double)c / runs - p[j])).Sum() / 2;
        Assert.True(tv < 0.06, $"total variation distance {tv}");
        Assert.Equal(0, counts[n - 1]);
    }

    [Fact]
    public void NormalThresholds_AtGranovettersSigmas_StayLowOrGoNearlyAllTheWay()
    {
        // Granovetter's normal thresholds (mean 0.25) on a complete population of 400 with no initial adopters:
        // at sigma 0.05 an instigator (θ ≤ 0) has probability Φ(-5) ≈ 3e-7, so nothing happens; at sigma 0.2,
        // Φ(-1.25) ≈ 0.11 are instigators and the mean-field iteration r ← Φ((r - 0.25)/0.2) runs to ≈ 1.
        // A check of direction and rough size, not of the exact critical sigma.
        var k = TestBatches.Complete(400);
        var cascade = new ThresholdCascade(k);
        var batch = new Batch<ThresholdCascadeModel>(cascade,
            ParameterGrid.Empty.With("threshold_sd", 0.05, 0.2).With("initial_adopters", 0L), 5, 12, 400);
        int share = batch.ModelLayout.IndexOf("adoption_share");
        double Final(long run)
        {
            var t = BatchRunner.Replay(batch, run).Model;
            return t.Double(t.RowCount - 1, share);
        }

        for (long r = 0; r < batch.RunCount; r++)
        {
            double f = Final(r);
            if (r % 2 == 0)
                Assert.True(f < 0.1, $"run {r}: sigma 0.05 reached {f}");
            else
                Assert.True(f > 0.8, $"run {r}: sigma 0.2 reached only {f}");
        }
    }

    [Fact]
    public void Digest_ChangesWithTheNetworkAndThresholds()
    {
        var a = new ThresholdCascade(Path(4), [0, 0.5, 0.5, 1]);
        Assert.Equal(a.ConfigurationDigest, new ThresholdCascade(Path(4), [0, 0.5, 0.5, 1]).ConfigurationDigest);
        Assert.NotEqual(a.ConfigurationDigest, new ThresholdCascade(Path(4), [0, 0.5, 0.5, 0.9]).ConfigurationDigest);
        Assert.NotEqual(a.ConfigurationDigest, new ThresholdCascade(Path(5), [0, 0.5, 0.5, 1, 1]).ConfigurationDigest);
    }

    private static double Binomial(int n, int k)
    {
        double c = 1;
        for (int i = 1; i <= k; i++)
            c = c * (n - k + i) / i;
        return c;
    }

    [Theory]
    [InlineData(3L)]
    [InlineData(11L)]
    [InlineData(29L)]
    public void FullUpdate_JoinsTheSameAgentsAtTheSameSteps_AsTheIncrementalOne(long seed)
    {
        // Unit weights: the joined weights are whole numbers, exact in either order of addition.
        var cascade = new ThresholdCascade(TestBatches.RandomGraph(300, 0.03, seed));
        var space = cascade.Parameters;
        var incremental = space.Defaults.With("initial_adopters", 4L);
        var full = incremental.With("update", "full");
        var plan = new CollectionPlan(CollectionSchedule.EveryStep, CollectionSchedule.FinalStep);
        var a = BatchRunner.RunOne(cascade, incremental, seed, 1000, plan);
        var b = BatchRunner.RunOne(cascade, full, seed, 1000, plan);
        Assert.Equal(AdoptedSteps(a), AdoptedSteps(b));
        Assert.Equal(Column(a.Model, "adopters"), Column(b.Model, "adopters"));
        int e = a.Agents!.Layout.IndexOf("exposure");
        for (int i = 0; i < a.Agents.RowCount; i++)
            Assert.Equal(a.Agents.Double(i, e), b.Agents!.Double(i, e), 12);
        Assert.True(a.Steps > 1);
    }

    [Fact]
    public void StopAtRestOff_StepsToTheLimit_AddingNoOne()
    {
        var cascade = new ThresholdCascade(Path(4), [0, 0.5, 0.5, 1.0]);
        var p = cascade.Parameters.Defaults.With("stop_at_rest", false);
        foreach (string update in new[] { "incremental", "full" })
        {
            var r = BatchRunner.RunOne(cascade, p.With("update", update), 1, 20);
            Assert.Equal(20, r.Steps);
            Assert.Null(r.StopReason);
            Assert.Equal(4, Column(r.Model, "adopters")[^1]);
            Assert.Equal([0, 1, 2, 3, 4], Column(r.Model, "adopters")[..5]);
        }
    }
}
