using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Core.Model;
using Willing.Typology.Classification;

namespace Willing.Cli.Commands.Typology;

/// <summary><c>willing typology space</c>: all thirty-two cells of (H, C, S, T, R) with their cases, and the empty cells with their tags.</summary>
public sealed class SpaceCommand(CliOutput output) : Command<TypologySettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, TypologySettings settings, CancellationToken cancellationToken)
    {
        if (TypologyLoader.Everything(settings, output) is not var (codebook, coalitions))
            return WillingApp.InvalidInput;
        var space = PropertySpace.Build(new TypologyEngine(codebook, settings.WithReadings).ClassifyAll(coalitions), codebook);

        if (settings.Format == OutputFormat.Json)
        {
            var json = new
            {
                cells = space.Cells.Select(c => new
                {
                    cell = c.Cell.Code,
                    name = c.Cell.Name,
                    model = TypologyJson.ModelName(c.Cell.Model),
                    cases = c.Cases.Select(m => new { @case = m.Case.Value, membership = TypologyJson.Round(m.Membership) }),
                    empty = c.Cases.IsEmpty,
                    tag = c.EmptyTag is { } t ? KebabCase.Name(t) : null,
                    label = c.Annotation?.Label,
                    note = c.Annotation?.Note,
                    passage = c.Annotation?.Passage,
                }),
                unplaced = space.Unplaced.Select(u => new { @case = u.Case.Value, flags = u.Flags }),
            };
            output.Data.WriteLine(JsonSerializer.Serialize(json, Json.Options));
            return WillingApp.Success;
        }

        var rows = new Tabular("cell", "model", "cases", "empty_tag", "label", "name");
        foreach (var c in space.Cells)
        {
            rows.Add(
                c.Cell.Code,
                TypologyJson.ModelName(c.Cell.Model),
                string.Join(" ", c.Cases.Select(m => $"{m.Case.Value} ({m.Membership:0.00})")),
                c.EmptyTag is { } t ? KebabCase.Name(t) : null,
                c.Annotation?.Label,
                c.Cell.Name);
        }

        rows.Write(output, settings.Format, $"The property space over H, C, S, T, R: {space.Cells.Count(c => !c.Cases.IsEmpty)} occupied cells, {space.EmptyCells.Count()} empty");
        if (settings.Format == OutputFormat.Table)
        {
            foreach (var u in space.Unplaced)
                output.Console.MarkupLine($"[yellow]not placed[/]: {Markup.Escape(u.Case.Value)}: {Markup.Escape(string.Join("; ", u.Flags))}");
        }

        return WillingApp.Success;
    }
}
