using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Typology;
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
        var sensitivity = ProgressDisplay.Run(settings.Format, "rules, jackknife and anchor ranges", coalitions.Count, progress =>
            coalitions.Select(c =>
            {
                var s = SensitivityAnalysis.Of(c, codebook, settings.WithReadings);
                progress?.Report(1);
                return s;
            }).ToList());

        if (settings.Format == OutputFormat.Json)
        {
            var json = new
            {
                draws = options.Draws,
                band = options.AnchorBand,
                rule_swap = options.RuleSwapProbability,
                seed = options.Seed,
                cases = report.Cases.Zip(sensitivity).Select(x => new
                {
                    @case = x.First.Case.Value,
                    model = TypologyJson.ModelName(x.First.Model),
                    cell = x.First.Cell,
                    keeps_model = x.First.KeepsModel,
                    keeps_cell = x.First.KeepsCell,
                    cells = x.First.CellCounts,
                    rules = x.Second.Rules.Select(r => new { rule = r.Name, description = r.Description, cell = r.Cell, keeps_cell = r.Cell == x.Second.Cell }),
                    rules_keep_rate = x.Second.RuleKeepRate,
                    jackknife = new
                    {
                        facts = x.Second.Facts,
                        keep_rate = x.Second.FactKeepRate,
                        pivotal_facts = x.Second.PivotalFacts.Select(f => new { path = f.Path, fact = f.Description, cell = f.Cell, moved = f.Moved.Select(AxisInfo.Letter) }),
                        indicators = x.Second.Indicators.Select(i => new { indicator = i.Name, cell = i.Cell, keeps_cell = i.Cell == x.Second.Cell }),
                        indicator_keep_rate = x.Second.IndicatorKeepRate,
                    },
                    alternatives = x.Second.Alternatives.Select(f => new { path = f.Path, value = f.Description, cell = f.Cell, keeps_cell = f.Cell == x.Second.Cell, moved = f.Moved.Select(AxisInfo.Letter) }),
                    anchor_ranges = x.Second.Anchors.Select(a => new { indicator = a.Indicator, anchor = a.Anchor, value = a.Value, lowest = a.Lowest, highest = a.Highest }),
                    flags = x.Second.Flags(codebook),
                }),
            };
            output.Data.WriteLine(JsonSerializer.Serialize(json, Json.Options));
            return WillingApp.Success;
        }

        var rows = new Tabular("case", "model", "cell", "keeps_model", "keeps_cell", "other_cells", "rules_kept", "facts_pivotal", "indicators_pivotal", "alternatives_moving", "hangs_on");
        foreach (var (c, s) in report.Cases.Zip(sensitivity))
        {
            var others = c.CellCounts.Where(kv => kv.Key != c.Cell).OrderByDescending(kv => kv.Value)
                .Select(kv => $"{kv.Key} {(double)kv.Value / options.Draws:0.###}");
            var hangs = s.PivotalFacts.Where(f => f.Cell != s.Cell).Take(3).Select(f => $"{f.Path} ({f.Description})")
                .Concat(s.PivotalIndicators.Select(i => i.Name));
            rows.Add(
                c.Case.Value, TypologyJson.ModelName(c.Model), c.Cell, Math.Round(c.KeepsModel, 4), Math.Round(c.KeepsCell, 4), string.Join(", ", others),
                $"{s.Rules.Count(r => r.Cell == s.Cell)}/{s.Rules.Length}",
                $"{s.PivotalFacts.Count(f => f.Cell != s.Cell)}/{s.Facts}",
                $"{s.PivotalIndicators.Count()}/{s.Indicators.Length}",
                $"{s.Alternatives.Count(f => f.Cell != s.Cell)}/{s.Alternatives.Length}",
                string.Join("; ", hangs));
        }

        rows.Write(output, settings.Format, $"{options.Draws} draws, anchors moved by up to ±{options.AnchorBand:0.##} of their span, rule swap {options.RuleSwapProbability:0.##}, seed {options.Seed}; every alternative rule, single-fact and single-indicator deletion and recorded alternative value");
        if (settings.Format == OutputFormat.Table)
        {
            foreach (var s in sensitivity)
            {
                foreach (var flag in s.Flags(codebook))
                    output.Console.MarkupLine($"[yellow]{Markup.Escape(s.Case.Value)}[/]: {Markup.Escape(flag)}");
                foreach (var r in s.Rules.Where(r => r.Cell != s.Cell))
                    output.Console.MarkupLine($"[grey]{Markup.Escape(s.Case.Value)}: under {Markup.Escape(r.Name)} ({Markup.Escape(r.Description)}) the cell is {Markup.Escape(r.Cell ?? "undetermined")}[/]");
            }
        }
        return WillingApp.Success;
    }
}
