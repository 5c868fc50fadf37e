using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Core.Reading;
using Willing.Reports.Charts;
using Willing.Typology;
using Willing.Typology.Analysis;
using Willing.Typology.Classification;

namespace Willing.Cli.Commands.Typology;

/// <summary><c>willing compare CASE CASE…</c>: cases axis by axis, the change from each to the next, and the distances between them.</summary>
public sealed class CompareCommand(CliOutput output) : Command<CompareSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, CompareSettings settings, CancellationToken cancellationToken)
    {
        var codebook = TypologyLoader.Codebook(settings, output);
        var targets = settings.Targets;
        CaseBase? caseBase = null;
        if (settings.Lineage is { } id)
        {
            caseBase = CaseBaseLoader.Load(settings, output);
            if (caseBase is null)
                return WillingApp.InvalidInput;
            if (caseBase.Find(id) is not { } start)
            {
                CaseBaseLoader.UnknownId(caseBase, id, output);
                return WillingApp.InvalidInput;
            }

            var chain = CasesLineageCommand.Chain(caseBase, start).Select(l => l.Earlier).DistinctBy(c => c.Id).OrderBy(c => c.Period.Start).ToList();
            if (chain.Count == 0)
            {
                output.Error.WriteLine($"willing: {start.Id} names no antecedents, so there is no lineage to compare");
                return WillingApp.InvalidInput;
            }

            targets = [.. chain.Select(c => c.Id.Value), start.Id.Value];
        }

        var coalitions = codebook is null ? null : TypologyLoader.Coalitions(targets, all: false, settings, output, caseBase);
        if (codebook is null || coalitions is null)
            return WillingApp.InvalidInput;
        var comparison = CaseComparison.Of(new TypologyEngine(codebook, settings.WithReadings).ClassifyAll(coalitions));
        var ids = comparison.Cases.Select(c => c.Case.Value).ToList();
        if (settings.Chart is { } path)
        {
            if (!ChartFile.Write(output, "--chart", path, () => new ComparisonChart("comparison", $"Comparison: {string.Join(" → ", ids)}", comparison.Cases),
                    wrote: $"willing: wrote the comparison chart to {path}"))
                return WillingApp.InvalidInput;
        }

        if (settings.Format == OutputFormat.Json)
        {
            var json = new
            {
                cases = ids,
                models = comparison.Cases.Select(c => TypologyJson.ModelName(c.Model)),
                cells = comparison.Cases.Select(c => c.Cell?.Code),
                axes = AxisInfo.All.ToDictionary(AxisInfo.Key, a => comparison.Cases.Select(c => TypologyJson.Round(c[a].Membership))),
                changes = AxisInfo.All.ToDictionary(AxisInfo.Key, a => comparison.Changes(a).Select(TypologyJson.Round)),
                distances = comparison.Distances.Select(row => row.Select(TypologyJson.Round)),
                shared_sets = comparison.Cases.Select(a => comparison.Cases.Select(b => CaseComparison.SharedSets(a, b))),
                nearest_to_last = Nearest(comparison, ids) is { } n ? new { @case = n.Case, distance = TypologyJson.Round(n.Distance), sides = n.Sides } : null,
            };
            output.Data.WriteLine(JsonSerializer.Serialize(json, Json.Options));
            return WillingApp.Success;
        }

        var columns = new List<string> { "axis" };
        columns.AddRange(ids);
        columns.AddRange(ids.Zip(ids.Skip(1), (a, b) => $"{a} → {b}"));
        var rows = new Tabular([.. columns]);
        foreach (var axis in AxisInfo.All)
        {
            var values = new List<object?> { $"{AxisInfo.Letter(axis)} {AxisInfo.Key(axis)}" };
            values.AddRange(comparison.Cases.Select(c => (object?)TypologyJson.Round(c[axis].Membership)));
            values.AddRange(comparison.Changes(axis).Select(d => (object?)TypologyJson.Round(d)));
            rows.Add([.. values]);
        }

        var model = new List<object?> { "cell" };
        model.AddRange(comparison.Cases.Select(c => (object?)$"{c.Cell?.Code ?? "–"} {TypologyJson.ModelName(c.Model)}"));
        model.AddRange(ids.Skip(1).Select(_ => (object?)null));
        rows.Add([.. model]);
        rows.Write(output, settings.Format, "Axis by axis (1 = model-one pole), with the change from each case to the next");

        if (settings.Format == OutputFormat.Table)
        {
            var distances = new Tabular(["distance", .. ids]);
            for (int i = 0; i < ids.Count; i++)
                distances.Add([ids[i], .. comparison.Distances[i].Select(d => (object?)TypologyJson.Round(d))]);
            distances.Write(output, OutputFormat.Table, "Distance over H, C, S, T, R, the sets both cases measured (0 = same profile, 1 = opposite cells)");
            if (Nearest(comparison, ids) is { } nearest)
            {
                output.Console.MarkupLine(Markup.Escape($"Of the earlier cases, {nearest.Case} is nearest to {ids[^1]} ({nearest.Distance:0.###}); on the side of 0.5 of each set it agrees with {ids[^1]} on {nearest.Sides}."));
                foreach (var (c, i) in comparison.Cases.Take(ids.Count - 1).Select((c, i) => (c, i)))
                {
                    var same = AxisInfo.All.Where(a => c[a].Side is { } x && x == comparison.Cases[^1][a].Side).Select(AxisInfo.Letter);
                    var differ = AxisInfo.All.Where(a => c[a].Side is { } x && comparison.Cases[^1][a].Side is { } y && x != y).Select(AxisInfo.Letter);
                    output.Console.MarkupLine(Markup.Escape($"  {ids[i]}: same side as {ids[^1]} on {Join(same)}; the other side on {Join(differ)}"));
                }
            }
        }

        return WillingApp.Success;
    }

    private static string Join(IEnumerable<string> letters) => letters.Any() ? string.Join(" ", letters) : "none";

    /// <summary>Of the cases before the last, the nearest to the last (a lineage's question: which antecedent is its prototype?), with the sets on whose side they agree.</summary>
    private static (string Case, double Distance, string Sides)? Nearest(CaseComparison comparison, List<string> ids)
    {
        if (ids.Count < 3)
            return null;
        var last = comparison.Cases[^1];
        var best = Enumerable.Range(0, ids.Count - 1)
            .Where(i => comparison.Distances[i][^1] is not null)
            .OrderBy(i => comparison.Distances[i][^1]!.Value).ThenBy(i => i)
            .Select(i => (int?)i).FirstOrDefault();
        if (best is not { } b)
            return null;
        var sides = AxisInfo.All.Where(a => comparison.Cases[b][a].Side is { } x && x == last[a].Side).Select(AxisInfo.Letter);
        return (ids[b], comparison.Distances[b][^1]!.Value, Join(sides));
    }
}
