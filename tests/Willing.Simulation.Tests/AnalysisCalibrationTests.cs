using Willing.Simulation.Analysis;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Tests;

public class AnalysisCalibrationTests
{
    private const double TrueRate = 0.35;

    /// <summary>The toy model's mean curve at the true rate over 400 replicates of another master seed than the fit's, every second month.</summary>
    private static ObservedCurve Synthetic(ScenarioSimulation<LogisticModel> sim, double rate = TrueRate, long seed = 99)
    {
        var e = Ensemble.Run(sim, sim.Parameters.Defaults.With("rate", rate), "members", 400, seed, threads: 2);
        return AnalysisScenarios.Observed("synthetic", Enumerable.Range(0, 13).Select(i => (2 * i, e.MeanAt(2 * i))), sim.Scenario.Start);
    }

    [Fact]
    public void NelderMead_Rosenbrock_FindsTheMinimum_WithinItsBudget()
    {
        static double Rosenbrock(double[] x) => (100 * Math.Pow(x[1] - (x[0] * x[0]), 2)) + Math.Pow(1 - x[0], 2);
        var r = NelderMead.Minimize(Rosenbrock, [-1.2, 1], [0.5, 0.5], 2000, 1e-8, 1e-12);
        Assert.True(r.Converged);
        Assert.True(r.Evaluations <= 2000);
        Assert.Equal(1, r.Point[0], 4);
        Assert.Equal(1, r.Point[1], 4);

        var capped = NelderMead.Minimize(Rosenbrock, [-1.2, 1], [0.5, 0.5], 25);
        Assert.False(capped.Converged);
        Assert.Equal(25, capped.Evaluations);
        Assert.True(capped.Value < Rosenbrock([-1.2, 1]));
    }

    [Fact]
    public void Fit_SyntheticTarget_RecoversTheKnownRate_AndLowersTheLoss()
    {
        var sim = AnalysisScenarios.Logistic();
        var target = Synthetic(sim);
        var spec = AnalysisScenarios.Calibration(100, 60, AnalysisScenarios.Free("rate", 0.05, 1.0));
        var fit = Calibration.Fit(sim, spec, target, seed: 1, threads: 2);

        double rate = fit.Best.Double("rate");
        // Stated tolerance: ±0.02 of the true rate 0.35 (measured: see docs/simulation-analysis.md).
        Assert.True(Math.Abs(rate - TrueRate) <= 0.02, $"fitted rate {rate}, loss {fit.LossValue}, evaluations {fit.Evaluations}");
        Assert.True(fit.LossValue <= fit.StartLoss);
        Assert.True(fit.LossValue < fit.NullLoss);
        Assert.True(fit.Evaluations <= 60);
        Assert.Equal(fit.Evaluations, fit.Trace.Length);
        Assert.Equal(0.3, fit.Free[0].Start, 12);
        Assert.Equal(fit.LossValue, fit.Rmse, 9);
        Assert.Equal(13, fit.Points.Length);
        Assert.All(fit.Points, p => Assert.True(p.Low <= p.Median && p.Median <= p.High));
        Assert.Equal(target.Points[5].Value, fit.Points[5].Observed);
    }

    [Fact]
    public void Fit_IsDeterministic_ForAnyThreadCount()
    {
        var sim = AnalysisScenarios.Logistic(months: 12);
        var target = AnalysisScenarios.Observed("t", [(3, 5), (6, 14), (9, 40), (12, 70)], sim.Scenario.Start);
        var spec = AnalysisScenarios.Calibration(20, 30, AnalysisScenarios.Free("rate", 0.05, 1.5), AnalysisScenarios.Free("initial", 1, 10));
        var a = Calibration.Fit(sim, spec, target, seed: 5, threads: 1);
        var b = Calibration.Fit(sim, spec, target, seed: 5, threads: 2);
        Assert.Equal(a.Best.ToString(), b.Best.ToString());
        Assert.Equal(a.LossValue, b.LossValue);
        Assert.Equal(a.Trace.Select(t => t.Loss), b.Trace.Select(t => t.Loss));
        // Every point tried is in range, the integer parameter whole.
        Assert.All(a.Trace, t => Assert.True(t.Values[0] >= 0.05 && t.Values[0] <= 1.5 && t.Values[1] >= 1 && t.Values[1] <= 10 && t.Values[1] == Math.Floor(t.Values[1])));
    }

    [Fact]
    public void Fit_AFreeParameterTheScenarioLacks_OrAnUnknownLoss_IsAnError()
    {
        var sim = AnalysisScenarios.Logistic();
        var target = AnalysisScenarios.Observed("t", [(3, 5)], sim.Scenario.Start);
        Assert.Contains("speed", Assert.Throws<ArgumentException>(() =>
            Calibration.Fit(sim, AnalysisScenarios.Calibration(2, 5, AnalysisScenarios.Free("speed", 0, 1)), target, 1)).Message, StringComparison.Ordinal);
        Assert.Contains("outside", Assert.Throws<ArgumentException>(() =>
            Calibration.Fit(sim, AnalysisScenarios.Calibration(2, 5, AnalysisScenarios.Free("rate", 0, 3)), target, 1)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() =>
            Calibration.Fit(sim, AnalysisScenarios.Calibration(2, 5, AnalysisScenarios.Free("rate", 0, 1)) with { Loss = "likelihood" }, target, 1));
    }

    [Fact]
    public void OutOfSample_OtherScenario_RunsWithTheCalibratedValues_AndReportsItsErrors()
    {
        var sim = AnalysisScenarios.Logistic();
        var fit = Calibration.Fit(sim, AnalysisScenarios.Calibration(50, 40, AnalysisScenarios.Free("rate", 0.05, 1.0)), Synthetic(sim), seed: 1, threads: 2);

        // Another population, longer: its own curve at the true rate is what a good calibration should predict.
        var other = AnalysisScenarios.Logistic("logistic-200", months: 30, population: 200);
        var target = Synthetic(other);
        var check = OutOfSample.Check(other, fit, target, threads: 2);
        Assert.Equal(fit.Best.Double("rate"), check.Parameters.Double("rate"));
        Assert.Equal(200, check.Parameters.Long("population"));
        Assert.Equal(13, check.Points.Length);
        Assert.Equal(target.Points[^1].Value, check.LastObserved);
        Assert.Equal(check.LastSimulated - check.LastObserved, check.LastError, 12);
        Assert.Equal(check.LastError / check.LastObserved, check.LastRelativeError, 12);
        Assert.True(Math.Abs(check.LastRelativeError) < 0.1, check.Summary);
        Assert.True(check.Rmse < check.NullRmse);
        Assert.Contains("logistic-200", check.Summary, StringComparison.Ordinal);

        // A wrong rate predicts worse.
        var wrong = fit with { Best = fit.Best.With("rate", 0.15) };
        Assert.True(OutOfSample.Check(other, wrong, target).Rmse > check.Rmse);

        var lacking = AnalysisScenarios.Logistic("no-rate", withRate: false);
        Assert.Contains("rate", Assert.Throws<ArgumentException>(() => OutOfSample.Check(lacking, fit, target)).Message, StringComparison.Ordinal);
    }
}
