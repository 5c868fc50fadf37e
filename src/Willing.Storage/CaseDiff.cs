using System.Text;
using YamlDotNet.RepresentationModel;

namespace Willing.Storage;

/// <summary>Which fields changed between two case-file texts, found by comparing their YAML trees.</summary>
/// <remarks>
/// The comparison is of values, not of text: key order, quoting and comments do not count. It goes
/// two levels deep, which is what a history needs to say where an edit was (the full difference is
/// the two texts, both kept): the top-level keys, the keys of a top-level mapping, and the items of a
/// top-level list that name themselves by <c>id</c> or <c>actor</c>.
/// </remarks>
public static class CaseDiff
{
    private static readonly string[] ItemKeys = ["id", "actor"];

    /// <summary>The changes from <paramref name="before"/> (null for a new case: every field is added) to <paramref name="after"/>, in the order of the fields.</summary>
    /// <param name="before">The earlier case-file text, or null.</param>
    /// <param name="after">The later case-file text.</param>
    public static IReadOnlyList<FieldChange> Compare(string? before, string after)
    {
        var a = before is null ? [] : TopLevel(before);
        var b = TopLevel(after);
        var changes = new List<FieldChange>();
        foreach (var (key, value) in b)
        {
            if (!a.TryGetValue(key, out var old))
                changes.Add(new FieldChange(key, FieldChangeKind.Added));
            else
                CompareValue(key, old, value, changes);
        }

        changes.AddRange(a.Keys.Where(k => !b.ContainsKey(k)).Select(k => new FieldChange(k, FieldChangeKind.Removed)));
        return changes;
    }

    private static void CompareValue(string key, YamlNode old, YamlNode value, List<FieldChange> changes)
    {
        if (Canonical(old) == Canonical(value))
            return;
        if (old is YamlMappingNode oldMap && value is YamlMappingNode newMap)
        {
            var x = Entries(oldMap);
            var y = Entries(newMap);
            CompareEntries(key + ".", x, y, changes);
        }
        else if (old is YamlSequenceNode oldSeq && value is YamlSequenceNode newSeq && Items(oldSeq) is { } x && Items(newSeq) is { } y)
        {
            CompareEntries(key, x, y, changes, bracket: true);
        }
        else
        {
            changes.Add(new FieldChange(key, FieldChangeKind.Changed));
        }
    }

    private static void CompareEntries(string prefix, Dictionary<string, YamlNode> x, Dictionary<string, YamlNode> y, List<FieldChange> changes, bool bracket = false)
    {
        string Name(string k) => bracket ? prefix + "[" + k + "]" : prefix + k;
        foreach (var (k, v) in y)
        {
            if (!x.TryGetValue(k, out var o))
                changes.Add(new FieldChange(Name(k), FieldChangeKind.Added));
            else if (Canonical(o) != Canonical(v))
                changes.Add(new FieldChange(Name(k), FieldChangeKind.Changed));
        }

        changes.AddRange(x.Keys.Where(k => !y.ContainsKey(k)).Select(k => new FieldChange(Name(k), FieldChangeKind.Removed)));
    }

    private static Dictionary<string, YamlNode> TopLevel(string text)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(text))
            stream.Load(reader);
        return stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map ? [] : Entries(map);
    }

    private static Dictionary<string, YamlNode> Entries(YamlMappingNode map)
    {
        var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
            entries[k is YamlScalarNode { Value: { } name } ? name : Canonical(k)] = v;
        return entries;
    }

    /// <summary>The items of a list keyed by their id (or actor), when every item has a distinct one; otherwise null.</summary>
    private static Dictionary<string, YamlNode>? Items(YamlSequenceNode sequence)
    {
        foreach (string itemKey in ItemKeys)
        {
            var items = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            bool all = true;
            foreach (var item in sequence.Children)
            {
                if (item is not YamlMappingNode m || !m.Children.TryGetValue(new YamlScalarNode(itemKey), out var id) || id is not YamlScalarNode { Value: { } s } || !items.TryAdd(s, item))
                {
                    all = false;
                    break;
                }
            }

            if (all)
                return items;
        }

        return null;
    }

    private static string Canonical(YamlNode node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString();
    }

    private static void Write(YamlNode node, StringBuilder text)
    {
        switch (node)
        {
            case YamlScalarNode s:
                text.Append('"').Append((s.Value ?? string.Empty).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case YamlSequenceNode q:
                text.Append('[');
                foreach (var c in q.Children)
                {
                    Write(c, text);
                    text.Append(',');
                }

                text.Append(']');
                break;
            case YamlMappingNode m:
                // Key order does not count.
                text.Append('{');
                foreach (var (k, v) in m.Children.Select(p => (Canonical(p.Key), Canonical(p.Value))).Order())
                    text.Append(k).Append(':').Append(v).Append(',');
                text.Append('}');
                break;
            default:
                text.Append('*');
                break;
        }
    }
}
