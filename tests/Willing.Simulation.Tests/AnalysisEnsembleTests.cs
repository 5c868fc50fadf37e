using System.Collections.Immutable;
using Willing.Simulation.Analysis;
using Willing.Simulation.Randomness;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Tests;

public class AnalysisEnsembleTests
{
    private static EnsembleCurves Hand(params double[][] curves) =>
        new("members", new LogisticMechanism().Parameters.Defaults, 0, [.. curves.Select((_, i) => (long)i)], [.. curves.Select(c => c.ToImmutableArray())]);

    [Fact]
    public void Run_SameSeed_IdenticalForAnyThreadCount_AndEachReplicateIsItsDerivedSeedsCurve()
    {
        var sim = AnalysisScenarios.Logistic();
        var p = sim.Parameters.Defaults;
        var one = Ensemble.Run(sim, p, "members", 40, 7, threads: 1);
        var two = Ensemble.Run(sim, p, "members", 40, 7, threads: 2);
        var four = Ensemble.Run(sim, p, "members", 40, 7, threads: 4);
        Assert.Equal(one.Curves.SelectMany(c => c), two.Curves.SelectMany(c => c));
        Assert.Equal(one.Curves.SelectMany(c => c), four.Curves.SelectMany(c => c));
        Assert.Equal(25, one.Steps);
        for (int r = 0; r < 40; r += 13)
        {
            Assert.Equal(RunSeeds.Derive(7, r), one.Seeds[r]);
            Assert.Equal(sim.Curve(p, RunSeeds.Derive(7, r), "members"), one.Curves[r]);
        }

        // The replicates differ from one another (the seeds are used) and from another master seed's.
        Assert.True(one.Curves.Select(c => c[^1]).Distinct().Count() > 1);
        Assert.NotEqual(one.Curves.SelectMany(c => c), Ensemble.Run(sim, p, "members", 40, 8).Curves.SelectMany(c => c));
    }

    [Fact]
    public void Run_TheSlowCurveAndTheFastReporter_Agree()
    {
        var fast = Ensemble.Run(AnalysisScenarios.Logistic(fast: true), AnalysisScenarios.Logistic().Parameters.Defaults, "members", 5, 3);
        var slowSim = AnalysisScenarios.Logistic(fast: false);
        var slow = Ensemble.Run(slowSim, slowSim.Parameters.Defaults, "members", 5, 3);
        Assert.Equal(fast.Curves.SelectMany(c => c), slow.Curves.SelectMany(c => c));
    }

    [Fact]
    public void Run_AReporterThatIsNotACurve_IsAnError()
    {
        var sim = AnalysisScenarios.Logistic();
        var e = Assert.Throws<ArgumentException>(() => Ensemble.Run(sim, sim.Parameters.Defaults, "adopters", 2, 1));
        Assert.Contains("members", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.25, 1.75)]
    [InlineData(0.5, 2.5)]
    [InlineData(0.9, 3.7)]
    [InlineData(0, 1)]
    [InlineData(1, 4)]
    public void Quantile_Type7_AsR(double p, double expected)
    {
        // R: quantile(c(4, 1, 3, 2), p, type = 7)
        Assert.Equal(expected, Quantiles.Of([4, 1, 3, 2], p), 12);
    }

    [Fact]
    public void FanChart_HandMadeCurves_BandsAreType7Quantiles_AndNested()
    {
        // Five replicates, two steps; at step 1 the values are 0, 10, 20, 30, 40.
        var e = Hand([0, 0], [1, 10], [2, 20], [3, 30], [4, 40]);
        var fan = FanChartData.From(e, new ScenarioMonth(2003, 3));
        Assert.Equal(2, fan.Steps.Length);
        var s = fan.Steps[1];
        Assert.Equal(new ScenarioMonth(2003, 4), s.Month);
        Assert.Equal(20, s.Mean, 12);
        Assert.Equal(20, s.Median, 12);
        Assert.Equal(10, s.Low50, 12);
        Assert.Equal(30, s.High50, 12);
        Assert.Equal(4, s.Low80, 12);
        Assert.Equal(36, s.High80, 12);
        Assert.Equal(1, s.Low95, 12);
        Assert.Equal(39, s.High95, 12);

        var sim = AnalysisScenarios.Logistic();
        var real = FanChartData.From(Ensemble.Run(sim, sim.Parameters.Defaults, "members", 60, 2), sim.Scenario.Start);
        Assert.All(real.Steps, b => Assert.True(b.Low95 <= b.Low80 && b.Low80 <= b.Low50 && b.Low50 <= b.Median && b.Median <= b.High50 && b.High50 <= b.High80 && b.High80 <= b.High95));
    }

    [Fact]
    public void TimeToThreshold_RunsThatNeverReachIt_AreCountedApart()
    {
        var e = Hand([0, 2, 5, 9], [0, 5, 6, 7], [0, 1, 1, 1], [5, 5, 5, 5]);
        var t = Distributions.TimeToThreshold(e, 5);
        Assert.Equal(new int?[] { 2, 1, null, 0 }, t.Steps);
        Assert.Equal(3, t.Reached);
        Assert.Equal(1, t.NeverReached);
        Assert.Equal(0.75, t.ShareReached, 12);
        Assert.Equal(1, t.Summary!.Median, 12);
        Assert.Equal(3, t.Summary.Histogram.Bins.Sum(b => b.Count));

        Assert.Null(Distributions.TimeToThreshold(e, 100).Summary);
        Assert.Equal(4, Distributions.TimeToThreshold(e, 100).NeverReached);
    }

    [Fact]
    public void FinalSize_QuantilesMeanAndHistogram()
    {
        var e = Hand([0, 3], [0, 1], [0, 4], [0, 1], [0, 5]);
        var f = Distributions.FinalSize(e);
        Assert.Equal(5, f.Count);
        Assert.Equal(2.8, f.Mean, 12);
        Assert.Equal(3, f.Median, 12);
        Assert.Equal(1, f.Minimum);
        Assert.Equal(5, f.Maximum);
        Assert.True(f.Histogram.IntegerValued);
        // One bin per count from 1 to 5: [1, 2) holds two, [2, 3) none, then one each.
        Assert.Equal([2, 0, 1, 1, 1], f.Histogram.Bins.Select(b => b.Count));
        Assert.Equal([1.0, 2, 3, 4, 5], f.Histogram.Bins.Select(b => b.Low));
    }

    [Fact]
    public void Histogram_ManyCounts_WholeWidthBins_AndRealValues_Sturges()
    {
        var counts = Histogram.Of([.. Enumerable.Range(0, 100).Select(i => (double)i)], maxBins: 10);
        Assert.Equal(10, counts.Bins.Length);
        Assert.All(counts.Bins, b => Assert.Equal(10, b.Count));
        var reals = Histogram.Of([0.5, 1.5, 2.5, 3.0]);
        Assert.False(reals.IntegerValued);
        Assert.Equal(3, reals.Bins.Length); // ⌈log2 4⌉ + 1
        Assert.Equal(4, reals.Bins.Sum(b => b.Count));
        Assert.Equal(3.0, reals.Bins[^1].High);
    }
}
