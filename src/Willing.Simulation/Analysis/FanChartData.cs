using System.Collections.Immutable;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Analysis;

/// <summary>
/// The bands of a fan chart: at every step, the ensemble's mean, median and central 50 %, 80 % and 95 % intervals
/// (the 25–75 %, 10–90 % and 2.5–97.5 % quantiles, each by <see cref="Quantiles"/>' type-7 rule).
/// </summary>
/// <param name="Reporter">The reporter.</param>
/// <param name="Replicates">The number of replicates behind each step.</param>
/// <param name="Steps">One entry per step, 0 to the step limit.</param>
public sealed record FanChartData(string Reporter, int Replicates, ImmutableArray<FanStep> Steps)
{
    /// <summary>The fan of <paramref name="ensemble"/>, with step <c>s</c> the month <c>start + s</c>.</summary>
    public static FanChartData From(EnsembleCurves ensemble, ScenarioMonth start)
    {
        ArgumentNullException.ThrowIfNull(ensemble);
        var steps = ImmutableArray.CreateBuilder<FanStep>(ensemble.Steps);
        var values = new double[ensemble.Replicates];
        for (int s = 0; s < ensemble.Steps; s++)
        {
            for (int r = 0; r < values.Length; r++)
                values[r] = ensemble.Curves[r][s];
            double mean = values.Average();
            Array.Sort(values);
            steps.Add(new FanStep(s, start.Plus(s), mean, Q(values, 0.5),
                Q(values, 0.25), Q(values, 0.75), Q(values, 0.10), Q(values, 0.90), Q(values, 0.025), Q(values, 0.975)));
        }

        return new FanChartData(ensemble.Reporter, ensemble.Replicates, steps.MoveToImmutable());
    }

    private static double Q(double[] sorted, double p) => Quantiles.OfSorted(sorted, p);
}

/// <summary>The ensemble at one step of a fan chart.</summary>
/// <param name="Step">The step.</param>
/// <param name="Month">Its calendar month.</param>
/// <param name="Mean">The mean over replicates.</param>
/// <param name="Median">The median (type 7).</param>
/// <param name="Low50">The 25 % quantile.</param>
/// <param name="High50">The 75 % quantile.</param>
/// <param name="Low80">The 10 % quantile.</param>
/// <param name="High80">The 90 % quantile.</param>
/// <param name="Low95">The 2.5 % quantile.</param>
/// <param name="High95">The 97.5 % quantile.</param>
public readonly record struct FanStep(int Step, ScenarioMonth Month, double Mean, double Median, double Low50, double High50, double Low80, double High80, double Low95, double High95);
