using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Core.Reading;
using Willing.Reports.Charts;
using Willing.Simulation.Analysis;
using Willing.Simulation.Batches;
using Willing.Simulation.Data;
using Willing.Simulation.Parameters;
using Willing.Simulation.Scenarios;

namespace Willing.Cli.Commands.Simulation;

/// <summary>
/// <c>willing simulate run</c>: a scenario run once (or <c>--reps</c> times), month by month, beside the observed curve
/// of its calibration target; the rows to a file, the fan chart to an image.
/// </summary>
public sealed class SimulateRunCommand(CliOutput output) : Command<SimulateRunSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, SimulateRunSettings settings, CancellationToken cancellationToken)
    {
        if (ScenarioInput.Open(settings, output, out int exit) is not { } opened)
            return exit;
        var (cases, scenario, sim, parameters) = opened;

        int threads = settings.Threads ?? Environment.ProcessorCount;
        // The reporter the observed curve is compared with first, then the main one; the others are in the JSON and the rows.
        string reporter = scenario.Calibration?.Target.Reporter ?? sim.Curves[0];
        string[] shown = [.. new[] { reporter, sim.Curves[0] }.Distinct(StringComparer.Ordinal)];
        var curves = (settings.Format == OutputFormat.Json ? [.. new[] { reporter }.Concat(sim.Curves).Distinct(StringComparer.Ordinal)] : shown).Select(c => ProgressDisplay.Status(settings.Format, $"{scenario.Id}: {settings.Reps:N0} runs",
            () => Ensemble.Run(sim, parameters, c, settings.Reps, settings.Seed, threads))).ToArray();
        var observed = Observed(cases, scenario, sim);
        // Each curve's bands once: the table, the JSON and the chart read them.
        var fans = curves.Select(e => FanChartData.From(e, scenario.Start)).ToArray();
        var fan = fans[0];
        var finalSize = Distributions.FinalSize(curves[0]);
        var toThreshold = settings.Threshold is { } threshold ? Distributions.TimeToThreshold(curves[0], threshold) : null;
        if (settings.Histogram is { } histogram && !ChartFile.Write(output, "--histogram", histogram, () => toThreshold is null
                ? new DistributionChart(finalSize.Histogram.Bins.Select(b => new DistributionBar(b.Low, b.High, b.Count)), $"final {reporter.Replace('_', ' ')}",
                    $"{settings.Reps} replicates, seed {settings.Seed}", $"final-{scenario.Id}", $"{scenario.Name}: final size")
                : new DistributionChart((toThreshold.Summary?.Histogram.Bins ?? []).Select(b => new DistributionBar(b.Low, b.High, b.Count)), $"months to reach {toThreshold.Threshold:0.##}",
                    $"{toThreshold.NeverReached} of {settings.Reps} runs never reached it", $"threshold-{scenario.Id}", $"{scenario.Name}: time to {toThreshold.Threshold:0.##}"), "the histogram"))
            return WillingApp.InvalidInput;

        if (settings.Out is { } path && !WriteRows(sim, parameters, settings, path))
            return WillingApp.InvalidInput;
        if (settings.Chart is { } chart && !ChartFile.Write(output, "--chart", chart,
                () => SimulationCharts.Fan(scenario, fan, observed, settings.Seed), "the fan chart"))
            return WillingApp.InvalidInput;

        var byStep = observed?.Points.GroupBy(p => p.Step).ToDictionary(g => g.Key, g => g.Last().Value);
        switch (settings.Format)
        {
            case OutputFormat.Json:
                var json = new JsonObject
                {
                    ["scenario"] = scenario.Id,
                    ["mechanism"] = scenario.Mechanism,
                    ["seed"] = settings.Seed,
                    ["replicates"] = settings.Reps,
                    ["parameters"] = JsonSerializer.SerializeToNode(parameters, Json.Options),
                    ["curves"] = new JsonArray([.. fans.Select(f => (JsonNode?)JsonSerializer.SerializeToNode(f, Json.Options))]),
                };
                if (observed is not null)
                    json["observed"] = JsonSerializer.SerializeToNode(observed, Json.Options);
                json["final_size"] = JsonSerializer.SerializeToNode(finalSize, Json.Options);
                if (toThreshold is not null)
                    json["time_to_threshold"] = JsonSerializer.SerializeToNode(toThreshold with { Steps = [] }, Json.Options);
                output.Data.WriteLine(json.ToJsonString(Json.Options));
                break;
            default:
                var columns = new List<string> { "month", "step" };
                foreach (string c in shown)
                    columns.AddRange(settings.Reps == 1 ? [c] : [$"{c} median", $"{c} 95% band"]);
                if (observed is not null)
                    columns.Add($"observed ({observed.Label})");
                var rows = new Tabular([.. columns]);
                for (int s = 0; s < fan.Steps.Length; s++)
                {
                    var row = new List<object?> { fan.Steps[s].Month.ToString(), s };
                    foreach (var curve in fans)
                    {
                        var f = curve.Steps[s];
                        if (settings.Reps == 1)
                            row.Add(f.Median);
                        else
                            row.AddRange([f.Median, $"{N(f.Low95)}–{N(f.High95)}"]);
                    }

                    if (observed is not null)
                        row.Add(byStep!.TryGetValue(s, out double v) ? v : null);
                    rows.Add([.. row]);
                }

                rows.Write(output, settings.Format,
                    $"{scenario.Name} ({scenario.Mechanism}; seed {settings.Seed}; {CaseBaseLoader.Plural(settings.Reps, "replicate")}; {reporter} first)");
                if (settings.Format == OutputFormat.Table)
                {
                    string q(SampleSummary d, double p) => N(d.Quantiles.First(x => x.Probability == p).Value);
                    output.Console.MarkupLine(Markup.Escape(
                        $"Final {reporter}: mean {N(finalSize.Mean)}, median {q(finalSize, 0.5)}, 5–95 % {q(finalSize, 0.05)}–{q(finalSize, 0.95)}, range {N(finalSize.Minimum)}–{N(finalSize.Maximum)}."));
                    if (toThreshold is not null)
                    {
                        output.Console.MarkupLine(Markup.Escape(toThreshold.Summary is { } t
                            ? $"Months to reach {N(toThreshold.Threshold)}: median {q(t, 0.5)}, 5–95 % {q(t, 0.05)}–{q(t, 0.95)}; {toThreshold.Reached} of {settings.Reps} runs reached it, {toThreshold.NeverReached} never did."
                            : $"No run reached {N(toThreshold.Threshold)} in {sim.StepLimit} months."));
                    }
                }

                break;
        }

        return WillingApp.Success;
    }

    /// <summary>The scenario's calibration target as an observed curve, or null when it has none.</summary>
    internal static ObservedCurve? Observed(CaseBase cases, Scenario scenario, IScenarioSimulation sim) =>
        scenario.Calibration is { } calibration ? ObservedCurves.From(cases, calibration.Target, scenario.Start, (int)sim.StepLimit) : null;

    private bool WriteRows(IScenarioSimulation sim, ParameterSet parameters, SimulateRunSettings settings, string path)
    {
        var grid = ParameterGrid.Empty;
        for (int i = 0; i < parameters.Space.Count; i++)
        {
            if (parameters.Values[i] != parameters.Space.Defaults.Values[i])
                grid = grid.With(parameters.Space.Definitions[i].Name, parameters.Values[i]);
        }

        var plan = settings.Agents ? new CollectionPlan(CollectionSchedule.EveryStep, CollectionSchedule.EveryStep) : CollectionPlan.Default;
        try
        {
            var summary = sim.Batch(grid, settings.Reps, settings.Seed, plan)
                .RunAsync(path, ShardSpec.Whole, new BatchRunOptions { Threads = settings.Threads }).GetAwaiter().GetResult();
            output.Error.WriteLine($"wrote {string.Join(", ", summary.Files)} ({summary.ModelRows:N0} rows)");
            return true;
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or SimulationRunException)
        {
            output.Error.WriteLine($"willing: --out: {ScenarioInput.Reason(e)}");
            return false;
        }
    }

    private static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
