using System.Globalization;
using Willing.Core.Model;
using Willing.Core.Reading.Yaml;

namespace Willing.Core.Reading;

/// <summary>
/// The keys of one YAML mapping, checked against the keys a fact allows, with typed accessors
/// that report every problem (missing, unknown, wrong type, bad value) to <see cref="InputDiagnostics"/>
/// and carry on, so that one pass finds every error in a file.
/// </summary>
public sealed class YamlFields
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly InputDiagnostics _diagnostics;

    private YamlFields(YamlMappingNode node, string path, InputDiagnostics diagnostics, IReadOnlyCollection<string> allowed)
    {
        Node = node;
        Path = path;
        _diagnostics = diagnostics;
        foreach (var (keyNode, value) in node.Children)
        {
            if (keyNode is not YamlScalarNode { IsNull: false, Value: { Length: > 0 } key } scalarKey)
            {
                string what = keyNode is YamlScalarNode ? "an empty key" : $"a key that is {Describe(keyNode)}";
                diagnostics.Add(keyNode, path, $"{what}: every key must be one of {string.Join(", ", allowed)}");
                continue;
            }

            if (!allowed.Contains(key))
            {
                if (key == "<<")
                {
                    diagnostics.Add(keyNode, path, "merge keys ('<<: *anchor') are not supported: write the keys out in full");
                    continue;
                }

                string hint = diagnostics.Suggest(key, allowed) is { } near ? $"; did you mean '{near}'?" : $"; allowed keys: {string.Join(", ", allowed)}";
                diagnostics.Add(keyNode, Child(path, Echo.Quote(key, diagnostics.Limits.MaxEchoLength)), $"unknown key '{Echo.Quote(key, diagnostics.Limits.MaxEchoLength)}'{hint}");
                continue;
            }

            _entries[key] = (scalarKey, value);
        }
    }

    /// <summary>The mapping.</summary>
    public YamlMappingNode Node { get; }

    /// <summary>The mapping's field path, e.g. <c>memberships[3]</c>.</summary>
    public string Path { get; }

    /// <summary>Opens a mapping node, or reports that the node is not one and returns null.</summary>
    public static YamlFields? Open(YamlNode node, string path, InputDiagnostics diagnostics, IReadOnlyCollection<string> allowed)
    {
        if (node is YamlMappingNode map)
            return new YamlFields(map, path, diagnostics, allowed);
        diagnostics.Add(node, path, $"expected a mapping (key: value lines) but found {Describe(node)}");
        return null;
    }

    /// <summary>The path of a key below a path.</summary>
    public static string Child(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    /// <summary>The path of a list item below a path.</summary>
    public static string Item(string path, int index) => $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>A node in words, for error messages.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s when IsNull(s) => "nothing (null)",
        YamlScalarNode { Value.Length: 0 } => "an empty text",
        YamlScalarNode s => $"the text '{Echo.Quote(s.Value)}'",
        _ => "an unknown node",
    };

    /// <summary>True when the key is present and not null.</summary>
    public bool Has(string key) => _entries.TryGetValue(key, out var e) && !(e.Value is YamlScalarNode s && IsNull(s));

    /// <summary>The value node of a key that is present and not null.</summary>
    public YamlNode? Get(string key, bool required = false)
    {
        if (_entries.TryGetValue(key, out var e) && !(e.Value is YamlScalarNode s && IsNull(s)))
            return e.Value;
        if (required)
            _diagnostics.Add(_entries.TryGetValue(key, out var present) ? present.Value : Node, Child(Path, key), $"missing required field '{key}'");
        return null;
    }

    /// <summary>A text value; reports a missing required key or a non-text node.</summary>
    public string? Text(string key, bool required = false)
    {
        var node = Get(key, required);
        if (node is null)
            return null;
        if (node is YamlScalarNode scalar)
        {
            string value = scalar.Value ?? string.Empty;
            if (required && string.IsNullOrWhiteSpace(value))
            {
                _diagnostics.Add(node, Child(Path, key), $"'{key}' must not be empty");
                return null;
            }

            return value;
        }

        _diagnostics.Add(node, Child(Path, key), $"expected text but found {Describe(node)}");
        return null;
    }

    /// <summary>A partial date; reports a bad or impossible date.</summary>
    public PartialDate? Date(string key, bool required = false)
    {
        string? text = Text(key, required);
        if (text is null)
            return null;
        if (PartialDate.TryParse(text, out var date, out var error))
            return date;
        _diagnostics.Add(Get(key)!, Child(Path, key), error);
        return null;
    }

    /// <summary>An enum value spelled in kebab case; reports an unknown value with the nearest valid one.</summary>
    public TEnum? Enum<TEnum>(string key, bool required = false)
        where TEnum : struct, System.Enum
    {
        string? text = Text(key, required);
        if (text is null)
            return null;
        return ParseEnum<TEnum>(Get(key)!, Child(Path, key), text, KebabCase.FromPascal(typeof(TEnum).Name).Replace('-', ' '));
    }

    /// <summary>Parses a kebab-case enum value found at a node.</summary>
    public TEnum? ParseEnum<TEnum>(YamlNode node, string path, string text, string what)
        where TEnum : struct, System.Enum
    {
        if (KebabCase.TryParse<TEnum>(text, out var value))
            return value;
        var names = KebabCase.Names<TEnum>();
        string hint = Suggest(text, names) is { } near ? $"did you mean '{near}'?" : $"one of: {string.Join(", ", names)}";
        _diagnostics.Add(node, path, $"'{Shorten(text)}' is not a valid {what}; {hint}");
        return null;
    }

    /// <summary>A decimal number; reports text that is not one, and negative numbers unless allowed.</summary>
    public decimal? Number(string key, bool required = false, bool allowNegative = false)
    {
        string? text = Text(key, required);
        if (text is null)
            return null;
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
        {
            bool looksNumeric = text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '+' or 'e' or 'E') && text.Any(char.IsAsciiDigit);
            string problem = looksNumeric ? "is not a number Willing can hold (too large or too precise)" : "is not a number (write digits only, e.g. 26500)";
            _diagnostics.Add(Get(key)!, Child(Path, key), $"'{Shorten(text)}' {problem}");
            return null;
        }

        if (!allowNegative && value < 0)
        {
            _diagnostics.Add(Get(key)!, Child(Path, key), $"'{key}' must not be negative");
            return null;
        }

        return value;
    }

    /// <summary>A whole number of zero or more.</summary>
    public int? Integer(string key, bool required = false)
    {
        string? text = Text(key, required);
        if (text is null)
            return null;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            string problem = text.Length > 0 && text.All(char.IsAsciiDigit)
                ? $"is too large (at most {int.MaxValue.ToString(CultureInfo.InvariantCulture)})"
                : text.StartsWith('-') && text.Length > 1 && text[1..].All(char.IsAsciiDigit) ? "is negative; write zero or more" : "is not a whole number (write digits only, e.g. 120)";
            _diagnostics.Add(Get(key)!, Child(Path, key), $"'{Shorten(text)}' {problem}");
            return null;
        }

        return value;
    }

    /// <summary>true or false.</summary>
    public bool? Bool(string key)
    {
        string? text = Text(key);
        if (text is null)
            return null;
        switch (text.ToLowerInvariant())
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                _diagnostics.Add(Get(key)!, Child(Path, key), $"'{Shorten(text)}' is not true or false");
                return null;
        }
    }

    /// <summary>The items of a list (a single item written without brackets counts as a list of one when <paramref name="allowSingle"/>).</summary>
    public IReadOnlyList<(YamlNode Node, string Path)> Items(string key, bool required = false, bool allowSingle = false)
    {
        var node = Get(key, required);
        string path = Child(Path, key);
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode seq:
                return seq.Children.Select((n, i) => (n, Item(path, i))).ToList();
            case YamlScalarNode when allowSingle:
                return [(node, Item(path, 0))];
            default:
                _diagnostics.Add(node, path, $"expected a list but found {Describe(node)}");
                return [];
        }
    }

    /// <summary>Reads a list of plain text items, reporting any item that is not text.</summary>
    public IReadOnlyList<(YamlScalarNode Node, string Path, string Value)> TextItems(string key, bool required = false, bool allowSingle = false)
    {
        var result = new List<(YamlScalarNode, string, string)>();
        foreach (var (node, path) in Items(key, required, allowSingle))
        {
            if (node is YamlScalarNode { Value: { Length: > 0 } value } scalar && !IsNull(scalar))
                result.Add((scalar, path, value));
            else if (node is YamlScalarNode { Value.Length: 0 } && !IsNull((YamlScalarNode)node))
                _diagnostics.Add(node, path, "expected text but found an empty text ('')");
            else
                _diagnostics.Add(node, path, $"expected text but found {Describe(node)}");
        }

        return result;
    }

    /// <summary>True for a scalar YAML reads as null (plain empty, ~ or null, or tagged !!null).</summary>
    public static bool IsNull(YamlScalarNode node) => node.IsNull;

    private string Shorten(string? text) => Echo.Quote(text, _diagnostics.Limits.MaxEchoLength);

    /// <summary>The nearest allowed word within two edits, for 'did you mean' hints (within the file's limits).</summary>
    public string? Suggest(string word, IEnumerable<string> candidates) => _diagnostics.Suggest(word, candidates);
}
