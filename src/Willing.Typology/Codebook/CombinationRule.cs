using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Willing.Typology.Codebook;

/// <summary>
/// How an axis combines its indicators (theory note §2.4): <c>and(…)</c> takes the minimum (every
/// attribute is required), <c>or(…)</c> the maximum (attributes are substitutes), and
/// <c>index(A: w, B: w)</c> a weighted mean, which is not a set operation but Elman's "indexing"
/// and is labelled as such, and <c>first(…)</c> the first term that has data (primary evidence,
/// then a fallback). Indicators without data for a case are left out of the combination.
/// </summary>
public abstract record CombinationRule
{
    /// <summary>The indicator ids the rule names.</summary>
    public abstract IEnumerable<string> Indicators { get; }

    /// <summary>Combines memberships (null for an indicator without data); the result is null when no named indicator has data.</summary>
    public abstract double? Evaluate(IReadOnlyDictionary<string, double?> memberships);

    /// <summary>The rule with each indicator's membership written in ("–" for no data), for explanations.</summary>
    public abstract string Applied(IReadOnlyDictionary<string, double?> memberships);

    /// <summary>The compensatory alternative: the unweighted mean of every indicator the rule names (used by robustness checks).</summary>
    public CombinationRule AsIndex() => new IndexRule([.. Terms().Select(t => (t, 1.0))]);

    /// <summary>The weakest-link alternative: the minimum of every indicator the rule names.</summary>
    public CombinationRule AsAnd() => new AndRule([.. Terms()]);

    /// <summary>The substitutes alternative: the maximum of every indicator the rule names.</summary>
    public CombinationRule AsOr() => new OrRule([.. Terms()]);

    private IEnumerable<CombinationRule> Terms() => Indicators.Distinct().Select(id => (CombinationRule)new IndicatorTerm(id));

    /// <summary>Parses <c>and(H1, or(H2, H3), index(H4: 2, H5: 1))</c>.</summary>
    /// <exception cref="FormatException">The text is not a rule; the message says where.</exception>
    public static CombinationRule Parse(string text) => new Parser(text).ParseAll();

    internal static string Fmt(double? v) => v is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    /// <summary>The deepest nesting of operators a rule may have (far above any real rule; it keeps the recursive parser off the stack's end).</summary>
    public const int MaxDepth = 32;

    private sealed class Parser(string text)
    {
        private int _pos;
        private int _depth;

        public CombinationRule ParseAll()
        {
            var rule = ParseTerm();
            SkipSpace();
            if (_pos != text.Length)
                throw Error("unexpected text after the rule");
            return rule;
        }

        private CombinationRule ParseTerm()
        {
            string name = Identifier();
            SkipSpace();
            if (!Peek('('))
                return new IndicatorTerm(name);
            if (++_depth > MaxDepth)
                throw Error($"the rule nests operators more than {MaxDepth} deep");
            _pos++;
            var terms = new List<(CombinationRule Term, double Weight)>();
            do
            {
                var term = ParseTerm();
                double weight = 1;
                SkipSpace();
                if (Peek(':'))
                {
                    _pos++;
                    weight = Number();
                }

                terms.Add((term, weight));
                SkipSpace();
            }
            while (Accept(','));
            if (!Accept(')'))
                throw Error("expected ',' or ')'");
            _depth--;
            return name.ToLowerInvariant() switch
            {
                "and" when terms.All(t => t.Weight == 1) => new AndRule([.. terms.Select(t => t.Term)]),
                "or" when terms.All(t => t.Weight == 1) => new OrRule([.. terms.Select(t => t.Term)]),
                "index" => new IndexRule([.. terms]),
                "first" when terms.All(t => t.Weight == 1) => new FirstRule([.. terms.Select(t => t.Term)]),
                "and" or "or" or "first" => throw Error($"weights belong in index(…), not in {name}(…)"),
                _ => throw Error($"unknown operator '{Willing.Core.Reading.Echo.Quote(name)}': use and, or, index or first"),
            };
        }

        private string Identifier()
        {
            SkipSpace();
            int start = _pos;
            while (_pos < text.Length && (char.IsAsciiLetterOrDigit(text[_pos]) || text[_pos] is '-' or '_'))
                _pos++;
            if (_pos == start)
                throw Error("expected an indicator id or and/or/index");
            return text[start.._pos];
        }

        private double Number()
        {
            SkipSpace();
            int start = _pos;
            while (_pos < text.Length && (char.IsAsciiDigit(text[_pos]) || text[_pos] == '.'))
                _pos++;
            if (!double.TryParse(text.AsSpan(start, _pos - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double w) || w <= 0)
                throw Error("expected a positive weight");
            return w;
        }

        private bool Peek(char c) => _pos < text.Length && text[_pos] == c;

        private bool Accept(char c)
        {
            SkipSpace();
            if (!Peek(c))
                return false;
            _pos++;
            return true;
        }

        private void SkipSpace()
        {
            while (_pos < text.Length && char.IsWhiteSpace(text[_pos]))
                _pos++;
        }

        private FormatException Error(string message) => new($"{message} at character {_pos + 1} of '{Willing.Core.Reading.Echo.Quote(text, 80)}'");
    }
}

/// <summary>One indicator's membership.</summary>
/// <param name="Id">The indicator id.</param>
public sealed record IndicatorTerm(string Id) : CombinationRule
{
    /// <inheritdoc />
    public override IEnumerable<string> Indicators => [Id];

    /// <inheritdoc />
    public override double? Evaluate(IReadOnlyDictionary<string, double?> memberships) => memberships.GetValueOrDefault(Id);

    /// <inheritdoc />
    public override string Applied(IReadOnlyDictionary<string, double?> memberships) => $"{Id}={Fmt(memberships.GetValueOrDefault(Id))}";

    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>Fuzzy AND: the minimum of the terms with data.</summary>
/// <param name="Terms">The terms.</param>
public sealed record AndRule(ImmutableArray<CombinationRule> Terms) : CombinationRule
{
    /// <inheritdoc />
    public override IEnumerable<string> Indicators => Terms.SelectMany(t => t.Indicators);

    /// <inheritdoc />
    public override double? Evaluate(IReadOnlyDictionary<string, double?> memberships)
    {
        var values = Terms.Select(t => t.Evaluate(memberships)).OfType<double>().ToList();
        return values.Count == 0 ? null : values.Min();
    }

    /// <inheritdoc />
    public override string Applied(IReadOnlyDictionary<string, double?> memberships) => $"and({string.Join(", ", Terms.Select(t => t.Applied(memberships)))})";

    /// <inheritdoc />
    public override string ToString() => $"and({string.Join(", ", Terms)})";
}

/// <summary>Fuzzy OR: the maximum of the terms with data.</summary>
/// <param name="Terms">The terms.</param>
public sealed record OrRule(ImmutableArray<CombinationRule> Terms) : CombinationRule
{
    /// <inheritdoc />
    public override IEnumerable<string> Indicators => Terms.SelectMany(t => t.Indicators);

    /// <inheritdoc />
    public override double? Evaluate(IReadOnlyDictionary<string, double?> memberships)
    {
        var values = Terms.Select(t => t.Evaluate(memberships)).OfType<double>().ToList();
        return values.Count == 0 ? null : values.Max();
    }

    /// <inheritdoc />
    public override string Applied(IReadOnlyDictionary<string, double?> memberships) => $"or({string.Join(", ", Terms.Select(t => t.Applied(memberships)))})";

    /// <inheritdoc />
    public override string ToString() => $"or({string.Join(", ", Terms)})";
}

/// <summary>A fallback: the first term that has data, so that primary evidence decides when it exists and secondary evidence only otherwise.</summary>
/// <param name="Terms">The terms, primary first.</param>
public sealed record FirstRule(ImmutableArray<CombinationRule> Terms) : CombinationRule
{
    /// <inheritdoc />
    public override IEnumerable<string> Indicators => Terms.SelectMany(t => t.Indicators);

    /// <inheritdoc />
    public override double? Evaluate(IReadOnlyDictionary<string, double?> memberships) =>
        Terms.Select(t => t.Evaluate(memberships)).FirstOrDefault(v => v is not null);

    /// <inheritdoc />
    public override string Applied(IReadOnlyDictionary<string, double?> memberships) => $"first({string.Join(", ", Terms.Select(t => t.Applied(memberships)))})";

    /// <inheritdoc />
    public override string ToString() => $"first({string.Join(", ", Terms)})";
}

/// <summary>A labelled compensatory index: the weighted mean of the terms with data (Elman's indexing; not a set operation).</summary>
/// <param name="Terms">The terms and their weights.</param>
public sealed record IndexRule(ImmutableArray<(CombinationRule Term, double Weight)> Terms) : CombinationRule
{
    /// <inheritdoc />
    public override IEnumerable<string> Indicators => Terms.SelectMany(t => t.Term.Indicators);

    /// <inheritdoc />
    public override double? Evaluate(IReadOnlyDictionary<string, double?> memberships)
    {
        double sum = 0, weights = 0;
        foreach (var (term, weight) in Terms)
        {
            if (term.Evaluate(memberships) is { } v)
            {
                sum += v * weight;
                weights += weight;
            }
        }

        return weights == 0 ? null : sum / weights;
    }

    /// <inheritdoc />
    public override string Applied(IReadOnlyDictionary<string, double?> memberships) =>
        $"index({string.Join(", ", Terms.Select(t => t.Weight == 1 ? t.Term.Applied(memberships) : $"{t.Term.Applied(memberships)}: {t.Weight.ToString("0.##", CultureInfo.InvariantCulture)}"))})";

    /// <inheritdoc />
    public override string ToString()
    {
        var sb = new StringBuilder("index(");
        sb.AppendJoin(", ", Terms.Select(t => t.Weight == 1 ? t.Term.ToString() : $"{t.Term}: {t.Weight.ToString("0.##", CultureInfo.InvariantCulture)}"));
        return sb.Append(')').ToString();
    }
}
