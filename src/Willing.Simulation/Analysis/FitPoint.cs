using System.Collections.Immutable;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Analysis;

/// <summary>One observed point against the ensemble at its step.</summary>
/// <param name="Step">The step.</param>
/// <param name="Month">Its calendar month.</param>
/// <param name="Observed">The observed value.</param>
/// <param name="Mean">The replicates' mean (what the loss compares).</param>
/// <param name="Median">Their median (type 7).</param>
/// <param name="Low">Their 5 % quantile.</param>
/// <param name="High">Their 95 % quantile.</param>
public readonly record struct FitPoint(int Step, ScenarioMonth Month, double Observed, double Mean, double Median, double Low, double High)
{
    /// <summary>The error of the mean: <see cref="Mean"/> − <see cref="Observed"/>.</summary>
    public double Error => Mean - Observed;
}

/// <summary>The fit of an ensemble to an observed curve: root mean squared and mean absolute error of the replicate mean.</summary>
internal static class FitMeasures
{
    /// <summary>The losses the calibration knows.</summary>
    public static readonly ImmutableArray<string> Losses = ["rmse", "mae"];

    public static void CheckLoss(string loss)
    {
        if (!Losses.Contains(loss))
            throw new ArgumentException($"the loss {loss} is not one of {string.Join(", ", Losses)}", nameof(loss));
    }

    /// <summary>The observed points the simulation reaches (step ≤ its step limit).</summary>
    public static ImmutableArray<ObservedPoint> Usable(ObservedCurve target, long stepLimit, string scenario)
    {
        var points = target.Points.Where(p => p.Step >= 0 && p.Step <= stepLimit).ToImmutableArray();
        if (points.IsEmpty)
            throw new ArgumentException($"the observed curve {target.Label} has no point within the {stepLimit} steps of the scenario {scenario}", nameof(target));
        return points;
    }

    public static ImmutableArray<FitPoint> Points(EnsembleCurves ensemble, ImmutableArray<ObservedPoint> observed)
    {
        var values = new double[ensemble.Replicates];
        var result = ImmutableArray.CreateBuilder<FitPoint>(observed.Length);
        foreach (var p in observed)
        {
            for (int r = 0; r < values.Length; r++)
                values[r] = ensemble.Curves[r][p.Step];
            double mean = values.Average();
            Array.Sort(values);
            result.Add(new FitPoint(p.Step, p.Month, p.Value, mean, Quantiles.OfSorted(values, 0.5), Quantiles.OfSorted(values, 0.05), Quantiles.OfSorted(values, 0.95)));
        }

        return result.MoveToImmutable();
    }

    public static double Rmse(IEnumerable<double> errors)
    {
        double sum = 0;
        int n = 0;
        foreach (double e in errors)
        {
            sum += e * e;
            n++;
        }

        return Math.Sqrt(sum / n);
    }

    public static double Mae(IEnumerable<double> errors) => errors.Average(Math.Abs);

    public static double Loss(string loss, IEnumerable<double> errors) => loss == "mae" ? Mae(errors) : Rmse(errors);

    /// <summary>The loss of the constant curve at the observed values' mean.</summary>
    public static double NullLoss(string loss, ImmutableArray<ObservedPoint> observed)
    {
        double mean = observed.Average(p => p.Value);
        return Loss(loss, observed.Select(p => mean - p.Value));
    }
}
