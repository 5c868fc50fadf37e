using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Core.Model;
using Willing.Typology;
using Willing.Typology.Analysis;
using Willing.Typology.Classification;

namespace Willing.Cli.Commands.Typology;

/// <summary><c>willing classify (CASE… | --all) [--explain] [--codebook F]</c>: places coalitions on Cooper's axes.</summary>
public sealed class ClassifyCommand(CliOutput output) : Command<ClassifySettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ClassifySettings settings, CancellationToken cancellationToken)
    {
        var codebook = TypologyLoader.Codebook(settings, output);
        if (codebook is null)
            return WillingApp.InvalidInput;
        var coalitions = TypologyLoader.Coalitions(settings.Targets, settings.All, settings, output);
        if (coalitions is null)
            return WillingApp.InvalidInput;

        var engine = new TypologyEngine(codebook, settings.WithReadings);
        CaseClassification WithJackknife(CaseClassification result, Coalition coalition) => settings.Jackknife
            ? result with { Flags = result.Flags.AddRange(SensitivityAnalysis.Of(coalition, codebook, settings.WithReadings).Flags(codebook)) }
            : result;
        var results = coalitions
            .SelectMany(c => new[] { (Coalition: c, Result: WithJackknife(engine.Classify(c), c)) }
                .Concat(settings.Periods ? engine.ClassifyPeriods(c).Select(p => (Coalition: c, Result: p)) : []))
            .ToList();
        switch (settings.Format)
        {
            case OutputFormat.Json:
                output.Data.WriteLine(JsonSerializer.Serialize(results.Select(r => TypologyJson.Classification(r.Result, r.Coalition, settings.Explain)), Json.Options));
                break;
            case OutputFormat.Csv:
                Rows(results.Select(r => r.Result)).Write(output, OutputFormat.Csv);
                break;
            default:
                Rows(results.Select(r => r.Result)).Write(output, OutputFormat.Table, $"Cooper's axes (1 = model-one pole), codebook: {codebook.Name}");
                if (settings.Explain)
                {
                    foreach (var (coalition, result) in results)
                        Explain(coalition, result);
                }

                if (settings.Periods)
                {
                    foreach (var c in coalitions.Where(c => c.Periods.IsEmpty))
                        output.Console.MarkupLine($"[grey]{Markup.Escape(c.Id.Value)} declares no periods (see 'periods:' in docs/case-file-format.md): only the whole case is shown[/]");
                }

                foreach (var (_, result) in results)
                {
                    foreach (var flag in result.Flags)
                        output.Console.MarkupLine($"[yellow]{Markup.Escape(Label(result))}[/]: {Markup.Escape(flag)}");
                }

                break;
        }

        return WillingApp.Success;
    }

    /// <summary>One row per case: model, cell and the six memberships (the cell's five and D).</summary>
    public static Tabular Rows(IEnumerable<CaseClassification> results)
    {
        var list = results.ToList();
        bool periods = list.Any(r => r.Period is not null);
        var rows = periods
            ? new Tabular("case", "period", "model", "cell", "H", "C", "S", "T", "R", "D", "one", "two", "indeterminacy", "cell_name")
            : new Tabular("case", "model", "cell", "H", "C", "S", "T", "R", "D", "one", "two", "indeterminacy", "cell_name");
        foreach (var r in list)
        {
            object?[] head = periods
                ? [r.Case.Value, r.Period is null ? "(whole case)" : $"{r.Period} {r.PeriodSpan}", TypologyJson.ModelName(r.Model), r.Cell?.Code]
                : [r.Case.Value, TypologyJson.ModelName(r.Model), r.Cell?.Code];
            rows.Add([
                .. head,
                TypologyJson.Round(r[Axis.Organization].Membership), TypologyJson.Round(r[Axis.Motivation].Membership),
                TypologyJson.Round(r[Axis.Actorness].Membership), TypologyJson.Round(r[Axis.Trigger].Membership),
                TypologyJson.Round(r[Axis.Institutions].Membership), TypologyJson.Round(r[Axis.Diplomacy].Membership), TypologyJson.Round(r.MembershipOne), TypologyJson.Round(r.MembershipTwo),
                TypologyJson.Round(r.Indeterminacy), r.Cell?.Name]);
        }

        return rows;
    }

    private void Explain(Coalition coalition, CaseClassification result)
    {
        var root = new Tree($"[bold]{Markup.Escape(result.Name)}[/] ({Markup.Escape(result.Case.Value)}): {Markup.Escape(TypologyJson.ModelName(result.Model))} {Markup.Escape(result.Cell?.Code ?? string.Empty)}");
        foreach (var axis in result.Axes)
        {
            var node = root.AddNode($"[bold]{AxisInfo.Letter(axis.Axis)} {AxisInfo.Key(axis.Axis)}[/] = {Fmt(axis.Membership)}   [grey]{Markup.Escape(axis.Applied)}[/]");
            foreach (var i in axis.Indicators)
            {
                string head = i.HasData
                    ? $"{i.Id} {Markup.Escape(i.Name)}: raw {Markup.Escape(i.Raw is { } raw ? raw.ToString("0.###", CultureInfo.InvariantCulture) : i.Category ?? string.Empty)} → {Fmt(i.Membership)}"
                    : $"{i.Id} {Markup.Escape(i.Name)}: [grey]no data — {Markup.Escape(i.MissingReason ?? string.Empty)}[/]";
                var indicator = node.AddNode(head);
                if (!i.HasData)
                    continue;
                indicator.AddNode($"[grey]{Markup.Escape(i.Computation)}; {Markup.Escape(i.Calibration)}[/]");
                foreach (var e in i.Evidence.Take(12))
                    indicator.AddNode($"{Markup.Escape(e.Fact)} [blue]{Markup.Escape(string.Join(", ", e.Sources.Select(s => Cite(coalition, s))))}[/]");
                if (i.Evidence.Length > 12)
                    indicator.AddNode($"[grey]… and {i.Evidence.Length - 12} more facts (see --format json)[/]");
            }
        }

        output.Console.Write(root);
    }

    private static string Label(CaseClassification r) => r.Period is null ? r.Case.Value : $"{r.Case.Value} [{r.Period}]";

    private static string Cite(Coalition c, SourceId id) => c.Sources.FirstOrDefault(s => s.Id == id)?.Url?.ToString() ?? id.Value;

    private static string Fmt(double? v) => v is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) : "–";
}
