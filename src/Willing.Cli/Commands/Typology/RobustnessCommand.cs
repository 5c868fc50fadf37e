using System.Text.Json;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Typology.Analysis;

namespace Willing.Cli.Commands.Typology;

/// <summary><c>willing typology robustness</c>: how often each case keeps its model and cell when the codebook's anchors are perturbed.</summary>
public sealed class RobustnessCommand(CliOutput output) : Command<RobustnessSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, RobustnessSettings settings, CancellationToken cancellationToken)
    {
        if (TypologyLoader.Everything(settings, output) is not var (codebook, coalitions))
            return WillingApp.InvalidInput;
        var options = new RobustnessOptions(settings.Draws, settings.Band, settings.RuleSwap, settings.Seed, settings.Threads) { WithReadings = settings.WithReadings };
        var report = ProgressDisplay.Run(settings.Format, $"{options.Draws} draws", options.Draws, progress => RobustnessCheck.Run(coalitions, codebook, options, progress));

        if (settings.Format == OutputFormat.Json)
        {
            var json = new
            {
                draws = options.Draws,
                band = options.AnchorBand,
                rule_swap = options.RuleSwapProbability,
                seed = options.Seed,
                cases = report.Cases.Select(c => new
                {
                    @case = c.Case.Value,
                    model = TypologyJson.ModelName(c.Model),
                    cell = c.Cell,
                    keeps_model = c.KeepsModel,
                    keeps_cell = c.KeepsCell,
                    cells = c.CellCounts,
                }),
            };
            output.Data.WriteLine(JsonSerializer.Serialize(json, Json.Options));
            return WillingApp.Success;
        }

        var rows = new Tabular("case", "model", "cell", "keeps_model", "keeps_cell", "other_cells");
        foreach (var c in report.Cases)
        {
            var others = c.CellCounts.Where(kv => kv.Key != c.Cell).OrderByDescending(kv => kv.Value)
                .Select(kv => $"{kv.Key} {(double)kv.Value / options.Draws:0.###}");
            rows.Add(c.Case.Value, TypologyJson.ModelName(c.Model), c.Cell, Math.Round(c.KeepsModel, 4), Math.Round(c.KeepsCell, 4), string.Join(", ", others));
        }

        rows.Write(output, settings.Format, $"{options.Draws} draws, anchors moved by up to ±{options.AnchorBand:0.##} of their span, rule swap {options.RuleSwapProbability:0.##}, seed {options.Seed}");
        return WillingApp.Success;
    }
}
