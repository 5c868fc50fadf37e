using System.Collections.Immutable;
using Willing.Simulation.Batches;
using Willing.Simulation.Data;
using Willing.Simulation.Mechanisms.NormCascade;
using Willing.Simulation.Modeling;
using Willing.Simulation.Parameters;

namespace Willing.Simulation.Tests;

public class NormCascadeTests
{
    /// <summary>Every channel off, a ratification rate of 1 and only the global share: Granovetter's population model.</summary>
    private static ParameterSet Off(NormCascade m, params (string Name, double Value)[] overrides)
    {
        var p = m.Parameters.Defaults
            .With("global_weight", 1.0).With("ngo_reach", 0.0).With("ngo_pull", 0.0).With("praise", 0.0).With("shame", 0.0)
            .With("conference_boost", 0.0).With("resistance_damping", 0.0).With("ratification_rate", 1.0);
        foreach (var (name, value) in overrides)
            p = p.With(name, value);
        return p;
    }

    private static NormCascadeModel Run(NormCascade m, ParameterSet p, long seed = 1, long steps = 1000)
    {
        var model = m.CreateModel(new RunContext(0, 0, 0, seed, p));
        model.Run(steps);
        return model;
    }

    [Fact]
    public void Run_GranovetterUniformThresholds_GoAllTheWayOnePerStep()
    {
        var m = new NormCascade(NormCascadeInputs.Population(Enumerable.Range(0, 100).Select(k => k / 100.0)));
        var result = BatchRunner.RunOne(m, Off(m), 1, 1000, new CollectionPlan(CollectionSchedule.EveryStep, CollectionSchedule.FinalStep));
        var model = Run(m, Off(m));
        Assert.Equal(100, model.Adopters);
        int c = result.Model.Layout.IndexOf("new_adopters");
        for (int row = 1; row <= 100; row++)
            Assert.Equal(1, result.Model.Long(row, c));
        Assert.Equal(100, model.StepCount);
    }

    [Fact]
    public void Run_GranovetterOneThresholdMoved_StopsAfterTheInstigator()
    {
        var thresholds = Enumerable.Range(0, 100).Select(k => k / 100.0).ToArray();
        thresholds[1] = 2 / 100.0;
        var m = new NormCascade(NormCascadeInputs.Population(thresholds));
        var model = Run(m, Off(m));
        Assert.Equal(1, model.Adopters);
        Assert.False(model.IsRunning);
    }

    [Theory]
    [InlineData(0.04, false)]
    [InlineData(0.06, false)]
    [InlineData(0.08, false)]
    [InlineData(0.10, false)]
    [InlineData(0.16, true)]
    [InlineData(0.20, true)]
    [InlineData(0.30, true)]
    public void Run_GranovetterNormalThresholds_JumpAcrossSigma(double sd, bool complete)
    {
        // Granovetter (1978): normal thresholds of mean 0.25; final participation jumps from about 0.06 to about 1
        // as sigma crosses about 0.12 (a recomputation: near 0.10). Mean final share over 10 seeds of 1,000 states.
        var m = new NormCascade(NormCascadeInputs.Population(1000));
        double mean = Enumerable.Range(1, 10).Average(seed => Run(m, Off(m, ("threshold_mean", 0.25), ("threshold_sd", sd)), seed).AdoptionShare);
        if (complete)
            Assert.True(mean > 0.9, $"sd {sd}: mean final share {mean}");
        else
            Assert.True(mean < 0.1, $"sd {sd}: mean final share {mean}");
    }

    private static NormCascadeInputs Stalling(int states, ImmutableArray<NormCascadeConference> conferences = default) =>
        NormCascadeInputs.Population(states) with { Conferences = conferences.IsDefault ? [] : conferences };

    private static int[] Finals(NormCascade m, ParameterSet p, int seeds = 10) =>
        [.. Enumerable.Range(1, seeds).Select(seed => Run(m, p, seed, 120).Adopters)];

    private static void AssertRaises(int[] without, int[] with)
    {
        // Same seeds, same draws: every channel only lowers thresholds or raises exposure, so no run does worse, and some do better.
        for (int i = 0; i < without.Length; i++)
            Assert.True(with[i] >= without[i], $"seed {i + 1}: {with[i]} < {without[i]}");
        Assert.True(with.Sum() > without.Sum() + without.Length, $"{with.Sum()} vs {without.Sum()}");
    }

    [Fact]
    public void Run_Conference_RaisesAdoption()
    {
        var plain = new NormCascade(Stalling(200));
        var met = new NormCascade(Stalling(200, [new NormCascadeConference(3, 1)]));
        var p = Off(plain, ("threshold_sd", 0.08), ("conference_boost", 0.15));
        AssertRaises(Finals(plain, p), Finals(met, Off(met, ("threshold_sd", 0.08), ("conference_boost", 0.15))));
    }

    [Fact]
    public void Run_NgoReach_RaisesAdoption()
    {
        var m = new NormCascade(Stalling(200));
        AssertRaises(Finals(m, Off(m, ("threshold_sd", 0.08), ("ngo_pull", 0.2))),
            Finals(m, Off(m, ("threshold_sd", 0.08), ("ngo_pull", 0.2), ("ngo_reach", 0.4))));
    }

    [Fact]
    public void Run_Praise_RaisesAdoption()
    {
        var m = new NormCascade(Stalling(200));
        AssertRaises(Finals(m, Off(m, ("threshold_sd", 0.08))), Finals(m, Off(m, ("threshold_sd", 0.08), ("praise", 0.15))));
    }

    [Fact]
    public void Run_Shame_RaisesAdoptionOnlyAfterTheTippingShare()
    {
        // Half the states have threshold 0 (instigators), the rest 0.8: the share stops at 0.5; shame of 0.8 per unit share
        // lowers the laggards' thresholds by 0.4 once the share passes tau, which takes them over when tau <= 0.5.
        var thresholds = Enumerable.Range(0, 100).Select(i => i < 50 ? 0.0 : 0.8);
        var m = new NormCascade(NormCascadeInputs.Population(thresholds));
        Assert.Equal(50, Run(m, Off(m, ("shame", 0.8), ("tipping_share", 0.6))).Adopters);
        Assert.Equal(100, Run(m, Off(m, ("shame", 0.8), ("tipping_share", 0.4))).Adopters);
    }

    /// <summary>A committed state tied to every other state; every other state also tied to one of four resisting great powers.</summary>
    private static NormCascade Resisted()
    {
        var actors = new List<NormCascadeActor> { new("core", AgentKind.State, Committed: true) };
        actors.AddRange(Enumerable.Range(1, 4).Select(i => new NormCascadeActor($"gp{i}", AgentKind.State, Resister: true)));
        actors.AddRange(Enumerable.Range(1, 95).Select(i => new NormCascadeActor($"s{i}", AgentKind.State)));
        var ties = Enumerable.Range(5, 95).SelectMany(i => new[] { new NormCascadeTie(0, i, 1), new NormCascadeTie(1 + (i % 4), i, 1) });
        return new NormCascade(new NormCascadeInputs([.. actors], [.. ties], []));
    }

    [Fact]
    public void Run_GreatPowerResistance_LowersAdoption()
    {
        var m = Resisted();
        var open = Finals(m, Off(m, ("global_weight", 0.5), ("threshold_sd", 0.1)));
        var damped = Finals(m, Off(m, ("global_weight", 0.5), ("threshold_sd", 0.1), ("resistance_damping", 0.5)));
        AssertRaises(damped, open);
        var model = Run(m, Off(m, ("global_weight", 0.5), ("threshold_sd", 0.1)));
        for (int i = 1; i <= 4; i++)
            Assert.Equal(-1, model.AdoptedStep(i));
    }

    [Fact]
    public void Run_NoSeedAdoptersAndThresholdsAboveThePulls_NobodyAdopts()
    {
        // Default parameters (NGO pull 0.1, praise 0.1, shame 0.1, ratification 0.1 a month), no entrepreneurs, no
        // committed states, no conference: with every threshold above 0.2 nobody is ever willing.
        var thresholds = Enumerable.Range(0, 150).Select(i => 0.25 + (0.7 * i / 150));
        var m = new NormCascade(NormCascadeInputs.Population(thresholds));
        foreach (long seed in new long[] { 1, 2, 3 })
        {
            var model = Run(m, m.Parameters.Defaults, seed, 240);
            Assert.Equal(0, model.Adopters);
            Assert.False(model.IsRunning);
        }
    }

    [Fact]
    public void Run_BeforeTheOpening_NobodyRatifies()
    {
        var inputs = NormCascadeInputs.Population(Enumerable.Range(0, 50).Select(_ => 0.0)) with { OpeningStep = 12 };
        var m = new NormCascade(inputs);
        var model = m.CreateModel(new RunContext(0, 0, 0, 1, Off(m)));
        model.Run(11);
        Assert.Equal(0, model.Adopters);
        model.Step();
        Assert.Equal(50, model.Adopters);
    }

    [Fact]
    public void Run_SameSeed_SameRun_OtherSeed_OtherRun()
    {
        var m = Resisted();
        var p = m.Parameters.Defaults;
        var plan = new CollectionPlan(CollectionSchedule.EveryStep, CollectionSchedule.FinalStep);
        var a = BatchRunner.RunOne(m, p, 7, 120, plan);
        var b = BatchRunner.RunOne(m, p, 7, 120, plan);
        var c = BatchRunner.RunOne(m, p, 8, 120, plan);
        long[] Steps(RunResult r) => [.. Enumerable.Range(0, r.Agents!.RowCount).Select(i => r.Agents.Long(i, r.Agents.Layout.IndexOf("adopted_step")))];
        double[] Exposures(RunResult r) => [.. Enumerable.Range(0, r.Agents!.RowCount).Select(i => r.Agents.Double(i, r.Agents.Layout.IndexOf("exposure")))];
        Assert.Equal(Steps(a), Steps(b));
        Assert.Equal(Exposures(a), Exposures(b));
        Assert.NotEqual(Steps(a), Steps(c));
    }
}
