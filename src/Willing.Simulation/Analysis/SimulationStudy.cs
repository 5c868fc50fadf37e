using System.Collections.Immutable;
using Willing.Core.Reading;
using Willing.Simulation.Scenarios;

namespace Willing.Simulation.Analysis;

/// <summary>
/// A built-in scenario calibrated on its observed curve, with the fan chart at the fitted values and its
/// out-of-sample checks: what the report shows for each model (Iraq 2003 for model one, Ottawa → Rome for model two).
/// </summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Fit">The calibration.</param>
/// <param name="Observed">The curve it was fitted to.</param>
/// <param name="Fan">The fitted scenario's ensemble by step (the calibration's replicates and seed).</param>
/// <param name="Checks">Each out-of-sample check: the other scenario, its observed curve, its fan at the fitted values and the error.</param>
public sealed record SimulationStudy(Scenario Scenario, CalibrationResult Fit, ObservedCurve Observed, FanChartData Fan, ImmutableArray<SimulationCheck> Checks)
{
    /// <summary>The built-in scenarios the report calibrates.</summary>
    public static readonly ImmutableArray<string> ReportScenarios = ["iraq-2003", "landmines-ottawa"];

    /// <summary>
    /// Calibrates built-in scenario <paramref name="id"/> against <paramref name="cases"/> and runs its checks; null when the
    /// scenario does not load against this case base (a user's own case base without its cases).
    /// </summary>
    /// <param name="cases">The case base.</param>
    /// <param name="id">The built-in scenario.</param>
    /// <param name="seed">The master seed.</param>
    /// <param name="threads">Threads; the result is the same for any number.</param>
    /// <param name="cacheDirectory">Where the calibration's search may be kept and reused (<see cref="CalibrationCache"/>), keyed by the scenario's text and every case's; null to search afresh.</param>
    public static SimulationStudy? Run(CaseBase cases, string id, long seed = 2005, int threads = 1, string? cacheDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        if (Load(cases, id) is not { } sim || sim.Scenario.Calibration is not { } spec)
            return null;
        var observed = ObservedCurves.From(cases, spec.Target, sim.Scenario.Start, (int)sim.StepLimit);
        var cache = cacheDirectory is null ? null : new CalibrationCache(cacheDirectory, Key(cases, id));
        var fit = Calibration.Fit(sim, spec, observed, seed, threads, cache: cache);
        var fan = FanChartData.From(Ensemble.Run(sim, fit.Best, fit.Reporter, fit.Replicates, seed, threads), sim.Scenario.Start);
        var checks = ImmutableArray.CreateBuilder<SimulationCheck>();
        foreach (var check in sim.Scenario.Checks)
        {
            if (Load(cases, check.Scenario) is not { } other)
                continue;
            var curve = ObservedCurves.From(cases, check.Target, other.Scenario.Start, (int)other.StepLimit);
            var result = OutOfSample.Check(other, fit, curve, check.Target.Reporter, threads: threads);
            var otherFan = FanChartData.From(Ensemble.Run(other, result.Parameters, result.Reporter, result.Replicates, result.Seed, threads), other.Scenario.Start);
            checks.Add(new SimulationCheck(other.Scenario, check.Description, curve, otherFan, result));
        }

        return new SimulationStudy(sim.Scenario, fit, observed, fan, checks.ToImmutable());
    }

    // The scenario's text and every case's, as written: what the fit reads beyond its arguments.
    private static string Key(CaseBase cases, string id)
    {
        var key = new System.Text.StringBuilder(BuiltInScenarios.Text(id));
        foreach (var c in cases.Coalitions.OrderBy(c => c.Id.Value, StringComparer.Ordinal))
            key.Append('\n').Append(Willing.Core.Writing.CaseFileWriter.Write(c));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key.ToString())));
    }

    private static IScenarioSimulation? Load(CaseBase cases, string id) =>
        ScenarioLoader.LoadBuiltIn(id, cases) is { Succeeded: true } result ? result.Simulation : null;
}

/// <summary>One out-of-sample check of a <see cref="SimulationStudy"/>.</summary>
/// <param name="Scenario">The scenario predicted.</param>
/// <param name="Description">What the check asks, from the scenario file.</param>
/// <param name="Observed">Its observed curve.</param>
/// <param name="Fan">Its ensemble at the values fitted on the study's scenario.</param>
/// <param name="Result">The errors.</param>
public sealed record SimulationCheck(Scenario Scenario, string? Description, ObservedCurve Observed, FanChartData Fan, OutOfSampleResult Result);
