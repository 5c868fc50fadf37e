using System.Collections.Immutable;
using System.Globalization;
using Willing.Simulation.Parameters;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Analysis;

/// <summary>Fits a scenario's free parameters to an observed curve.</summary>
/// <remarks>
/// <para>
/// The loss is the root mean squared error (<c>rmse</c>, the default) or the mean absolute error (<c>mae</c>) between
/// the mean over the replicates of the reporter at each observed step and the observed value. Every evaluation runs the
/// same replicate seeds, <c>RunSeeds.Derive(seed, r)</c> for r = 0 … replicates − 1 (common random numbers), so the loss
/// is a deterministic function of the parameters and differences between two points are not Monte Carlo noise.
/// </para>
/// <para>
/// Each free parameter p with range [low, high] is searched through z ∈ ℝ with p = low + (high − low) / (1 + e^−z)
/// (a logistic transform, so every point tried is in range); an integer parameter is rounded to the nearest whole
/// number (ties to even). The start is the parameter's value in the given set (by default the scenario's, i.e. the
/// mechanism's default with the scenario's fixed values) clamped into the range, then kept 1 % of the range inside it
/// so that its z is finite. The search is <see cref="NelderMead"/> in z with initial steps of 1 (towards the middle of
/// the range), converging at 10⁻³ in z and 10⁻⁹ in the loss, and never making more than <c>spec.Evaluations</c>
/// evaluations. A point already evaluated is not run again (the loss is deterministic) but still counts.
/// </para>
/// </remarks>
public static class Calibration
{
    /// <summary>Fits <paramref name="spec"/>'s free parameters of <paramref name="sim"/> to <paramref name="target"/>.</summary>
    /// <param name="sim">The scenario.</param>
    /// <param name="spec">The free parameters, the reporter (its target's), the loss, the replicates and the budget.</param>
    /// <param name="target">The observed curve (its points beyond the step limit are left out, noted).</param>
    /// <param name="seed">The master seed of the replicates.</param>
    /// <param name="threads">Threads running replicates; the result is the same for any number.</param>
    /// <param name="at">The values of every parameter that is not free, and the start of the free ones; the scenario's by default.</param>
    /// <param name="cache">
    /// Optional: a folder and a key naming everything the fit depends on beyond these arguments (the scenario's text, the
    /// case base, the code); the search's outcome is then kept there and reused when the key and these arguments are the
    /// same, and the result is the same as computed afresh (see <see cref="CalibrationCache"/>).
    /// </param>
    /// <exception cref="ArgumentException">A free parameter is not a numeric parameter of the scenario, its range is empty or outside the parameter's, the loss is unknown, or no observed point is within the step limit.</exception>
    public static CalibrationResult Fit(IScenarioSimulation sim, ScenarioCalibration spec, ObservedCurve target, long seed, int threads = 1, ParameterSet? at = null,
        CalibrationCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(sim);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(spec.Replicates);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(spec.Evaluations);
        string loss = string.IsNullOrEmpty(spec.Loss) ? "rmse" : spec.Loss;
        FitMeasures.CheckLoss(loss);
        var start = at ?? sim.Parameters.Defaults;
        if (start.Space != sim.Parameters)
            throw new ArgumentException("the parameter set is not of the scenario's parameter space", nameof(at));
        if (spec.Free.IsDefaultOrEmpty)
            throw new ArgumentException("a calibration has at least one free parameter", nameof(spec));
        var free = FreeParameters.Check(sim.Parameters, spec.Free);
        string reporter = spec.Target.Reporter;
        var observed = FitMeasures.Usable(target, sim.StepLimit, sim.Scenario.Id);
        var notes = new List<string>();
        int dropped = target.Points.Length - observed.Length;
        if (dropped > 0)
            notes.Add($"{dropped} observed point{(dropped == 1 ? "" : "s")} beyond step {sim.StepLimit} left out");

        double[] starts = [.. free.Select(f => Math.Clamp(start.Double(f.Name), f.Low, f.High))];
        double[] z0 = [.. free.Select((f, i) => Logit(Math.Clamp((starts[i] - f.Low) / (f.High - f.Low), 0.01, 0.99)))];
        double[] steps = [.. z0.Select(z => z > 0 ? -1.0 : 1.0)];
        var memo = new Dictionary<string, double>(StringComparer.Ordinal);
        var trace = ImmutableArray.CreateBuilder<CalibrationEvaluation>();

        double Loss(double[] z)
        {
            var set = FreeParameters.Apply(start, free, z);
            double[] values = [.. free.Select(f => set.Double(f.Name))];
            string key = string.Join(",", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
            if (!memo.TryGetValue(key, out double value))
            {
                var e = Ensemble.Run(sim, set, reporter, spec.Replicates, seed, threads);
                value = FitMeasures.Loss(loss, observed.Select(p => e.MeanAt(p.Step) - p.Value));
                memo[key] = value;
            }

            trace.Add(new CalibrationEvaluation(trace.Count, [.. values], value));
            return value;
        }

        string? file = cache?.File(sim, spec, target, seed, start);
        NelderMeadResult result;
        if (file is not null && CalibrationCache.TryRead(file) is { } kept)
        {
            result = kept.Result;
            trace.AddRange(kept.Trace);
        }
        else
        {
            result = NelderMead.Minimize(Loss, z0, steps, spec.Evaluations, parameterTolerance: 1e-3, valueTolerance: 1e-9);
            if (file is not null)
                CalibrationCache.Write(file, result, trace.ToImmutable());
        }

        var best = FreeParameters.Apply(start, free, [.. result.Point]);
        var ensemble = Ensemble.Run(sim, best, reporter, spec.Replicates, seed, threads);
        var points = FitMeasures.Points(ensemble, observed);
        var errors = points.Select(p => p.Error).ToArray();
        return new CalibrationResult(sim.Scenario.Id, target.Label, reporter, loss, seed, spec.Replicates, best,
            [.. free.Select((f, i) => new FittedParameter(f.Name, f.Low, f.High, starts[i], best.Double(f.Name)))],
            result.Value, trace[0].Loss, FitMeasures.Rmse(errors), FitMeasures.Mae(errors), FitMeasures.NullLoss(loss, observed),
            result.Evaluations, spec.Evaluations, result.Converged, points, trace.ToImmutable(), [.. notes]);
    }

    private static double Logit(double u) => Math.Log(u / (1 - u));
}

/// <summary>Free parameters checked against a space, and the logistic map from z to their ranges.</summary>
internal static class FreeParameters
{
    public static ImmutableArray<ScenarioFreeParameter> Check(ParameterSpace space, IEnumerable<ScenarioFreeParameter> free)
    {
        var list = free.ToImmutableArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in list)
        {
            var d = space.Find(f.Name)
                ?? throw new ArgumentException($"the free parameter {f.Name} is not a parameter of this scenario (its parameters: {string.Join(", ", space.Definitions.Select(x => x.Name))})", nameof(free));
            if (!seen.Add(f.Name))
                throw new ArgumentException($"the free parameter {f.Name} is named twice", nameof(free));
            if (d.Type is not (ColumnType.Double or ColumnType.Long))
                throw new ArgumentException($"the free parameter {f.Name} is not numeric", nameof(free));
            if (!(f.Low < f.High) || !double.IsFinite(f.Low) || !double.IsFinite(f.High))
                throw new ArgumentException($"the free parameter {f.Name} has the empty or infinite range [{f.Low}, {f.High}]", nameof(free));
            if (f.Low < d.Minimum || f.High > d.Maximum)
                throw new ArgumentException($"the range [{f.Low}, {f.High}] of the free parameter {f.Name} is outside its admissible range {d.Range}", nameof(free));
        }

        return list;
    }

    /// <summary>The value in [low, high] of z (logistic), an integer parameter rounded.</summary>
    public static ScalarValue Value(ParameterSpace space, ScenarioFreeParameter f, double z) =>
        FromUnit(space, f, 1 / (1 + Math.Exp(-z)));

    /// <summary>The value low + u (high − low), an integer parameter rounded (ties to even).</summary>
    public static ScalarValue FromUnit(ParameterSpace space, ScenarioFreeParameter f, double u)
    {
        double x = Math.Clamp(f.Low + (u * (f.High - f.Low)), f.Low, f.High);
        return space.Find(f.Name)!.Type == ColumnType.Long ? (ScalarValue)(long)Math.Round(x, MidpointRounding.ToEven) : x;
    }

    public static ParameterSet Apply(ParameterSet at, ImmutableArray<ScenarioFreeParameter> free, double[] z)
    {
        var set = at;
        for (int i = 0; i < free.Length; i++)
            set = set.With(free[i].Name, Value(at.Space, free[i], z[i]));
        return set;
    }
}
