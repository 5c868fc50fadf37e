using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Typology;
using Willing.Typology.Analysis;
using Willing.Typology.Classification;
using Willing.Typology.Sets;

namespace Willing.Cli.Commands.Typology;

/// <summary>
/// <c>willing typology fit --condition X --outcome Y [--necessity]</c>: consistency and coverage of a
/// set relation across the case base (Ragin 2006), e.g. whether circumventing institutions (R) is
/// sufficient for early exits (EXIT).
/// </summary>
public sealed class FitCommand(CliOutput output) : Command<FitSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, FitSettings settings, CancellationToken cancellationToken)
    {
        SetExpression condition, outcome;
        try
        {
            condition = SetExpression.Parse(settings.Condition);
            outcome = SetExpression.Parse(settings.Outcome);
        }
        catch (FormatException ex)
        {
            output.Error.WriteLine($"willing: {ex.Message}");
            return WillingApp.WrongUsage;
        }

        if (TypologyLoader.Everything(settings, output) is not var (codebook, coalitions))
            return WillingApp.InvalidInput;
        var extra = settings.Outcomes is null ? [] : OutcomeTable.Read(settings.Outcomes, output);
        if (extra is null)
            return WillingApp.InvalidInput;

        // A name that is no set at all is a typing mistake; say so before computing anything.
        var known = AxisInfo.All.Select(AxisInfo.Letter).Concat(CaseOutcomes.Definitions.Keys).Concat(extra.Keys).ToHashSet(StringComparer.Ordinal);
        var unknown = condition.Sets.Concat(outcome.Sets).Where(n => !known.Contains(n)).Distinct().ToList();
        if (unknown.Count > 0)
        {
            output.Error.WriteLine($"willing: unknown set {string.Join(", ", unknown.Select(n => $"'{Willing.Core.Reading.Echo.Quote(n)}'"))}; the sets are {string.Join(", ", known.Order(StringComparer.Ordinal))}");
            return WillingApp.WrongUsage;
        }

        var engine = new TypologyEngine(codebook, settings.WithReadings);
        var x = new List<double>();
        var y = new List<double>();
        var rows = new Tabular("case", "condition", "outcome");
        var skipped = new List<string>();
        foreach (var c in coalitions)
        {
            var sets = CaseOutcomes.Sets(engine.Classify(c), c, codebook.Convention);
            foreach (var (name, values) in extra)
            {
                if (values.TryGetValue(c.Id.Value, out double v))
                    sets[name] = v;
            }

            var missing = condition.Sets.Concat(outcome.Sets).Where(s => !sets.ContainsKey(s)).Distinct().ToList();
            if (missing.Count > 0)
            {
                skipped.Add($"{c.Id.Value} (no {string.Join(", ", missing)})");
                continue;
            }

            double xi = condition.Evaluate(sets), yi = outcome.Evaluate(sets);
            x.Add(xi);
            y.Add(yi);
            rows.Add(c.Id.Value, Math.Round(xi, 4), Math.Round(yi, 4));
        }

        if (x.Count == 0)
        {
            output.Error.WriteLine($"willing: no case has a membership in every set the expressions name: {string.Join("; ", skipped)}");
            return WillingApp.InvalidInput;
        }

        var fit = new Dictionary<string, object?> { ["condition"] = condition.Text, ["outcome"] = outcome.Text, ["relation"] = settings.Necessity ? "necessity" : "sufficiency", ["cases"] = x.Count };
        if (settings.Necessity)
        {
            var n = SetFit.Necessity(x, y);
            fit["inclN"] = TypologyJson.Round(n.InclN);
            fit["RoN"] = TypologyJson.Round(n.RoN);
            fit["covN"] = TypologyJson.Round(n.CovN);
        }
        else
        {
            var s = SetFit.Sufficiency(x, y);
            fit["inclS"] = TypologyJson.Round(s.InclS);
            fit["PRI"] = TypologyJson.Round(s.Pri);
            fit["covS"] = TypologyJson.Round(s.CovS);
        }

        fit["skipped"] = skipped;
        switch (settings.Format)
        {
            case OutputFormat.Json:
                output.Data.WriteLine(JsonSerializer.Serialize(fit, Json.Options));
                break;
            case OutputFormat.Csv:
                rows.Write(output, OutputFormat.Csv);
                break;
            default:
                rows.Write(output, OutputFormat.Table, $"{condition.Text} {(settings.Necessity ? "←" : "→")} {outcome.Text}");
                output.Console.WriteLine(string.Join("   ", fit.Where(kv => kv.Key is "inclS" or "PRI" or "covS" or "inclN" or "RoN" or "covN").Select(kv => $"{kv.Key} {kv.Value:0.000}")));
                if (skipped.Count > 0)
                    output.Console.WriteLine($"left out: {string.Join("; ", skipped)}");
                break;
        }

        return WillingApp.Success;
    }
}
