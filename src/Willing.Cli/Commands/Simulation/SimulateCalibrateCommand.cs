using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Core.Reading;
using Willing.Simulation.Analysis;
using Willing.Simulation.Scenarios;

namespace Willing.Cli.Commands.Simulation;

/// <summary>The settings of <c>willing simulate calibrate</c>.</summary>
public sealed class SimulateCalibrateSettings : SimulateSettings
{
    /// <summary>The case whose observed curve is fitted.</summary>
    [CommandOption("--target <CASE>")]
    [Description("The case whose observed curve is fitted: the scenario's calibration target (default: that case).")]
    public string? Target { get; init; }

    /// <summary>Replicates per evaluation.</summary>
    [CommandOption("--reps <N>")]
    [Description("Replicates per loss evaluation (default: the scenario's); the same seeds at every evaluation.")]
    public int? Reps { get; init; }

    /// <summary>The evaluation budget.</summary>
    [CommandOption("--evaluations <N>")]
    [Description("The most loss evaluations (default: the scenario's).")]
    public int? Evaluations { get; init; }

    /// <summary>The fan chart at the fitted values.</summary>
    [CommandOption("--chart <FILE>")]
    [Description("Draw the fitted scenario's fan chart against the observed curve, SVG or PNG.")]
    public string? Chart { get; init; }

    /// <summary>Skip the out-of-sample checks.</summary>
    [CommandOption("--no-checks")]
    [Description("Do not run the scenario's out-of-sample checks.")]
    public bool NoChecks { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Reps is < 1 or > 100_000)
            return ValidationResult.Error("--reps must be between 1 and 100,000");
        if (Evaluations is < 1 or > 100_000)
            return ValidationResult.Error("--evaluations must be between 1 and 100,000");
        return base.Validate();
    }
}

/// <summary>
/// <c>willing simulate calibrate</c>: fits a scenario's free parameters to its observed curve (Nelder–Mead on the
/// stated loss, common random numbers), prints the fit point by point, then runs its out-of-sample checks.
/// </summary>
public sealed class SimulateCalibrateCommand(CliOutput output) : Command<SimulateCalibrateSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, SimulateCalibrateSettings settings, CancellationToken cancellationToken)
    {
        if (ScenarioInput.Open(settings, output, out int exit) is not { } opened)
            return exit;
        var (cases, scenario, sim, start) = opened;
        if (scenario.Calibration is not { } spec)
        {
            output.Error.WriteLine($"willing: the scenario {scenario.Id} has no calibration: add one (free parameters and a target) to its file; see docs/scenarios.md");
            return WillingApp.InvalidInput;
        }

        if (settings.Target is { } target && target != spec.Target.Case.Value)
        {
            string others = string.Join(", ", scenario.Checks.Select(c => c.Target.Case.Value));
            output.Error.WriteLine($"willing: --target '{Echo.Quote(target)}': the scenario {scenario.Id} is calibrated on {spec.Target.Case.Value}"
                + (others.Length > 0 ? $"; its out-of-sample checks predict {others}" : string.Empty)
                + "; to fit another case, write a scenario seeded from it");
            return WillingApp.InvalidInput;
        }

        spec = spec with { Replicates = settings.Reps ?? spec.Replicates, Evaluations = settings.Evaluations ?? spec.Evaluations };
        int threads = settings.Threads ?? Environment.ProcessorCount;
        var observed = ObservedCurves.From(cases, spec.Target, scenario.Start, (int)sim.StepLimit);
        CalibrationResult fit;
        try
        {
            fit = ProgressDisplay.Status(settings.Format, $"calibrating {scenario.Id} on {observed.Label} ({spec.Evaluations} evaluations at most)",
                () => Calibration.Fit(sim, spec, observed, settings.Seed, threads, start));
        }
        catch (ArgumentException e)
        {
            output.Error.WriteLine($"willing: {ScenarioInput.Reason(e)}");
            return WillingApp.InvalidInput;
        }

        var checks = new List<OutOfSampleResult>();
        if (!settings.NoChecks)
        {
            foreach (var check in scenario.Checks)
            {
                if (ScenarioInput.LoadCheck(scenario, check.Scenario, cases, output) is not { Simulation: { } other, Scenario: { } otherScenario })
                    return WillingApp.InvalidInput;
                var curve = ObservedCurves.From(cases, check.Target, otherScenario.Start, (int)other.StepLimit);
                try
                {
                    checks.Add(ProgressDisplay.Status(settings.Format, $"predicting {otherScenario.Id} with the values fitted on {scenario.Id}",
                        () => OutOfSample.Check(other, fit, curve, check.Target.Reporter, threads: threads)));
                }
                catch (ArgumentException e)
                {
                    output.Error.WriteLine($"willing: check {check.Scenario}: {ScenarioInput.Reason(e)}");
                    return WillingApp.InvalidInput;
                }
            }
        }

        if (settings.Chart is { } chart)
        {
            var ensemble = Ensemble.Run(sim, fit.Best, fit.Reporter, fit.Replicates, settings.Seed, threads, cancellationToken: CancellationToken.None);
            if (!ChartFile.Write(output, "--chart", chart, () => SimulationCharts.Fan(scenario, FanChartData.From(ensemble, scenario.Start), observed, settings.Seed), "the fan chart"))
                return WillingApp.InvalidInput;
        }

        Print(settings, scenario, observed, fit, checks);
        return WillingApp.Success;
    }

    private void Print(SimulateCalibrateSettings settings, Scenario scenario, ObservedCurve observed, CalibrationResult fit, List<OutOfSampleResult> checks)
    {
        if (settings.Format == OutputFormat.Json)
        {
            var json = JsonSerializer.SerializeToNode(fit with { Trace = [] }, Json.Options)!.AsObject();
            json["observed"] = JsonSerializer.SerializeToNode(observed, Json.Options);
            json["trace_length"] = fit.Trace.Length;
            json["checks"] = JsonSerializer.SerializeToNode(checks, Json.Options);
            output.Data.WriteLine(json.ToJsonString(Json.Options));
            return;
        }

        var free = new Tabular("parameter", "low", "high", "start", "fitted");
        foreach (var f in fit.Free)
            free.Add(f.Name, f.Low, f.High, R(f.Start), R(f.Value));
        free.Write(output, settings.Format, $"{scenario.Name}: fitted on {observed.Label} ({fit.Loss}, {fit.Replicates} replicates per evaluation, seed {fit.Seed})");
        WritePoints(settings.Format, fit.Points, $"Fit point by point (reporter {fit.Reporter}; band: 5–95 % of replicates)");
        if (settings.Format == OutputFormat.Table)
        {
            output.Console.MarkupLine(Markup.Escape(
                $"{fit.Loss} {N(fit.LossValue)} at the fit (start {N(fit.StartLoss)}; a flat line at the observed mean: {N(fit.NullLoss)}); RMSE {N(fit.Rmse)}, MAE {N(fit.Mae)}; "
                + $"{fit.Evaluations} of {fit.MaxEvaluations} evaluations, {(fit.Converged ? "converged" : "stopped at the budget, not converged")}."));
            foreach (string note in fit.Notes.Concat(observed.Notes))
                output.Console.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
        }

        foreach (var c in checks)
        {
            WritePoints(settings.Format, c.Points, $"Out of sample: {c.Scenario} with the values fitted on {c.CalibratedOn}, against {c.Target}");
            if (settings.Format == OutputFormat.Table)
                output.Console.MarkupLine(Markup.Escape(c.Summary));
        }
    }

    private void WritePoints(OutputFormat format, IEnumerable<FitPoint> points, string title)
    {
        var rows = new Tabular("month", "observed", "simulated mean", "median", "5–95 %", "error");
        foreach (var p in points)
            rows.Add(p.Month.ToString(), p.Observed, R(p.Mean), R(p.Median), $"{N(p.Low)}–{N(p.High)}", R(p.Error));
        rows.Write(output, format, title);
    }

    private static double R(double v) => Math.Round(v, 4);

    private static string N(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
