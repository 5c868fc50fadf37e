using System.Collections.Immutable;

namespace Willing.Typology.Sets;

/// <summary>
/// A Boolean expression over named fuzzy sets in the notation of R's QCA package: <c>A*~B + C</c>,
/// where <c>*</c> is AND (minimum), <c>+</c> is OR (maximum), <c>~</c> is NOT (1 − μ), with parentheses.
/// </summary>
public sealed class SetExpression
{
    private readonly Node _root;

    private SetExpression(string text, Node root)
    {
        Text = text;
        _root = root;
    }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    /// <summary>The set names the expression uses.</summary>
    public ImmutableSortedSet<string> Sets => [.. _root.Names()];

    /// <summary>Parses an expression.</summary>
    /// <exception cref="FormatException">The text is not an expression; the message says where.</exception>
    public static SetExpression Parse(string text)
    {
        var parser = new Parser(text);
        var root = parser.ParseSum();
        parser.End();
        return new SetExpression(text, root);
    }

    /// <summary>The membership of one case, given its membership in each named set.</summary>
    /// <exception cref="KeyNotFoundException">A set the expression names has no value for the case.</exception>
    public double Evaluate(IReadOnlyDictionary<string, double> memberships) => _root.Evaluate(memberships);

    /// <inheritdoc />
    public override string ToString() => Text;

    private abstract record Node
    {
        public abstract double Evaluate(IReadOnlyDictionary<string, double> m);

        public abstract IEnumerable<string> Names();
    }

    private sealed record SetNode(string Name) : Node
    {
        public override double Evaluate(IReadOnlyDictionary<string, double> m) =>
            m.TryGetValue(Name, out double v) ? v : throw new KeyNotFoundException($"no membership in '{Name}'");

        public override IEnumerable<string> Names() => [Name];
    }

    private sealed record NotNode(Node Inner) : Node
    {
        public override double Evaluate(IReadOnlyDictionary<string, double> m) => FuzzySet.Not(Inner.Evaluate(m));

        public override IEnumerable<string> Names() => Inner.Names();
    }

    private sealed record AndNode(ImmutableArray<Node> Terms) : Node
    {
        public override double Evaluate(IReadOnlyDictionary<string, double> m) => Terms.Min(t => t.Evaluate(m));

        public override IEnumerable<string> Names() => Terms.SelectMany(t => t.Names());
    }

    private sealed record OrNode(ImmutableArray<Node> Terms) : Node
    {
        public override double Evaluate(IReadOnlyDictionary<string, double> m) => Terms.Max(t => t.Evaluate(m));

        public override IEnumerable<string> Names() => Terms.SelectMany(t => t.Names());
    }

    /// <summary>The deepest nesting of '~' and parentheses an expression may have.</summary>
    public const int MaxDepth = 64;

    private sealed class Parser(string text)
    {
        private int _pos;
        private int _depth;

        public Node ParseSum()
        {
            var terms = new List<Node> { ParseProduct() };
            while (Accept('+'))
                terms.Add(ParseProduct());
            return terms.Count == 1 ? terms[0] : new OrNode([.. terms]);
        }

        public void End()
        {
            Skip();
            if (_pos != text.Length)
                throw Error($"unexpected '{Willing.Core.Reading.Echo.Quote(text[_pos].ToString())}'");
        }

        private Node ParseProduct()
        {
            var terms = new List<Node> { ParseFactor() };
            while (Accept('*'))
                terms.Add(ParseFactor());
            return terms.Count == 1 ? terms[0] : new AndNode([.. terms]);
        }

        private Node ParseFactor()
        {
            if (++_depth > MaxDepth)
                throw Error($"the expression nests '~' and parentheses more than {MaxDepth} deep");
            try
            {
                return ParseInnerFactor();
            }
            finally
            {
                _depth--;
            }
        }

        private Node ParseInnerFactor()
        {
            if (Accept('~'))
                return new NotNode(ParseFactor());
            if (Accept('('))
            {
                var inner = ParseSum();
                if (!Accept(')'))
                    throw Error("expected ')'");
                return inner;
            }

            Skip();
            int start = _pos;
            while (_pos < text.Length && (char.IsAsciiLetterOrDigit(text[_pos]) || text[_pos] is '_' or '-' or '.'))
                _pos++;
            if (_pos == start)
                throw Error("expected a set name, '~' or '('");
            return new SetNode(text[start.._pos]);
        }

        private bool Accept(char c)
        {
            Skip();
            if (_pos < text.Length && text[_pos] == c)
            {
                _pos++;
                return true;
            }

            return false;
        }

        private void Skip()
        {
            while (_pos < text.Length && char.IsWhiteSpace(text[_pos]))
                _pos++;
        }

        private FormatException Error(string message) => new($"{message} at character {_pos + 1} of '{Willing.Core.Reading.Echo.Quote(text, 80)}'");
    }
}
