using Willing.Simulation.Analysis;

namespace Willing.Simulation.Tests;

public class AnalysisSensitivityTests
{
    private static readonly (double, double)[] Cube = [(-Math.PI, Math.PI), (-Math.PI, Math.PI), (-Math.PI, Math.PI)];

    /// <summary>Ishigami and Homma (1990) with a = 7, b = 0.1, on [−π, π]³.</summary>
    private static double Ishigami(double[] x) => Math.Sin(x[0]) + (7 * Math.Pow(Math.Sin(x[1]), 2)) + (0.1 * Math.Pow(x[2], 4) * Math.Sin(x[0]));

    [Fact]
    public void Sobol_Ishigami_MatchesTheAnalyticIndices()
    {
        // Analytic (Saltelli et al. 2008, §4.9; Sobol' and Levitan 1999): V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2,
        // S1 = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437).
        var r = SobolAnalysis.Run(["x1", "x2", "x3"], Cube, Ishigami, "ishigami", new SobolOptions(BaseSamples: 1 << 14, Seed: 2010, Bootstrap: 200, Threads: 2));
        double[] s1 = [0.3139, 0.4424, 0], st = [0.5576, 0.4424, 0.2437];
        const double Tolerance = 0.03; // at N = 16384 pseudo-random rows (measured errors: see docs/simulation-analysis.md)
        for (int i = 0; i < 3; i++)
        {
            Assert.True(Math.Abs(r.Indices[i].First - s1[i]) <= Tolerance, $"S1 of x{i + 1}: {r.Indices[i].First} against {s1[i]}");
            Assert.True(Math.Abs(r.Indices[i].Total - st[i]) <= Tolerance, $"ST of x{i + 1}: {r.Indices[i].Total} against {st[i]}");
            Assert.True(r.Indices[i].FirstLow <= r.Indices[i].First && r.Indices[i].First <= r.Indices[i].FirstHigh);
            Assert.True(r.Indices[i].TotalLow <= r.Indices[i].Total && r.Indices[i].Total <= r.Indices[i].TotalHigh);
        }

        Assert.Equal(1 << 14, r.BaseSamples);
        Assert.Equal((1 << 14) * 5, r.Evaluations);
        Assert.Equal(13.8446, r.Variance, 0.5);
    }

    [Fact]
    public void Sobol_AFunctionOfX1Alone_GivesS1AndSTOfOneForX1_AndZeroForTheOthers()
    {
        var r = SobolAnalysis.Run(["x1", "x2", "x3"], Cube, x => (x[0] * x[0]) + Math.Exp(x[0]), "x1 alone", new SobolOptions(BaseSamples: 4096, Seed: 3, Bootstrap: 100));
        Assert.Equal(1, r.Indices[0].First, 0.03);
        Assert.Equal(1, r.Indices[0].Total, 0.03);
        for (int i = 1; i < 3; i++)
        {
            Assert.Equal(0, r.Indices[i].First);
            Assert.Equal(0, r.Indices[i].Total);
        }
    }

    [Fact]
    public void Sobol_SameSeed_SameIndices_AnyThreads_AnotherSeed_Others()
    {
        var a = SobolAnalysis.Run(["x1", "x2", "x3"], Cube, Ishigami, "i", new SobolOptions(512, 4, 50, 0.9, 1));
        var b = SobolAnalysis.Run(["x1", "x2", "x3"], Cube, Ishigami, "i", new SobolOptions(512, 4, 50, 0.9, 2));
        var c = SobolAnalysis.Run(["x1", "x2", "x3"], Cube, Ishigami, "i", new SobolOptions(512, 5, 50, 0.9, 2));
        Assert.Equal(a.Indices.ToArray(), b.Indices.ToArray());
        Assert.NotEqual(a.Indices[0].First, c.Indices[0].First);
    }

    [Fact]
    public void OneAtATime_EachParameterAcrossItsRange_OthersHeld_TheMetricAtEachLevel()
    {
        var sim = AnalysisScenarios.Logistic(months: 12);
        var metric = SensitivityMetrics.FinalMeanSize(sim, "members", 20, 1);
        var r = Sensitivity.OneAtATime(sim.Parameters.Defaults, [AnalysisScenarios.Free("rate", 0.1, 0.9), AnalysisScenarios.Free("noise", 0, 1), AnalysisScenarios.Free("initial", 1, 4)], 5, metric, "final mean members", threads: 2);
        var rate = r.Parameters[0];
        Assert.Equal([0.1, 0.3, 0.5, 0.7, 0.9], rate.Levels.Select(l => Math.Round(l.Value, 12)));
        Assert.Equal(metric(sim.Parameters.Defaults.With("rate", 0.5)), rate.Levels[2].Output);
        Assert.Equal(metric(sim.Parameters.Defaults), r.Baseline);
        // The growth rate raises the final size; the parameter the model never reads changes nothing.
        Assert.True(rate.Levels.Zip(rate.Levels.Skip(1)).All(p => p.First.Output < p.Second.Output));
        Assert.Equal(0, r.Parameters[1].Range);
        // The integer parameter: 1, 1.75, 2.5, 3.25, 4 rounded to even give 1, 2, 2, 3, 4; repeats left out.
        Assert.Equal([1.0, 2, 3, 4], r.Parameters[2].Levels.Select(l => l.Value));
        Assert.True(rate.Range > r.Parameters[2].Range);
    }

    [Fact]
    public void Sobol_OverAScenario_TheRateMatters_TheUnreadParameterDoesNot()
    {
        var sim = AnalysisScenarios.Logistic(months: 12);
        var metric = SensitivityMetrics.FinalMeanSize(sim, "members", 5, 1);
        var r = Sensitivity.Sobol(sim.Parameters.Defaults, [AnalysisScenarios.Free("rate", 0.1, 0.9), AnalysisScenarios.Free("noise", 0, 1)], metric, "final mean members",
            new SobolOptions(BaseSamples: 256, Seed: 1, Bootstrap: 100, Threads: 2));
        Assert.True(r.Indices[0].First > 0.8, $"S1 of rate {r.Indices[0].First}");
        Assert.Equal(0, r.Indices[1].First);
        Assert.Equal(0, r.Indices[1].Total);
    }
}
