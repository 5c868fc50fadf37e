using System.Collections.Immutable;
using System.Globalization;
using Willing.Simulation.Parameters;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Analysis;

/// <summary>Out-of-sample checks: another scenario run with a calibration's fitted values, against its own observed curve.</summary>
public static class OutOfSample
{
    /// <summary>
    /// Runs <paramref name="other"/> with the values <paramref name="calibrated"/> fitted for its free parameters (matched by
    /// name; every other parameter at <paramref name="other"/>'s own values) and measures the fit of the replicate mean to
    /// <paramref name="target"/>: the per-point table, RMSE, MAE, and the error at the last observed point, absolute and
    /// relative to the observed value there.
    /// </summary>
    /// <param name="other">The scenario to predict.</param>
    /// <param name="calibrated">The calibration whose fitted values are used.</param>
    /// <param name="target">The other scenario's observed curve.</param>
    /// <param name="reporter">The reporter compared with it; the calibration's by default.</param>
    /// <param name="seed">The master seed; the calibration's by default.</param>
    /// <param name="replicates">The replicates; the calibration's by default.</param>
    /// <param name="threads">Threads running replicates; the result is the same for any number.</param>
    /// <exception cref="ArgumentException">A calibrated parameter is not a parameter of <paramref name="other"/>, or its value is not admissible there.</exception>
    public static OutOfSampleResult Check(IScenarioSimulation other, CalibrationResult calibrated, ObservedCurve target,
        string? reporter = null, long? seed = null, int? replicates = null, int threads = 1)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(calibrated);
        ArgumentNullException.ThrowIfNull(target);
        var set = other.Parameters.Defaults;
        foreach (var f in calibrated.Free)
        {
            if (other.Parameters.Find(f.Name) is null)
                throw new ArgumentException($"the calibrated parameter {f.Name} is not a parameter of the scenario {other.Scenario.Id}", nameof(calibrated));
            set = set.With(f.Name, calibrated.Best[f.Name]);
        }

        string r = reporter ?? calibrated.Reporter;
        long s = seed ?? calibrated.Seed;
        int n = replicates ?? calibrated.Replicates;
        var observed = FitMeasures.Usable(target, other.StepLimit, other.Scenario.Id);
        var ensemble = Ensemble.Run(other, set, r, n, s, threads);
        var points = FitMeasures.Points(ensemble, observed);
        var errors = points.Select(p => p.Error).ToArray();
        var last = points[^1];
        double relative = last.Observed == 0 ? double.NaN : last.Error / last.Observed;
        double rmse = FitMeasures.Rmse(errors), mae = FitMeasures.Mae(errors);
        string values = string.Join(", ", calibrated.Free.Select(f => $"{f.Name} = {V(set.Double(f.Name))}"));
        string tail = double.IsNaN(relative) ? " (no relative error: the observed value is 0)." : string.Create(CultureInfo.InvariantCulture, $" ({(relative >= 0 ? "+" : "")}{relative * 100:0.#} % of the observed value).");
        string summary = string.Create(CultureInfo.InvariantCulture,
            $"Run with the values calibrated on {calibrated.Scenario} ({values}), {other.Scenario.Id}'s mean {r} over {n} replicates misses the {points.Length} observed point{(points.Length == 1 ? "" : "s")} of {target.Label} by an RMSE of {V(rmse)} and an MAE of {V(mae)}; at the last observed point, {last.Month}, it gives {V(last.Mean)} against {V(last.Observed)} observed, an error of {(last.Error >= 0 ? "+" : "")}{V(last.Error)}{tail}");
        return new OutOfSampleResult(other.Scenario.Id, calibrated.Scenario, target.Label, r, n, s, set, points, rmse, mae,
            FitMeasures.NullLoss("rmse", observed), last.Month, last.Observed, last.Mean, last.Error, relative, summary);
    }

    private static string V(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

/// <summary>The outcome of <see cref="OutOfSample.Check"/>.</summary>
/// <param name="Scenario">The scenario predicted.</param>
/// <param name="CalibratedOn">The scenario the values were calibrated on.</param>
/// <param name="Target">The observed curve's label.</param>
/// <param name="Reporter">The reporter compared.</param>
/// <param name="Replicates">The replicates.</param>
/// <param name="Seed">Their master seed.</param>
/// <param name="Parameters">The parameters the scenario ran with.</param>
/// <param name="Points">The per-point fit: month, observed, mean, median, 5–95 %.</param>
/// <param name="Rmse">The root mean squared error of the mean.</param>
/// <param name="Mae">The mean absolute error of the mean.</param>
/// <param name="NullRmse">The RMSE of a constant curve at the observed values' mean, for comparison.</param>
/// <param name="LastMonth">The month of the last observed point.</param>
/// <param name="LastObserved">The value observed there.</param>
/// <param name="LastSimulated">The replicate mean there.</param>
/// <param name="LastError">Simulated − observed there.</param>
/// <param name="LastRelativeError">That error over the observed value (NaN when it is 0).</param>
/// <param name="Summary">The result in one plain sentence.</param>
public sealed record OutOfSampleResult(string Scenario, string CalibratedOn, string Target, string Reporter, int Replicates, long Seed,
    ParameterSet Parameters, ImmutableArray<FitPoint> Points, double Rmse, double Mae, double NullRmse,
    ScenarioMonth LastMonth, double LastObserved, double LastSimulated, double LastError, double LastRelativeError, string Summary);
