using System.Collections.Immutable;
using Willing.Simulation.Parameters;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Analysis;

/// <summary>How much a scalar output of a scenario depends on its free parameters: one factor at a time, and Sobol indices.</summary>
/// <remarks>
/// The output is any function of a parameter set; <see cref="SensitivityMetrics"/> gives the two the analyses use (the
/// ensemble's final mean size, and the calibration loss against an observed curve), each with the same replicate seeds
/// at every point (common random numbers), so that the output is a deterministic function of the parameters.
/// </remarks>
public static class Sensitivity
{
    /// <summary>
    /// Each free parameter in turn at <paramref name="levels"/> evenly spaced values from its low to its high end (both
    /// included; an integer parameter rounded and repeated values left out), every other parameter as in
    /// <paramref name="at"/>, and the output at each.
    /// </summary>
    /// <exception cref="ArgumentException">A free parameter is not a numeric parameter of the space, or fewer than two levels are asked for.</exception>
    public static OneAtATimeResult OneAtATime(ParameterSet at, IEnumerable<ScenarioFreeParameter> free, int levels, Func<ParameterSet, double> metric, string metricName, int threads = 1)
    {
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(free);
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        var parameters = FreeParameters.Check(at.Space, free);
        var sets = new List<(int Parameter, double Value, ParameterSet Set)>();
        for (int i = 0; i < parameters.Length; i++)
        {
            var seen = new HashSet<double>();
            for (int l = 0; l < levels; l++)
            {
                var value = FreeParameters.FromUnit(at.Space, parameters[i], l / (double)(levels - 1));
                if (seen.Add(value.AsDouble()))
                    sets.Add((i, value.AsDouble(), at.With(parameters[i].Name, value)));
            }
        }

        var outputs = new double[sets.Count + 1];
        Parallel.For(0, outputs.Length, new ParallelOptions { MaxDegreeOfParallelism = threads },
            k => outputs[k] = metric(k == sets.Count ? at : sets[k].Set));
        double baseline = outputs[^1];
        var result = ImmutableArray.CreateBuilder<OneAtATimeParameter>();
        for (int i = 0; i < parameters.Length; i++)
        {
            var points = sets.Select((s, k) => (s, k)).Where(x => x.s.Parameter == i).Select(x => new OneAtATimeLevel(x.s.Value, outputs[x.k])).ToImmutableArray();
            double min = points.Min(p => p.Output), max = points.Max(p => p.Output);
            result.Add(new OneAtATimeParameter(parameters[i].Name, at.Double(parameters[i].Name), points, min, max, max - min));
        }

        return new OneAtATimeResult(metricName, baseline, result.ToImmutable());
    }

    /// <summary>
    /// Sobol first-order and total indices of <paramref name="metric"/> over the free parameters, each uniform on its
    /// range (an integer one rounded), every other parameter as in <paramref name="at"/>; see <see cref="SobolAnalysis.Run"/>.
    /// </summary>
    public static SobolResult Sobol(ParameterSet at, IEnumerable<ScenarioFreeParameter> free, Func<ParameterSet, double> metric, string metricName, SobolOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(free);
        ArgumentNullException.ThrowIfNull(metric);
        var parameters = FreeParameters.Check(at.Space, free);
        return SobolAnalysis.Run(
            [.. parameters.Select(p => p.Name)],
            [.. parameters.Select(_ => (0.0, 1.0))],
            u =>
            {
                var set = at;
                for (int i = 0; i < parameters.Length; i++)
                    set = set.With(parameters[i].Name, FreeParameters.FromUnit(at.Space, parameters[i], u[i]));
                return metric(set);
            },
            metricName,
            options);
    }
}

/// <summary>The scalar outputs the sensitivity analyses use, each over an ensemble with fixed replicate seeds.</summary>
public static class SensitivityMetrics
{
    /// <summary>The mean over <paramref name="replicates"/> replicates (seeds <c>RunSeeds.Derive(seed, r)</c>) of <paramref name="reporter"/> at the last step.</summary>
    public static Func<ParameterSet, double> FinalMeanSize(IScenarioSimulation sim, string reporter, int replicates, long seed, int threads = 1)
    {
        ArgumentNullException.ThrowIfNull(sim);
        return p => Ensemble.Run(sim, p, reporter, replicates, seed, threads).Final().Average();
    }

    /// <summary>The calibration loss (<c>rmse</c> or <c>mae</c> of the replicate mean) against <paramref name="target"/>, as <see cref="Calibration.Fit"/> computes it.</summary>
    public static Func<ParameterSet, double> CalibrationLoss(IScenarioSimulation sim, ObservedCurve target, string reporter, string loss, int replicates, long seed, int threads = 1)
    {
        ArgumentNullException.ThrowIfNull(sim);
        ArgumentNullException.ThrowIfNull(target);
        FitMeasures.CheckLoss(loss);
        var observed = FitMeasures.Usable(target, sim.StepLimit, sim.Scenario.Id);
        return p =>
        {
            var e = Ensemble.Run(sim, p, reporter, replicates, seed, threads);
            return FitMeasures.Loss(loss, observed.Select(o => e.MeanAt(o.Step) - o.Value));
        };
    }
}

/// <summary>The outcome of <see cref="Sensitivity.OneAtATime"/>.</summary>
/// <param name="Metric">What the output is.</param>
/// <param name="Baseline">The output at the given values.</param>
/// <param name="Parameters">Each free parameter's levels and outputs, in the order given.</param>
public sealed record OneAtATimeResult(string Metric, double Baseline, ImmutableArray<OneAtATimeParameter> Parameters);

/// <summary>One parameter varied alone.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Baseline">Its value when the others vary.</param>
/// <param name="Levels">Its levels and the output at each.</param>
/// <param name="Minimum">The smallest output.</param>
/// <param name="Maximum">The largest.</param>
/// <param name="Range">Maximum − minimum: the swing of a tornado chart.</param>
public sealed record OneAtATimeParameter(string Name, double Baseline, ImmutableArray<OneAtATimeLevel> Levels, double Minimum, double Maximum, double Range);

/// <summary>One level of a parameter varied alone, and the output there.</summary>
public readonly record struct OneAtATimeLevel(double Value, double Output);
