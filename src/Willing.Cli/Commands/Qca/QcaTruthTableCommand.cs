using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Qca;
using Willing.Qca.Diagnostics;
using Willing.Qca.TruthTables;

namespace Willing.Cli.Commands.Qca;

/// <summary><c>willing qca truth-table</c>: the truth table of an outcome over conditions, crisp or fuzzy (Ragin 2008; R's QCA <c>truthTable</c>).</summary>
public sealed class QcaTruthTableCommand(CliOutput output) : Command<QcaTableSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, QcaTableSettings settings, CancellationToken cancellationToken)
    {
        if (QcaDataLoader.Load(settings, output, out int exit) is not { } loaded)
            return exit;
        QcaDataLoader.Notes(loaded, output);
        TruthTable table;
        try
        {
            table = Build(loaded, settings);
        }
        catch (QcaException ex)
        {
            return QcaDataLoader.Failed(ex, output);
        }

        var skew = Skewness.Check(loaded.Data, [.. settings.ConditionNames, settings.Outcome!.TrimStart('~')]);
        if (settings.Format == OutputFormat.Json)
        {
            output.Data.WriteLine(JsonSerializer.Serialize(new
            {
                source = loaded.Source,
                outcome = table.Outcome,
                conditions = table.Conditions,
                options = new { incl_cut = table.Options.InclCut, incl_cut0 = table.Options.InclCut0, n_cut = table.Options.NCut, pri_cut = table.Options.PriCut },
                cases = table.CaseCount,
                excluded = table.Excluded,
                at_crossover = table.AtCrossover,
                rows = table.Rows,
                remainders = table.RemainderCount,
                skewness = skew,
            }, Json.Options));
            return WillingApp.Success;
        }

        Rows(table).Write(output, settings.Format, $"Truth table of {table.Outcome} ({loaded.Source}, {table.CaseCount} cases): incl. cut {Fmt(table.Options.InclCut)}{(table.Options.InclCut0 is { } ic0 ? $", {Fmt(ic0)}" : string.Empty)}, n cut {table.Options.NCut}");
        if (settings.Format == OutputFormat.Table)
            Footer(table, skew, output);
        return WillingApp.Success;
    }

    /// <summary>The truth table the options ask for.</summary>
    internal static TruthTable Build(QcaDataLoader.Loaded loaded, QcaTableSettings settings) =>
        TruthTable.Build(loaded.Data, settings.Outcome!, settings.ConditionNames, Options(settings));

    /// <summary>The cut-offs the options give.</summary>
    internal static TruthTableOptions Options(QcaTableSettings settings)
    {
        var options = TruthTableOptions.Default with { NCut = settings.NCut, PriCut = settings.PriCut };
        return settings.InclCut is { } cut ? options.WithInclCut(cut) : options;
    }

    /// <summary>The remainders, cases at the crossover, left-out cases and skewed sets, after the table.</summary>
    internal static void Footer(TruthTable table, IEnumerable<SkewnessCheck> skew, CliOutput output)
    {
        output.Console.MarkupLine($"[grey]{table.RemainderCount.ToString(CultureInfo.InvariantCulture)} remainders (configurations without cases); {table.Rows.Count(r => r.BothOutcomes)} rows hold cases with and without the outcome[/]");
        if (!table.Excluded.IsEmpty)
            output.Console.MarkupLine($"[yellow]left out for a missing value: {Markup.Escape(string.Join(", ", table.Excluded))}[/]");
        foreach (var c in table.AtCrossover)
            output.Console.MarkupLine($"[yellow]{Markup.Escape(c.Case)} is at exactly 0.5 in {Markup.Escape(string.Join(", ", c.Conditions))}: in no row[/]");
        foreach (var s in skew.Where(s => s.Skewed))
            output.Console.MarkupLine($"[yellow]skewed: {Markup.Escape(s.Warning ?? s.Set)}[/]");
    }

    private static Tabular Rows(TruthTable table)
    {
        var rows = new Tabular([.. table.Conditions, "OUT", "n", "incl", "PRI", "cases", "deviant"]);
        foreach (var r in table.Rows)
        {
            rows.Add([
                .. r.Values.Select(v => (object?)v),
                r.Out switch { TruthTableOutput.Positive => "1", TruthTableOutput.Negative => "0", TruthTableOutput.Contradiction => "C", _ => "?" },
                r.N, Round(r.Incl), Round(r.PRI), string.Join(", ", r.Cases), string.Join(", ", r.Deviant)]);
        }

        return rows;
    }

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 3) : null;

    private static string Fmt(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
