using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Willing.Qca.Data;
using Willing.Qca.Diagnostics;
using Willing.Qca.Fit;
using Willing.Qca.Minimization;
using Willing.Qca.TruthTables;
using Willing.Typology.Sets;

namespace Willing.Qca.Analysis;

/// <summary>What a minimisation is asked to do: the truth table's outcome, conditions and cut-offs, and the solution sought.</summary>
/// <param name="Outcome">The outcome (a column, or <c>~Y</c>).</param>
/// <param name="Conditions">The conditions, in the truth table's order.</param>
/// <param name="Table">The truth table's cut-offs.</param>
/// <param name="Solution">Conservative, parsimonious or intermediate.</param>
/// <param name="Directions">For the intermediate solution, one directional expectation per condition (none for the others).</param>
/// <param name="Exclude">An expression over the conditions naming untenable remainders, left out of the simplifying assumptions (e.g. <c>~DEV*IND</c>); null for none.</param>
/// <param name="Options">The minimiser's bounds.</param>
public sealed record QcaRequest(
    string Outcome,
    ImmutableArray<string> Conditions,
    TruthTableOptions Table,
    RemainderPolicy Solution,
    ImmutableArray<DirectionalExpectation> Directions,
    string? Exclude,
    MinimizationOptions Options);

/// <summary>One solution with its parameters of fit (and each term's raw and unique coverage).</summary>
/// <param name="Label">Which solution: <c>M1</c>, <c>M2</c>, … and for an intermediate one the pair it comes from (<c>C1P1</c>).</param>
/// <param name="Expression">The solution in QCA's notation.</param>
/// <param name="Fit">Its parameters of fit on the data.</param>
public sealed record SolutionFit(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("expression")] string Expression,
    [property: JsonPropertyName("fit")] SufficiencyParameters Fit);

/// <summary>A minimisation's results: the truth table, every equally minimal solution with its fit, the prime implicants, and what the data leave open.</summary>
/// <param name="Table">The truth table.</param>
/// <param name="Minimization">The minimiser's result (prime implicants, chart, every solution of each stage).</param>
/// <param name="Solutions">The solutions of the policy asked for, each with its fit; several when the data leave the choice open.</param>
/// <param name="PrimeImplicants">The prime implicants of the solution asked for (for the intermediate solution, of the parsimonious one).</param>
/// <param name="Skew">The skewed-membership check of the outcome and every condition.</param>
/// <param name="Notes">What the analysis had to assume or could not do.</param>
public sealed record QcaResult(
    TruthTable Table,
    MinimizationResult? Minimization,
    ImmutableArray<SolutionFit> Solutions,
    ImmutableArray<string> PrimeImplicants,
    ImmutableArray<SkewnessCheck> Skew,
    ImmutableArray<string> Notes)
{
    /// <summary>True when more than one solution is equally minimal (model ambiguity; Baumgartner and Thiem 2017).</summary>
    public bool Ambiguous => Solutions.Length > 1;

    /// <summary>The solutions' expressions joined, a key by which two analyses can be compared (robustness).</summary>
    public string Key => Solutions.IsEmpty ? "(no solution)" : string.Join(" | ", Solutions.Select(s => s.Expression));
}

/// <summary>Truth table, Boolean minimisation and parameters of fit in one step, as R's QCA <c>truthTable</c> then <c>minimize</c> do.</summary>
/// <remarks>
/// Rows with output 1 are the positive rows. Rows with output 0 and contradictions (C) are the negative rows: a
/// contradiction is never a simplifying assumption. Rows below the frequency cut-off (?) and configurations with no
/// case are remainders; the parsimonious and intermediate solutions may use them, except those the exclusion
/// expression names (untenable assumptions). Every equally minimal solution is listed: which one fits the case is
/// for the researcher, not the program, to decide.
/// </remarks>
public static class QcaAnalysis
{
    /// <summary>Runs the analysis.</summary>
    /// <exception cref="QcaException">A column, cut-off or expression is wrong, or there are more conditions than the minimiser takes.</exception>
    /// <exception cref="MinimizationLimitException">A bound of the minimiser's options was reached.</exception>
    public static QcaResult Run(QcaData data, QcaRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(request);
        var table = TruthTable.Build(data, request.Outcome, request.Conditions, request.Table);
        var skew = Skewness.Check(data, [.. request.Conditions, request.Outcome.TrimStart('~')]);
        var notes = new List<string>();
        if (request.Conditions.Length > MinimizationProblem.MaxConditions)
            throw new QcaException(new QcaError($"the minimiser takes at most {MinimizationProblem.MaxConditions} conditions, not {request.Conditions.Length}"));
        if (table.PositiveCodes.IsEmpty)
        {
            notes.Add("no row has output 1 at these cut-offs: there is nothing to minimise");
            return new QcaResult(table, null, [], [], skew, [.. notes]);
        }

        var positive = table.PositiveCodes.Select(c => (uint)c).ToList();
        var negative = table.NegativeCodes.Concat(table.ContradictoryCodes).Select(c => (uint)c).ToList();
        if (!table.ContradictoryCodes.IsEmpty)
            notes.Add($"{table.ContradictoryCodes.Length} contradictory rows (C) are treated as negative: never simplifying assumptions");
        var exclude = Exclusion(request, notes);
        var problem = request.Solution switch
        {
            RemainderPolicy.Conservative => MinimizationProblem.Conservative(request.Conditions, positive, negative),
            RemainderPolicy.Parsimonious => MinimizationProblem.Parsimonious(request.Conditions, positive, negative, excludeRemainder: exclude),
            _ => MinimizationProblem.Intermediate(request.Conditions, positive, negative, Directions(request), excludeRemainder: exclude),
        };
        var result = Minimizer.Minimize(problem, request.Options, cancellationToken);
        var fits = new List<SolutionFit>();
        ImmutableArray<string> primes;
        if (request.Solution == RemainderPolicy.Intermediate)
        {
            foreach (var set in result.Intermediate)
            {
                for (int i = 0; i < set.Result.Solutions.Length; i++)
                    fits.Add(Fit(data, request, $"{set.Label}{(set.Result.Solutions.Length > 1 ? $"-M{i + 1}" : string.Empty)}", set.Result.Solutions[i].Expression));
            }

            primes = [.. result.Parsimonious!.PrimeImplicants.Select(p => p.ToExpression(request.Conditions))];
        }
        else
        {
            var set = request.Solution == RemainderPolicy.Conservative ? result.Conservative! : result.Parsimonious!;
            for (int i = 0; i < set.Solutions.Length; i++)
                fits.Add(Fit(data, request, $"M{i + 1}", set.Solutions[i].Expression));
            primes = [.. set.PrimeImplicants.Select(p => p.ToExpression(request.Conditions))];
        }

        if (result.SolutionLimitReached)
            notes.Add($"more equally minimal solutions exist than the {request.Options.MaxSolutions} listed");
        return new QcaResult(table, result, [.. fits], primes, skew, [.. notes]);
    }

    private static SolutionFit Fit(QcaData data, QcaRequest request, string label, string expression) =>
        new(label, expression, ParametersOfFit.Sufficiency(data, expression, request.Outcome));

    private static ImmutableArray<DirectionalExpectation> Directions(QcaRequest request) =>
        request.Directions.Length == request.Conditions.Length ? request.Directions : throw new QcaException(new QcaError($"the intermediate solution needs a directional expectation for each of the {request.Conditions.Length} conditions (- for none)"));

    private static Func<uint, bool>? Exclusion(QcaRequest request, List<string> notes)
    {
        if (string.IsNullOrWhiteSpace(request.Exclude))
            return null;
        SetExpression expression;
        try
        {
            expression = SetExpression.Parse(request.Exclude);
        }
        catch (FormatException ex)
        {
            throw new QcaException(new QcaError($"--exclude: {ex.Message}", Text: request.Exclude));
        }

        var unknown = expression.Sets.Where(s => !request.Conditions.Contains(s)).ToList();
        if (unknown.Count > 0)
            throw new QcaException(new QcaError($"--exclude names {string.Join(", ", unknown.Select(u => $"'{u}'"))}, which {(unknown.Count == 1 ? "is" : "are")} not among the conditions ({string.Join(", ", request.Conditions)})", Text: request.Exclude));
        if (request.Conditions.Length > MinimizationProblem.MaxPredicateConditions)
            throw new QcaException(new QcaError($"an exclusion expression takes at most {MinimizationProblem.MaxPredicateConditions} conditions"));
        notes.Add($"remainders in {request.Exclude} are untenable: left out of the simplifying assumptions");
        var conditions = request.Conditions;
        return row =>
        {
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            for (int i = 0; i < conditions.Length; i++)
                values[conditions[i]] = (row >> i & 1) == 1 ? 1 : 0;
            return expression.Evaluate(values) > 0.5;
        };
    }
}
