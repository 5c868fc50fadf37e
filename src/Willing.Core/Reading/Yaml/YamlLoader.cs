using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Willing.Core.Reading.Yaml;

/// <summary>
/// Loads one YAML document into Willing's node tree from YamlDotNet's event stream, within the
/// limits of <see cref="InputLimits"/>, turning every failure into a located error.
/// </summary>
/// <remarks>
/// YamlDotNet's scanner and parser are iterative; its representation model is not (deep nesting
/// overflowed the stack) and it hashes complex keys by content (a self-referencing key looped,
/// alias bombs took seconds). So the tree is built here:
/// <list type="bullet">
/// <item>nesting deeper than <see cref="InputLimits.MaxDepth"/> stops the load with one error;</item>
/// <item>an alias is expanded into a copy placed at the alias (so errors point where the alias
/// is used); alias uses and the nodes they expand to are counted against the limits, and an alias
/// inside its own anchor is an error;</item>
/// <item>keys are compared by their text only, whatever their tags or quoting, and a second key
/// with the same text is an error;</item>
/// <item>tags other than YAML's core ones are errors; so are control, bidirectional-override and
/// unpaired surrogate characters in any text;</item>
/// <item>every exception the library throws becomes an error at the position it stopped at.</item>
/// </list>
/// </remarks>
public sealed partial class YamlLoader
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";
    private static readonly string[] ScalarTags = ["str", "int", "float", "bool", "null", "timestamp"];

    private readonly InputText _text;
    private readonly InputDiagnostics _d;
    private readonly InputLimits _limits;
    private readonly Stack<Frame> _stack = new();
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _openAnchors = new(StringComparer.Ordinal);
    private YamlNode? _root;
    private int _nodes;
    private int _aliases;
    private int _aliasNodes;

    private YamlLoader(InputText text, InputDiagnostics diagnostics)
    {
        _text = text;
        _d = diagnostics;
        _limits = diagnostics.Limits;
    }

    /// <summary>
    /// Loads the first document of <paramref name="text"/>. Returns its root, or null when the
    /// file holds no document or the YAML itself is broken (then the error is in <paramref name="diagnostics"/>).
    /// A second document is reported and not read.
    /// </summary>
    public static YamlNode? Load(InputText text, InputDiagnostics diagnostics) => new YamlLoader(text, diagnostics).Run();

    /// <summary>
    /// The checks every YAML input shares: odd line breaks and NUL bytes, an empty file, then the
    /// document itself. Returns the root node, or null when nothing can be read (the reason is in
    /// <paramref name="diagnostics"/>).
    /// </summary>
    public static YamlNode? LoadDocument(InputText text, InputDiagnostics diagnostics, string emptyMessage)
    {
        text.CheckLineBreaks((offset, message) =>
        {
            var (line, column) = text.Position(offset);
            diagnostics.Add(new YamlPosition(line, column), string.Empty, message);
        });
        if (text.ContainsNul)
            return null;
        if (string.IsNullOrWhiteSpace(text.Text) || IsOnlyComments(text.Text))
        {
            diagnostics.Add(YamlPosition.FileStart, string.Empty, emptyMessage);
            return null;
        }

        var root = Load(text, diagnostics);
        if (root is null && !diagnostics.HasErrors)
            diagnostics.Add(YamlPosition.FileStart, string.Empty, emptyMessage);
        return root;
    }

    private static bool IsOnlyComments(string text) =>
        text.Split('\n').All(line => line.TrimStart().Length == 0 || line.TrimStart().StartsWith('#') || line.Trim() is "---" or "...");

    private YamlNode? Run()
    {
        var scanner = new Scanner(new StringReader(_text.Text), skipComments: true);
        var parser = new Parser(scanner);
        Mark last = Mark.Empty;
        int documents = 0;
        bool firstDocumentEmpty = false;
        try
        {
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                last = ev.End;
                switch (ev)
                {
                    case DocumentStart start:
                        documents++;
                        if (documents > 1)
                        {
                            string message = firstDocumentEmpty
                                ? "the file's first YAML document is empty: remove the '...' or '---' line before the content"
                                : "a case file holds one YAML document: put each coalition in its own file (this '---' starts a second)";
                            _d.Add(At(start.Start), string.Empty, message);
                            return firstDocumentEmpty ? null : _root;
                        }

                        break;
                    case DocumentEnd:
                        firstDocumentEmpty = _root is YamlScalarNode { IsNull: true, Value.Length: 0 };
                        break;
                    case Scalar scalar:
                        if (!Count(scalar))
                            return null;
                        Attach(ReadScalar(scalar));
                        break;
                    case SequenceStart seq:
                        if (!Open(seq, FrameKind.Sequence))
                            return null;
                        break;
                    case MappingStart map:
                        if (!Open(map, FrameKind.Mapping))
                            return null;
                        break;
                    case SequenceEnd or MappingEnd:
                        Close();
                        break;
                    case AnchorAlias alias:
                        if (!Alias(alias))
                            return null;
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            // Some of the library's errors carry no position (index 0 at line 1): then the scanner's is used.
            var mark = ex.Start.Index > 0 || ex.Start.Line > 1 ? ex.Start : scanner.CurrentPosition.Index > 0 ? scanner.CurrentPosition : last;
            _d.Add(At(mark), string.Empty, $"not valid YAML: {CleanMessage(ex.Message)}");
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The library's own failures on odd input (a \U escape above 7FFFFFFF overflows, a reversed
            // surrogate pair throws, a flow list continued on an unindented line or a leading '...' leaves
            // the parser in a bad state): reported where the scanner stopped, never passed on.
            string what = ex is OverflowException or ArgumentException
                ? "an escape sequence here does not name a valid Unicode character (write \\uXXXX or \\UXXXXXXXX up to 0010FFFF, surrogates in pairs)"
                : StartsWithDocumentEnd(_text.Text)
                    ? "the file starts with a document-end marker '...': remove it"
                    : "the YAML parser lost its place here: check this line's indentation, and that a '[' or '{' list continued on later lines is indented under its key and closed";
            var mark = StartsWithDocumentEnd(_text.Text) ? Mark.Empty : scanner.CurrentPosition;
            _d.Add(At(mark), string.Empty, $"not valid YAML: {what}");
            return null;
        }

        return _root;
    }

    private static bool StartsWithDocumentEnd(string text) =>
        text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#')) is { } first
        && (first == "..." || first.StartsWith("... ", StringComparison.Ordinal));

    // The field path of the node about to be attached, for errors the loader itself finds.
    private string PathHere(string? keyText = null)
    {
        if (_stack.Count == 0)
            return string.Empty;
        var frame = _stack.Peek();
        if (frame.Kind == FrameKind.Sequence)
            return YamlFields.Item(frame.Path, frame.Items.Count);
        if (frame.PendingKey is YamlScalarNode { Value: var key })
            return YamlFields.Child(frame.Path, Echo.Quote(key));
        return keyText is null ? frame.Path : YamlFields.Child(frame.Path, Echo.Quote(keyText));
    }

    private YamlScalarNode ReadScalar(Scalar scalar)
    {
        var position = At(scalar.Start);
        string path = PathHere(scalar.Value);
        string? tag = TagOf(scalar);
        if (tag is not null && !ScalarTags.Contains(tag))
            _d.Add(position, path, $"the tag '!!{Echo.Quote(tag)}' does not fit a text value");
        CheckText(scalar.Value, position, path);
        bool plain = scalar.Style == ScalarStyle.Plain;
        bool isNull = tag == "null" || (tag is null && plain && !scalar.Tag.IsNonSpecific && scalar.Value is "" or "~" or "null" or "Null" or "NULL");
        var node = new YamlScalarNode(scalar.Value, position, isNull);
        if (!scalar.Anchor.IsEmpty)
            _anchors[scalar.Anchor.Value] = node;
        return node;
    }

    private bool Open(NodeEvent ev, FrameKind kind)
    {
        if (!Count(ev))
            return false;
        var position = At(ev.Start);
        string path = PathHere();
        if (_stack.Count + 1 > _limits.MaxDepth)
        {
            _d.Add(position, string.Empty, $"the file nests lists and mappings more than {_limits.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels deep, the limit for one input file");
            return false;
        }

        string? tag = TagOf(ev);
        string expected = kind == FrameKind.Sequence ? "seq" : "map";
        if (tag is not null && tag != expected)
            _d.Add(position, path, $"the tag '!!{Echo.Quote(tag)}' does not fit a {(kind == FrameKind.Sequence ? "list" : "mapping")}");
        string? anchor = ev.Anchor.IsEmpty ? null : ev.Anchor.Value;
        if (anchor is not null)
            _openAnchors.Add(anchor);
        _stack.Push(new Frame(kind, position, anchor, path));
        return true;
    }

    private void Close()
    {
        var frame = _stack.Peek();
        if (frame.PendingKey is { } dangling)
        {
            // YamlDotNet drops the value of an entry with an empty key ('- : leader') and ends the mapping.
            string message = dangling is YamlScalarNode { Value.Length: 0 }
                ? "an empty key (nothing before the ':'): write the key before the colon"
                : "a key without a value";
            _d.Add(dangling, frame.Path, message);
            frame.PendingKey = null;
        }

        _stack.Pop();
        YamlNode node = frame.Kind == FrameKind.Sequence
            ? new YamlSequenceNode(frame.Items, frame.Start)
            : new YamlMappingNode(frame.Entries, frame.Start);
        if (frame.Anchor is not null)
        {
            _openAnchors.Remove(frame.Anchor);
            _anchors[frame.Anchor] = node;
        }

        Attach(node);
    }

    private bool Alias(AnchorAlias alias)
    {
        var position = At(alias.Start);
        string name = alias.Value.Value;
        if (++_aliases > _limits.MaxAliases)
        {
            _d.Add(position, string.Empty, $"the file uses more than {_limits.MaxAliases.ToString(CultureInfo.InvariantCulture)} aliases, the limit for one input file");
            return false;
        }

        if (_openAnchors.Contains(name))
        {
            _d.Add(position, string.Empty, $"the alias '*{Echo.Quote(name)}' is inside the node it refers to, which would make it endless");
            Attach(new YamlScalarNode(string.Empty, position, isNull: true));
            return true;
        }

        if (!_anchors.TryGetValue(name, out var target))
        {
            _d.Add(position, string.Empty, $"the alias '*{Echo.Quote(name)}' refers to no anchor: define '&{Echo.Quote(name)}' before it");
            Attach(new YamlScalarNode(string.Empty, position, isNull: true));
            return true;
        }

        _aliasNodes += target.Size;
        _nodes += target.Size;
        if (_aliasNodes > _limits.MaxAliasNodes || _nodes > _limits.MaxNodes)
        {
            _d.Add(position, string.Empty, $"the aliases expand to more than {_limits.MaxAliasNodes.ToString(CultureInfo.InvariantCulture)} nodes, the limit for one input file");
            return false;
        }

        Attach(target.CopyAt(position));
        return true;
    }

    private void Attach(YamlNode node)
    {
        if (_stack.Count == 0)
        {
            _root ??= node;
            return;
        }

        var frame = _stack.Peek();
        if (frame.Kind == FrameKind.Sequence)
        {
            frame.Items.Add(node);
            return;
        }

        if (frame.PendingKey is null)
        {
            frame.PendingKey = node;
            return;
        }

        var key = frame.PendingKey;
        frame.PendingKey = null;
        if (key is YamlScalarNode { Value: var text })
        {
            if (frame.KeysSeen.TryGetValue(text, out var first))
            {
                string where = string.Create(CultureInfo.InvariantCulture, $"line {first.Line}, column {first.Column}");
                _d.Add(key, YamlFields.Child(frame.Path, Echo.Quote(text)), $"the key '{Echo.Quote(text)}' appears twice in this mapping (first at {where}); keep one");
                return;
            }

            frame.KeysSeen[text] = key.Start;
        }

        frame.Entries.Add(new KeyValuePair<YamlNode, YamlNode>(key, node));
    }

    private bool Count(ParsingEvent ev)
    {
        if (++_nodes <= _limits.MaxNodes)
            return true;
        _d.Add(At(ev.Start), string.Empty, $"the file has more than {_limits.MaxNodes.ToString(CultureInfo.InvariantCulture)} YAML values, the limit for one input file");
        return false;
    }

    private string? TagOf(NodeEvent ev)
    {
        if (ev.Tag.IsEmpty || ev.Tag.IsNonSpecific)
            return null;
        string tag = ev.Tag.Value;
        if (tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal))
            return tag[CoreTagPrefix.Length..];
        _d.Add(At(ev.Start), string.Empty, $"the tag '{Echo.Quote(tag)}' is not supported: write plain YAML values without tags");
        return null;
    }

    private void CheckText(string value, YamlPosition position, string path)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            bool bad = c is (< ' ' and not '\t' and not '\n') or (>= '\u007F' and <= '\u009F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u2028' or '\u2029' || char.IsSurrogate(c);
            if (bad)
            {
                _d.Add(position, path, $"the text contains {Echo.Describe(c)}, which is not allowed in a case file's text: remove it");
                return;
            }
        }
    }

    private YamlPosition At(Mark mark)
    {
        var (line, column) = _text.Position(mark.Index);
        return new YamlPosition(line, column);
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();

    private static string CleanMessage(string raw)
    {
        string message = MarkPrefix().Replace(raw, string.Empty).Trim().Replace("does not exists", "does not exist", StringComparison.Ordinal);
        return message.Length == 0 ? "the YAML parser could not read it" : char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.');
    }

    private enum FrameKind
    {
        Sequence,
        Mapping,
    }

    private sealed class Frame(FrameKind kind, YamlPosition start, string? anchor, string path)
    {
        public string Path { get; } = path;

        public FrameKind Kind { get; } = kind;

        public YamlPosition Start { get; } = start;

        public string? Anchor { get; } = anchor;

        public List<YamlNode> Items { get; } = [];

        public List<KeyValuePair<YamlNode, YamlNode>> Entries { get; } = [];

        public Dictionary<string, YamlPosition> KeysSeen { get; } = new(StringComparer.Ordinal);

        public YamlNode? PendingKey { get; set; }
    }
}
