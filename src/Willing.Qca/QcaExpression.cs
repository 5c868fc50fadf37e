using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Willing.Core.Reading;
using Willing.Qca.Data;
using Willing.Typology.Sets;

namespace Willing.Qca;

/// <summary>
/// A Boolean expression over the columns of a <see cref="QcaData"/> table, in R's QCA notation (<c>A*~B + C</c>:
/// <c>*</c> AND, <c>+</c> OR, <c>~</c> NOT, parentheses), checked against the table's columns.
/// </summary>
/// <remarks>
/// Parsing and evaluation are Willing.Typology's <see cref="SetExpression"/>; this adds what QCA needs on top:
/// every set name checked against the data (a name that is no column is an error located to its character),
/// and the top-level terms of a sum of products, for each term's raw and unique coverage (QCA's <c>pof</c>).
/// </remarks>
public sealed partial class QcaExpression
{
    private readonly SetExpression _expression;
    private readonly ImmutableArray<SetExpression> _terms;

    private QcaExpression(string text, SetExpression expression, ImmutableArray<SetExpression> terms)
    {
        Text = text;
        _expression = expression;
        _terms = terms;
    }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    /// <summary>The top-level terms (the disjuncts of a sum of products), as written; one term when the expression is not a sum.</summary>
    public ImmutableArray<string> Terms => [.. _terms.Select(t => t.Text)];

    /// <summary>The set (column) names the expression uses.</summary>
    public ImmutableSortedSet<string> Sets => _expression.Sets;

    /// <summary>Parses an expression and checks that every set it names is a column of <paramref name="data"/>.</summary>
    /// <exception cref="QcaException">The text is not an expression, or names a column the data do not have; each error says where.</exception>
    public static QcaExpression Parse(string text, QcaData data)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(data);
        var parsed = ParseSyntax(text);
        var errors = new List<QcaError>();
        foreach (var name in parsed.Sets)
        {
            if (!data.HasColumn(name))
                errors.Add(data.UnknownColumn(name, text, PositionOf(text, name)));
        }

        if (errors.Count > 0)
            throw new QcaException(errors);
        var terms = SplitTerms(text).Select(t => ParseSyntax(t)).ToImmutableArray();
        return new QcaExpression(text, parsed, terms);
    }

    /// <summary>The expression's negation, <c>~(…)</c>.</summary>
    public QcaExpression Negate()
    {
        string text = $"~({Text})";
        var parsed = ParseSyntax(text);
        return new QcaExpression(text, parsed, [parsed]);
    }

    /// <summary>The membership of every case of <paramref name="data"/> in the expression; NaN for a case with a missing value in a set it uses.</summary>
    /// <exception cref="QcaException">A column the expression uses holds a value outside [0, 1] (it is not calibrated) or is not in the data.</exception>
    public ImmutableArray<double> Evaluate(QcaData data) => Evaluate(data, _expression);

    /// <summary>The membership of every case in each top-level term, in the order of <see cref="Terms"/>.</summary>
    public ImmutableArray<ImmutableArray<double>> EvaluateTerms(QcaData data) => [.. _terms.Select(t => Evaluate(data, t))];

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>Throws unless every value present of <paramref name="column"/> is a membership in [0, 1]; the error names the first case that is not.</summary>
    internal static void RequireMemberships(QcaData data, QcaColumn column, string? text = null)
    {
        for (int i = 0; i < column.Values.Length; i++)
        {
            double v = column.Values[i];
            if (v is < 0 or > 1)
            {
                throw new QcaException(new QcaError(
                    $"the column '{Echo.Quote(column.Name)}' holds {v.ToString("G6", CultureInfo.InvariantCulture)} for case '{Echo.Quote(data.Cases[i])}', not a set membership in [0, 1]: calibrate it first (e.g. {Echo.Quote(column.Name)}=direct:e,c,i)",
                    column.Name,
                    text,
                    text is null ? null : PositionOf(text, column.Name)));
            }
        }
    }

    private static ImmutableArray<double> Evaluate(QcaData data, SetExpression expression)
    {
        var columns = expression.Sets.Select(data.Column).ToList();
        foreach (var column in columns)
            RequireMemberships(data, column, expression.Text);
        var memberships = new Dictionary<string, double>(StringComparer.Ordinal);
        var result = new double[data.CaseCount];
        for (int i = 0; i < result.Length; i++)
        {
            bool missing = false;
            foreach (var column in columns)
            {
                double v = column.Values[i];
                missing |= double.IsNaN(v);
                memberships[column.Name] = v;
            }

            result[i] = missing ? double.NaN : expression.Evaluate(memberships);
        }

        return [.. result];
    }

    private static SetExpression ParseSyntax(string text)
    {
        try
        {
            return SetExpression.Parse(text);
        }
        catch (FormatException ex)
        {
            // SetExpression says where in its message ("… at character N of '…'"); take the place out of it.
            var match = WhereRegex().Match(ex.Message);
            int? at = match.Success && int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : null;
            string message = match.Success ? match.Groups[1].Value : ex.Message;
            throw new QcaException(new QcaError($"not an expression: {message}", null, text, at));
        }
    }

    /// <summary>The top-level disjuncts: the text split at each '+' outside parentheses, after taking off parentheses around the whole.</summary>
    private static List<string> SplitTerms(string text)
    {
        string body = text.Trim();
        while (body.Length >= 2 && body[0] == '(' && ClosingParenthesis(body, 0) == body.Length - 1)
            body = body[1..^1].Trim();
        var terms = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < body.Length; i++)
        {
            switch (body[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '+' when depth == 0:
                    terms.Add(body[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }

        terms.Add(body[start..].Trim());
        return terms;
    }

    private static int ClosingParenthesis(string text, int open)
    {
        int depth = 0;
        for (int i = open; i < text.Length; i++)
        {
            if (text[i] == '(')
                depth++;
            else if (text[i] == ')' && --depth == 0)
                return i;
        }

        return -1;
    }

    /// <summary>The 1-based character where <paramref name="name"/> first appears as a whole set name in <paramref name="text"/>.</summary>
    internal static int? PositionOf(string text, string name)
    {
        // The characters of a set name, as SetExpression reads one.
        static bool NameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';
        for (int i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            bool starts = i == 0 || !NameChar(text[i - 1]);
            bool ends = i + name.Length == text.Length || !NameChar(text[i + name.Length]);
            if (starts && ends)
                return i + 1;
        }

        return null;
    }

    [GeneratedRegex(@"^(.*) at character (\d+) of '.*'$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex WhereRegex();
}
