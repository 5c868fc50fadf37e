using System.Collections.Immutable;

namespace Willing.Simulation.Analysis;

/// <summary>Distributions over an ensemble's replicates: the final size, and the time a curve takes to reach a threshold.</summary>
public static class Distributions
{
    /// <summary>The quantile probabilities reported: 5 %, 10 %, 25 %, 50 %, 75 %, 90 %, 95 %.</summary>
    public static readonly ImmutableArray<double> Probabilities = [0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95];

    /// <summary>The distribution of the value at the last step (the final size) over the replicates.</summary>
    public static SampleSummary FinalSize(EnsembleCurves ensemble, int maxBins = 40)
    {
        ArgumentNullException.ThrowIfNull(ensemble);
        return SampleSummary.Of(ensemble.Final(), maxBins);
    }

    /// <summary>
    /// The first step at which each replicate's curve reaches <paramref name="threshold"/> (value ≥ threshold), and the
    /// distribution of those steps over the replicates that reach it. Replicates that never do are counted apart
    /// (<see cref="ThresholdTimes.NeverReached"/>), never dropped silently: the quantiles are those of the reached ones only,
    /// and <see cref="ThresholdTimes.ShareReached"/> says how many those are.
    /// </summary>
    public static ThresholdTimes TimeToThreshold(EnsembleCurves ensemble, double threshold, int maxBins = 40)
    {
        ArgumentNullException.ThrowIfNull(ensemble);
        if (double.IsNaN(threshold))
            throw new ArgumentException("the threshold is a number", nameof(threshold));
        var steps = new int?[ensemble.Replicates];
        for (int r = 0; r < steps.Length; r++)
        {
            var c = ensemble.Curves[r];
            for (int s = 0; s < c.Length; s++)
            {
                if (c[s] >= threshold)
                {
                    steps[r] = s;
                    break;
                }
            }
        }

        double[] reached = [.. steps.Where(s => s is not null).Select(s => (double)s!.Value)];
        return new ThresholdTimes(threshold, [.. steps], reached.Length, steps.Length - reached.Length,
            steps.Length == 0 ? 0 : (double)reached.Length / steps.Length, reached.Length == 0 ? null : SampleSummary.Of(reached, maxBins));
    }
}

/// <summary>A sample summarised: size, mean, standard deviation, extremes, type-7 quantiles and a histogram.</summary>
/// <param name="Count">The number of values.</param>
/// <param name="Mean">Their mean.</param>
/// <param name="StandardDeviation">Their sample standard deviation (n − 1; 0 for one value).</param>
/// <param name="Minimum">The smallest.</param>
/// <param name="Maximum">The largest.</param>
/// <param name="Quantiles">The quantiles at <see cref="Distributions.Probabilities"/>, by the type-7 rule.</param>
/// <param name="Histogram">The histogram.</param>
public sealed record SampleSummary(int Count, double Mean, double StandardDeviation, double Minimum, double Maximum, ImmutableArray<QuantileValue> Quantiles, Histogram Histogram)
{
    /// <summary>The median.</summary>
    public double Median => Quantiles.First(q => q.Probability == 0.5).Value;

    /// <summary>The summary of <paramref name="values"/> (not empty).</summary>
    public static SampleSummary Of(double[] values, int maxBins = 40)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
            throw new ArgumentException("a summary of no values is not defined", nameof(values));
        double[] sorted = [.. values];
        Array.Sort(sorted);
        double mean = sorted.Average();
        double sd = sorted.Length < 2 ? 0 : Math.Sqrt(sorted.Sum(v => (v - mean) * (v - mean)) / (sorted.Length - 1));
        return new SampleSummary(sorted.Length, mean, sd, sorted[0], sorted[^1],
            [.. Distributions.Probabilities.Select(p => new QuantileValue(p, Analysis.Quantiles.OfSorted(sorted, p)))], Histogram.Of(sorted, maxBins));
    }
}

/// <summary>A quantile: its probability and value.</summary>
public readonly record struct QuantileValue(double Probability, double Value);

/// <summary>When the replicates first reach a threshold.</summary>
/// <param name="Threshold">The threshold (a curve reaches it at the first step with a value ≥ it).</param>
/// <param name="Steps">Each replicate's first step at the threshold, or null when it never reaches it, in replicate order.</param>
/// <param name="Reached">Replicates that reach it.</param>
/// <param name="NeverReached">Replicates that never do within the step limit.</param>
/// <param name="ShareReached">Reached over all replicates.</param>
/// <param name="Summary">The distribution of the first steps over the replicates that reach it; null when none does.</param>
public sealed record ThresholdTimes(double Threshold, ImmutableArray<int?> Steps, int Reached, int NeverReached, double ShareReached, SampleSummary? Summary);
