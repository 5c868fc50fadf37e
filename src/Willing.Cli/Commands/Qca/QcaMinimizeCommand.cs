using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Qca;
using Willing.Qca.Analysis;
using Willing.Qca.Calibration;
using Willing.Qca.Minimization;
using Willing.Qca.Robustness;

namespace Willing.Cli.Commands.Qca;

/// <summary><c>willing qca minimize</c>: exact Boolean minimisation of a truth table (R's QCA <c>minimize</c>): every equally minimal solution with its fit.</summary>
public sealed class QcaMinimizeCommand(CliOutput output) : Command<QcaMinimizeSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, QcaMinimizeSettings settings, CancellationToken cancellationToken)
    {
        if (QcaDataLoader.Load(settings, output, out int exit) is not { } loaded)
            return exit;
        QcaDataLoader.Notes(loaded, output);
        QcaRequest request;
        QcaResult result;
        try
        {
            request = Request(settings);
            result = QcaAnalysis.Run(loaded.Data, request, cancellationToken);
        }
        catch (QcaException ex)
        {
            return QcaDataLoader.Failed(ex, output);
        }
        catch (MinimizationLimitException ex)
        {
            // The library's message names its option; a user of the command needs what to change instead.
            string advice = ex.Limit switch
            {
                MinimizationLimit.PrimeImplicants => "too many prime implicants to solve exactly: use fewer conditions, a higher --n-cut, --exclude untenable remainders, or the conservative solution",
                MinimizationLimit.SearchSteps => "the prime-implicant chart is too large to search exactly: use fewer conditions or the parsimonious solution",
                MinimizationLimit.IntermediatePairs => "too many pairs of conservative and parsimonious solutions: use --max-solutions to list fewer",
                _ => "the time limit ran out",
            };
            output.Error.WriteLine($"willing: the minimisation stopped at a bound ({ex.Reason}); {advice}; no partial solution is given");
            return WillingApp.InvalidInput;
        }

        RobustnessReport? robustness = settings.Robustness ? Robustness(loaded, request, cancellationToken) : null;
        if (settings.Format == OutputFormat.Json)
        {
            var json = new JsonObject
            {
                ["source"] = loaded.Source,
                ["outcome"] = request.Outcome,
                ["conditions"] = JsonSerializer.SerializeToNode(request.Conditions, Json.Options),
                ["solution"] = settings.Solution,
                ["ambiguous"] = result.Ambiguous,
                ["solutions"] = new JsonArray([.. result.Solutions.Select(Solution)]),
                ["prime_implicants"] = JsonSerializer.SerializeToNode(result.PrimeImplicants, Json.Options),
                ["truth_table"] = JsonSerializer.SerializeToNode(result.Table.Rows, Json.Options),
                ["remainders"] = result.Table.RemainderCount,
                ["skewness"] = JsonSerializer.SerializeToNode(result.Skew, Json.Options),
                ["notes"] = JsonSerializer.SerializeToNode(result.Notes, Json.Options),
            };
            if (robustness is not null)
                json["robustness"] = JsonSerializer.SerializeToNode(robustness, Json.Options);
            output.Data.WriteLine(json.ToJsonString(Json.Options));
            return WillingApp.Success;
        }

        var rows = new Tabular("solution", "term", "inclS", "PRI", "covS", "covU", "n");
        foreach (var s in result.Solutions)
        {
            foreach (var t in s.Fit.Terms.Length > 1 ? s.Fit.Terms : [])
                rows.Add(s.Label, t.Expression, R(t.InclS), R(t.PRI), R(t.CovS), R(t.CovU), t.N);
            rows.Add(s.Label, s.Expression, R(s.Fit.InclS), R(s.Fit.PRI), R(s.Fit.CovS), s.Fit.Terms.Length > 1 ? null : R(s.Fit.CovS), s.Fit.N);
        }

        // No row passing the cut-offs is a result, said in the notes below; an empty table would say nothing.
        if (!result.Solutions.IsEmpty || settings.Format != OutputFormat.Table)
            rows.Write(output, settings.Format, $"The {settings.Solution} solution{(result.Solutions.Length == 1 ? string.Empty : "s")} for {request.Outcome} ({loaded.Source}, {result.Table.CaseCount} cases)");
        if (settings.Format != OutputFormat.Table)
            return WillingApp.Success;
        if (result.Ambiguous)
            output.Console.MarkupLine($"[yellow]model ambiguity: {result.Solutions.Length} solutions are equally minimal; the data do not choose between them[/]");
        if (!result.PrimeImplicants.IsEmpty)
            output.Console.MarkupLine($"[grey]prime implicants: {Markup.Escape(string.Join(", ", result.PrimeImplicants))}[/]");
        foreach (string note in result.Notes)
            output.Console.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
        QcaTruthTableCommand.Footer(result.Table, result.Skew, output);
        if (robustness is not null)
            Print(robustness);
        return WillingApp.Success;
    }

    private static QcaRequest Request(QcaMinimizeSettings settings)
    {
        var table = QcaTruthTableCommand.Options(settings);
        var policy = settings.Solution switch { "parsimonious" => RemainderPolicy.Parsimonious, "intermediate" => RemainderPolicy.Intermediate, _ => RemainderPolicy.Conservative };
        var conditions = settings.ConditionNames.ToImmutableArray();
        var directions = settings.Directions is { } d ? ParseDirections(d, conditions) : [];
        return new QcaRequest(settings.Outcome!, conditions, table, policy, directions, settings.Exclude, MinimizationOptions.Default with { MaxSolutions = settings.MaxSolutions });
    }

    /// <summary>Reads <c>A=1,B=0,C=-</c> into one expectation per condition.</summary>
    internal static ImmutableArray<DirectionalExpectation> ParseDirections(string text, ImmutableArray<string> conditions)
    {
        var result = Enumerable.Repeat(DirectionalExpectation.None, conditions.Length).ToArray();
        var errors = new List<QcaError>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            string name = eq < 0 ? part : part[..eq].Trim(), value = eq < 0 ? string.Empty : part[(eq + 1)..].Trim();
            int i = conditions.IndexOf(name);
            if (i < 0)
                errors.Add(new QcaError($"--directions: '{name}' is not one of the conditions ({string.Join(", ", conditions)})", Text: text));
            else if (value is not ("1" or "0" or "-"))
                errors.Add(new QcaError($"--directions: {name} needs =1 (presence expected to contribute), =0 (absence) or =- (no expectation), not '{value}'", Text: text));
            else
                result[i] = value switch { "1" => DirectionalExpectation.Present, "0" => DirectionalExpectation.Absent, _ => DirectionalExpectation.None };
        }

        return errors.Count > 0 ? throw new QcaException(errors) : [.. result];
    }

    private static RobustnessReport Robustness(QcaDataLoader.Loaded loaded, QcaRequest request, CancellationToken cancellationToken)
    {
        string Analysis(IReadOnlyList<CalibrationSpec> specs, double inclCut)
        {
            var data = specs.Count == 0 ? loaded.Raw : Calibrator.Apply(loaded.Raw, specs);
            return QcaAnalysis.Run(data, request with { Table = request.Table with { InclCut = inclCut, InclCut0 = request.Table.InclCut0 is { } ic0 ? Math.Min(ic0, inclCut) : null } }, cancellationToken).Key;
        }

        var steps = loaded.Specs.ToDictionary(s => s.Column, s => Math.Max(Math.Abs(s.Thresholds[^1] - s.Thresholds[0]) * 0.05, 1e-9), StringComparer.Ordinal);
        var plan = new RobustnessPlan(steps, 10, null, new InclCutRange(0.70, 1, 0.05));
        return Sensitivity.Run(loaded.Specs, request.Table.InclCut, Analysis, plan);
    }

    private void Print(RobustnessReport r)
    {
        var rows = new Tabular("varied", "baseline", "same from", "same to", "ends below", "ends above");
        if (r.InclCuts is { } ic)
            rows.Add("inclusion cut-off", ic.Baseline, ic.Lowest, ic.Highest, Kebab(ic.LowerEnd), Kebab(ic.UpperEnd));
        foreach (var a in r.Anchors)
            rows.Add($"{a.Column} {a.Threshold}", a.Baseline, a.Lowest, a.Highest, Kebab(a.LowerEnd), Kebab(a.UpperEnd));
        rows.Write(output, OutputFormat.Table, r.AllSame ? "Robustness: every variation gives the same solution" : "Robustness: where the solution stays the same");
    }

    private static string Kebab(RangeEnd end) => Willing.Core.Model.KebabCase.Name(end);

    private static JsonObject Solution(SolutionFit s)
    {
        var fit = JsonSerializer.SerializeToNode(s.Fit, Json.Options)!.AsObject();
        var node = new JsonObject { ["label"] = s.Label, ["expression"] = s.Expression };
        foreach (string key in new[] { "inclS", "PRI", "covS", "n", "cases", "excluded", "terms" })
            node[key] = fit[key]?.DeepClone();
        return node;
    }

    private static double? R(double? v) => v is { } x ? Math.Round(x, 3) : null;
}
