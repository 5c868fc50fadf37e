using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using Willing.Core.Reading;
using Willing.Qca.Data;
using Willing.Typology.Sets;

namespace Willing.Qca.TruthTables;

/// <summary>
/// A truth table of crisp or fuzzy data (Ragin 2008, ch. 7; R's QCA <c>truthTable</c>): each case sits in the row
/// (configuration of the conditions) where its memberships are above 0.5; each observed row has its cases, its
/// inclusion and PRI over all cases, and an output from the cut-offs. Unobserved rows are remainders: counted,
/// and listed lazily on request (<see cref="RemainderCodes"/>), never materialised.
/// </summary>
/// <remarks>
/// <para>A row's membership for a case is the minimum over the conditions of x (where the row has 1) or 1 − x
/// (where it has 0). Inclusion is Σmin(row, Y)/Σrow and PRI (Σmin(row,Y) − Σmin(row,Y,1−Y))/(Σrow − Σmin(row,Y,1−Y)),
/// summed over every case used (<see cref="SetFit"/>). A case at exactly 0.5 in some condition belongs to no row
/// (<see cref="AtCrossover"/>) but still counts in the sums, as in QCA. Cases with a missing value in a condition
/// or the outcome are left out (<see cref="Excluded"/>).</para>
/// <para>For the minimiser: <see cref="PositiveCodes"/>, <see cref="NegativeCodes"/> and <see cref="ContradictoryCodes"/>
/// are the rows with output 1, 0 and C as codes (bit i = condition i); everything else, up to 2^k − 1, is a remainder,
/// rows with fewer cases than the frequency cut-off included. Work is O(cases × observed rows × conditions).</para>
/// </remarks>
public sealed record TruthTable
{
    /// <summary>The most conditions a truth table takes (row codes are 64-bit).</summary>
    public const int MaxConditions = 62;

    // QCA compares with all.equal's tolerance, √ε (admisc::agteb).
    private const double Tolerance = 1.4901161193847656e-8;

    private readonly HashSet<long> _decided;

    private TruthTable(string outcome, ImmutableArray<string> conditions, TruthTableOptions options, ImmutableArray<TruthTableRow> rows, int caseCount, ImmutableArray<string> excluded, ImmutableArray<CrossoverCase> atCrossover)
    {
        Outcome = outcome;
        Conditions = conditions;
        Options = options;
        Rows = rows;
        CaseCount = caseCount;
        Excluded = excluded;
        AtCrossover = atCrossover;
        PositiveCodes = Codes(TruthTableOutput.Positive);
        NegativeCodes = Codes(TruthTableOutput.Negative);
        ContradictoryCodes = Codes(TruthTableOutput.Contradiction);
        _decided = [.. PositiveCodes, .. NegativeCodes, .. ContradictoryCodes];
    }

    /// <summary>The outcome as given (<c>~Y</c> for the negated outcome).</summary>
    [JsonPropertyName("outcome")]
    public string Outcome { get; }

    /// <summary>The conditions, in the order given (condition i is bit i of a row code).</summary>
    [JsonPropertyName("conditions")]
    public ImmutableArray<string> Conditions { get; }

    /// <summary>The cut-offs used.</summary>
    [JsonPropertyName("options")]
    public TruthTableOptions Options { get; }

    /// <summary>The observed rows (at least one case), in R's QCA row order (<see cref="TruthTableRow.Number"/>).</summary>
    [JsonPropertyName("rows")]
    public ImmutableArray<TruthTableRow> Rows { get; }

    /// <summary>The cases used.</summary>
    [JsonPropertyName("caseCount")]
    public int CaseCount { get; }

    /// <summary>The cases left out for a missing value in a condition or the outcome.</summary>
    [JsonPropertyName("excluded")]
    public ImmutableArray<string> Excluded { get; }

    /// <summary>The cases in no row because a membership is exactly 0.5.</summary>
    [JsonPropertyName("atCrossover")]
    public ImmutableArray<CrossoverCase> AtCrossover { get; }

    /// <summary>The codes of the rows with output 1, ascending.</summary>
    [JsonPropertyName("positiveCodes")]
    public ImmutableArray<long> PositiveCodes { get; }

    /// <summary>The codes of the rows with output 0, ascending.</summary>
    [JsonPropertyName("negativeCodes")]
    public ImmutableArray<long> NegativeCodes { get; }

    /// <summary>The codes of the rows with output C, ascending.</summary>
    [JsonPropertyName("contradictoryCodes")]
    public ImmutableArray<long> ContradictoryCodes { get; }

    /// <summary>How many rows are remainders: the 2^k configurations less those with output 1, 0 or C.</summary>
    [JsonPropertyName("remainderCount")]
    public long RemainderCount => (1L << Conditions.Length) - _decided.Count;

    /// <summary>The remainder codes, ascending, computed as enumerated (there may be 2^62 of them: take what you need).</summary>
    public IEnumerable<long> RemainderCodes()
    {
        long end = 1L << Conditions.Length;
        for (long code = 0; code < end; code++)
        {
            if (!_decided.Contains(code))
                yield return code;
        }
    }

    /// <summary>The observed row with this code, or null.</summary>
    public TruthTableRow? Row(long code) => Rows.FirstOrDefault(r => r.Code == code);

    /// <summary>The value (0 or 1) of each condition in the row with this code.</summary>
    public ImmutableArray<int> ValuesOf(long code) => [.. Enumerable.Range(0, Conditions.Length).Select(i => (int)((code >> i) & 1))];

    /// <summary>The configuration of a code as a QCA expression, e.g. <c>DEV*~URB*LIT</c>.</summary>
    public string Configuration(long code) =>
        string.Join("*", Conditions.Select((c, i) => ((code >> i) & 1) == 1 ? c : "~" + c));

    /// <summary>Builds the truth table of <paramref name="data"/> for an outcome (a column, <c>~</c> in front for its negation) and conditions.</summary>
    /// <exception cref="QcaException">A column is missing or not calibrated, a condition is repeated or is the outcome, the options are out of range, or no case is complete; every such error at once.</exception>
    public static TruthTable Build(QcaData data, string outcome, IReadOnlyList<string> conditions, TruthTableOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(conditions);
        options ??= TruthTableOptions.Default;
        var errors = options.Problems().ToList();
        string outcomeText = outcome.Trim();
        bool negated = outcomeText.StartsWith('~');
        string outcomeName = negated ? outcomeText[1..].Trim() : outcomeText;
        QcaColumn? y = null;
        if (outcomeName.Length == 0)
            errors.Add(new QcaError("no outcome given"));
        else if (data.FindColumn(outcomeName) is { } column)
            y = Membership(data, column, errors);
        else
            errors.Add(data.UnknownColumn(outcomeName));

        if (conditions.Count == 0)
            errors.Add(new QcaError("no conditions given"));
        if (conditions.Count > MaxConditions)
            errors.Add(new QcaError($"{conditions.Count.ToString(CultureInfo.InvariantCulture)} conditions: a truth table takes at most {MaxConditions.ToString(CultureInfo.InvariantCulture)}"));
        var xs = new List<QcaColumn>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in conditions)
        {
            if (!seen.Add(name))
                errors.Add(new QcaError($"the condition '{Echo.Quote(name)}' is given twice", name));
            else if (name == outcomeName)
                errors.Add(new QcaError($"'{Echo.Quote(name)}' is the outcome: it cannot also be a condition", name));
            else if (data.FindColumn(name) is { } column)
            {
                if (Membership(data, column, errors) is { } x)
                    xs.Add(x);
            }
            else
                errors.Add(data.UnknownColumn(name));
        }

        if (errors.Count > 0)
            throw new QcaException(errors);

        var yAll = negated ? [.. y!.Values.Select(v => 1 - v)] : y!.Values;
        var (included, excluded) = CompleteCases.Of(data, [yAll, .. xs.Select(x => x.Values)]);
        int k = xs.Count, n = included.Length;
        var yv = CompleteCases.Select(yAll, included);
        var xv = xs.Select(x => CompleteCases.Select(x.Values, included)).ToArray();

        // Each case's row: bit i set where its membership in condition i is above 0.5; none if any is exactly 0.5.
        var members = new SortedDictionary<long, List<int>>();
        var crossover = ImmutableArray.CreateBuilder<CrossoverCase>();
        for (int j = 0; j < n; j++)
        {
            long code = 0;
            var half = new List<string>();
            for (int i = 0; i < k; i++)
            {
                if (xv[i][j] > 0.5)
                    code |= 1L << i;
                else if (xv[i][j] == 0.5)
                    half.Add(xs[i].Name);
            }

            if (half.Count > 0)
            {
                crossover.Add(new CrossoverCase(data.Cases[included[j]], [.. half]));
                continue;
            }

            if (!members.TryGetValue(code, out var list))
                members[code] = list = [];
            list.Add(j);
        }

        var rows = new List<TruthTableRow>(members.Count);
        var membership = new double[n];
        foreach (var (code, cases) in members)
        {
            for (int j = 0; j < n; j++)
            {
                double m = 1;
                for (int i = 0; i < k; i++)
                    m = Math.Min(m, ((code >> i) & 1) == 1 ? xv[i][j] : 1 - xv[i][j]);
                membership[j] = m;
            }

            var fit = SetFit.Sufficiency(membership, yv);
            var output = Output(cases.Count, fit.InclS, fit.Pri, options);
            var deviant = output switch
            {
                TruthTableOutput.Positive or TruthTableOutput.Contradiction => cases.Where(j => yv[j] < 0.5),
                TruthTableOutput.Negative => cases.Where(j => yv[j] > 0.5),
                _ => [],
            };
            bool both = cases.Any(j => yv[j] > 0.5) && cases.Any(j => yv[j] < 0.5);
            long number = 1;
            for (int i = 0; i < k; i++)
                number += ((code >> i) & 1) << (k - 1 - i);
            rows.Add(new TruthTableRow(
                code,
                number,
                [.. Enumerable.Range(0, k).Select(i => (int)((code >> i) & 1))],
                output,
                cases.Count,
                [.. cases.Select(j => data.Cases[included[j]])],
                CompleteCases.Defined(fit.InclS),
                CompleteCases.Defined(fit.Pri),
                [.. deviant.Select(j => data.Cases[included[j]])],
                both));
        }

        return new TruthTable(outcomeText, [.. xs.Select(x => x.Name)], options, [.. rows.OrderBy(r => r.Number)], n, excluded, crossover.ToImmutable());
    }

    private static TruthTableOutput Output(int cases, double incl, double pri, TruthTableOptions options)
    {
        if (cases < options.NCut)
            return TruthTableOutput.Remainder;
        if (AtLeast(incl, options.InclCut) && AtLeast(pri, options.PriCut))
            return TruthTableOutput.Positive;
        if (options.InclCut0 is { } ic0 && incl < options.InclCut && AtLeast(incl, ic0))
            return TruthTableOutput.Contradiction;
        return TruthTableOutput.Negative;
    }

    // NaN (no membership anywhere) is never "at least" a cut-off.
    private static bool AtLeast(double value, double cut) => value >= cut || Math.Abs(value - cut) <= Tolerance;

    private static QcaColumn? Membership(QcaData data, QcaColumn column, List<QcaError> errors)
    {
        try
        {
            QcaExpression.RequireMemberships(data, column);
            return column;
        }
        catch (QcaException ex)
        {
            errors.AddRange(ex.Errors);
            return null;
        }
    }

    private ImmutableArray<long> Codes(TruthTableOutput output) => [.. Rows.Where(r => r.Out == output).Select(r => r.Code).Order()];
}
