using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Simulation.Analysis;

namespace Willing.Cli.Commands.Simulation;

/// <summary>The settings of <c>willing simulate sensitivity</c>.</summary>
public sealed class SimulateSensitivitySettings : SimulateSettings
{
    /// <summary>Which analyses.</summary>
    [CommandOption("--method <METHOD>")]
    [Description("ofat (one factor at a time), sobol (variance-based: first-order and total indices), or both (default).")]
    [DefaultValue("both")]
    public string Method { get; init; } = "both";

    /// <summary>The output measured.</summary>
    [CommandOption("--metric <METRIC>")]
    [Description("final-size (the mean of the main curve's last value across replicates; default) or loss (the calibration loss against the observed curve).")]
    [DefaultValue("final-size")]
    public string Metric { get; init; } = "final-size";

    /// <summary>Replicates per evaluation.</summary>
    [CommandOption("--reps <N>")]
    [Description("Replicates behind each evaluation of the metric (default 20).")]
    [DefaultValue(20)]
    public int Reps { get; init; } = 20;

    /// <summary>Levels of each factor in the one-at-a-time analysis.</summary>
    [CommandOption("--levels <N>")]
    [Description("Levels of each free parameter from its low to its high end, one-at-a-time (default 9).")]
    [DefaultValue(9)]
    public int Levels { get; init; } = 9;

    /// <summary>Sobol base samples.</summary>
    [CommandOption("--samples <N>")]
    [Description("Sobol base samples N (default 256): N × (k + 2) evaluations for k free parameters.")]
    [DefaultValue(256)]
    public int Samples { get; init; } = 256;

    /// <summary>The chart.</summary>
    [CommandOption("--chart <FILE>")]
    [Description("Draw the Sobol indices with their intervals, SVG or PNG.")]
    public string? Chart { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Method is not ("ofat" or "sobol" or "both"))
            return ValidationResult.Error("--method must be ofat, sobol or both");
        if (Metric is not ("final-size" or "loss"))
            return ValidationResult.Error("--metric must be final-size or loss");
        if (Reps is < 1 or > 100_000)
            return ValidationResult.Error("--reps must be between 1 and 100,000");
        if (Levels is < 2 or > 1000)
            return ValidationResult.Error("--levels must be between 2 and 1,000");
        if (Samples is < 8 or > 1_000_000)
            return ValidationResult.Error("--samples must be between 8 and 1,000,000");
        return base.Validate();
    }
}

/// <summary><c>willing simulate sensitivity</c>: one-at-a-time and Sobol sensitivity of a scenario's free parameters.</summary>
public sealed class SimulateSensitivityCommand(CliOutput output) : Command<SimulateSensitivitySettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, SimulateSensitivitySettings settings, CancellationToken cancellationToken)
    {
        if (ScenarioInput.Open(settings, output, out int exit) is not { } opened)
            return exit;
        var (cases, scenario, sim, at) = opened;
        if (scenario.Calibration is not { } spec)
        {
            output.Error.WriteLine($"willing: the scenario {scenario.Id} names no free parameters (its calibration section); see docs/scenarios.md");
            return WillingApp.InvalidInput;
        }

        int threads = settings.Threads ?? Environment.ProcessorCount;
        Func<Willing.Simulation.Parameters.ParameterSet, double> metric;
        string metricName;
        if (settings.Metric == "loss")
        {
            var observed = ObservedCurves.From(cases, spec.Target, scenario.Start, (int)sim.StepLimit);
            metric = SensitivityMetrics.CalibrationLoss(sim, observed, spec.Target.Reporter, spec.Loss, settings.Reps, settings.Seed, 1);
            metricName = $"{spec.Loss} against {observed.Label}";
        }
        else
        {
            metric = SensitivityMetrics.FinalMeanSize(sim, sim.Curves[0], settings.Reps, settings.Seed, 1);
            metricName = $"mean final {sim.Curves[0]}";
        }

        OneAtATimeResult? ofat = null;
        SobolResult? sobol = null;
        try
        {
            if (settings.Method is "ofat" or "both")
                ofat = ProgressDisplay.Status(settings.Format, "one factor at a time", () => Sensitivity.OneAtATime(at, spec.Free, settings.Levels, metric, metricName, threads));
            if (settings.Method is "sobol" or "both")
                sobol = ProgressDisplay.Status(settings.Format, $"Sobol indices ({settings.Samples * (spec.Free.Length + 2):N0} evaluations)",
                    () => Sensitivity.Sobol(at, spec.Free, metric, metricName, new SobolOptions(settings.Samples, settings.Seed, 1000, 0.95, threads)));
        }
        catch (ArgumentException e)
        {
            output.Error.WriteLine($"willing: {ScenarioInput.Reason(e)}");
            return WillingApp.InvalidInput;
        }

        if (settings.Chart is { } chart && !ChartFile.Write(output, "--chart", chart,
                () => SimulationCharts.Sobol(scenario, sobol ?? throw new ArgumentException("--chart draws the Sobol indices: use --method sobol or both")), "the sensitivity chart"))
            return WillingApp.InvalidInput;

        if (settings.Format == OutputFormat.Json)
        {
            var json = new JsonObject { ["scenario"] = scenario.Id, ["metric"] = metricName, ["replicates"] = settings.Reps, ["seed"] = settings.Seed };
            if (ofat is not null)
                json["one_at_a_time"] = JsonSerializer.SerializeToNode(ofat, Json.Options);
            if (sobol is not null)
                json["sobol"] = JsonSerializer.SerializeToNode(sobol, Json.Options);
            output.Data.WriteLine(json.ToJsonString(Json.Options));
            return WillingApp.Success;
        }

        if (ofat is not null)
        {
            var rows = new Tabular("parameter", "value", metricName);
            foreach (var p in ofat.Parameters)
                foreach (var l in p.Levels)
                    rows.Add(p.Name, Math.Round(l.Value, 6), Math.Round(l.Output, 4));
            rows.Write(output, settings.Format, $"{scenario.Name}: one factor at a time (baseline {Math.Round(ofat.Baseline, 4)}; {settings.Reps} replicates per point)");
            var swings = new Tabular("parameter", "baseline value", "min", "max", "swing");
            foreach (var p in ofat.Parameters.OrderByDescending(p => p.Range))
                swings.Add(p.Name, Math.Round(p.Baseline, 6), Math.Round(p.Minimum, 4), Math.Round(p.Maximum, 4), Math.Round(p.Range, 4));
            swings.Write(output, settings.Format, "Swing of each parameter alone (largest first)");
        }

        if (sobol is not null)
        {
            var rows = new Tabular("parameter", "S1", "S1 interval", "ST", "ST interval");
            foreach (var i in sobol.Indices)
                rows.Add(i.Name, Math.Round(i.First, 4), $"{i.FirstLow:0.###}–{i.FirstHigh:0.###}", Math.Round(i.Total, 4), $"{i.TotalLow:0.###}–{i.TotalHigh:0.###}");
            rows.Write(output, settings.Format, $"Sobol indices of {metricName} (N = {sobol.BaseSamples}, {sobol.Evaluations:N0} evaluations, {sobol.Confidence:P0} bootstrap intervals)");
        }

        return WillingApp.Success;
    }
}
