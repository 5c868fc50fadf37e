using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Core.Model;
using Willing.Typology;

namespace Willing.Cli.Commands.Typology;

/// <summary><c>willing typology codebook</c>: the indicators, their calibrations and the axis rules in use.</summary>
public sealed class CodebookCommand(CliOutput output) : Command<TypologySettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, TypologySettings settings, CancellationToken cancellationToken)
    {
        var codebook = TypologyLoader.Codebook(settings, output);
        if (codebook is null)
            return WillingApp.InvalidInput;
        if (settings.Format == OutputFormat.Json)
        {
            var json = new
            {
                name = codebook.Name,
                convention = codebook.Convention.ToString().ToLowerInvariant(),
                frozen = codebook.Frozen,
                axes = AxisInfo.All.Where(codebook.Rules.ContainsKey).ToDictionary(AxisInfo.Key, a => codebook.Rules[a].ToString()),
                coverage = AxisInfo.All.Where(codebook.Rules.ContainsKey).ToDictionary(AxisInfo.Key, codebook.MinMeasuredOf),
                dimensions = codebook.Dimensions.Select(d => new { id = d.Id, axis = AxisInfo.Key(d.Axis), name = d.Name, rule = d.Rule.ToString(), passage = d.Passage, at = d.At }),
                shares = codebook.WilsonZ is { } z ? new { shrink = "wilson", z } : null,
                indicators = codebook.Indicators.Select(i => new
                {
                    id = i.Id,
                    axis = AxisInfo.Key(i.Axis),
                    name = i.Name,
                    measures = i.Measures,
                    passages = i.Passages,
                    computation = i.Computation,
                    calibration = i.Calibration.Describe(codebook.Convention),
                }),
                cells = codebook.Cells.Select(c => new { cell = c.Code, tag = KebabCase.Name(c.Tag), label = c.Label, note = c.Note, passage = c.Passage }),
            };
            output.Data.WriteLine(JsonSerializer.Serialize(json, Json.Options));
            return WillingApp.Success;
        }

        var rows = new Tabular("id", "axis", "name", "computation", "calibration", "passages");
        foreach (var i in codebook.Indicators)
            rows.Add(i.Id, $"{AxisInfo.Letter(i.Axis)} {AxisInfo.Key(i.Axis)}", i.Name, i.Computation, i.Calibration.Describe(codebook.Convention), string.Join(" ", i.Passages));
        rows.Write(output, settings.Format, $"{codebook.Name} ({codebook.Convention.ToString().ToLowerInvariant()} convention)");
        if (settings.Format == OutputFormat.Table)
        {
            foreach (var axis in AxisInfo.All.Where(codebook.Rules.ContainsKey))
            {
                output.Console.MarkupLine($"[bold]{AxisInfo.Letter(axis)} {AxisInfo.Key(axis)}[/] = {Markup.Escape(codebook.Rules[axis].ToString())}, at least {codebook.MinMeasuredOf(axis)} measured   [grey](1 = {Markup.Escape(AxisInfo.ModelOnePole(axis))})[/]");
                foreach (var d in codebook.DimensionsOf(axis))
                    output.Console.MarkupLine($"    {Markup.Escape(d.Id)} {Markup.Escape(d.Name)} = {Markup.Escape(d.Rule.ToString())}   [grey]{Markup.Escape(d.At ?? string.Empty)}[/]");
            }

            if (codebook.Frozen is { } frozen)
                output.Console.MarkupLine($"[grey]frozen: {Markup.Escape(frozen)}[/]");
        }

        return WillingApp.Success;
    }
}
