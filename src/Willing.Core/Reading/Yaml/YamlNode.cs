namespace Willing.Core.Reading.Yaml;

/// <summary>A line and column as editors count them (both 1-based; see <see cref="InputText"/>).</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column, in code points.</param>
public readonly record struct YamlPosition(int Line, int Column)
{
    /// <summary>The start of a file.</summary>
    public static YamlPosition FileStart { get; } = new(1, 1);
}

/// <summary>A node of a YAML document as Willing reads it: a scalar, a list or a mapping, with the position where it starts.</summary>
/// <remarks>
/// Willing builds its own tree from YamlDotNet's event stream (see <see cref="YamlLoader"/>)
/// instead of using YamlDotNet's representation model, so that nesting, aliases, duplicate keys
/// and tags are checked as the tree is built, every node an alias expands to is placed at the alias,
/// and no key is ever hashed by its content.
/// </remarks>
public abstract class YamlNode
{
    private protected YamlNode(YamlPosition start) => Start = start;

    /// <summary>Where the node starts.</summary>
    public YamlPosition Start { get; }

    /// <summary>A copy placed at another position, with every node below it placed there too (for an alias).</summary>
    internal abstract YamlNode CopyAt(YamlPosition position);

    /// <summary>How many nodes this node and those below it are.</summary>
    internal abstract int Size { get; }
}

/// <summary>A scalar: a piece of text, quoted or plain.</summary>
public sealed class YamlScalarNode : YamlNode
{
    /// <summary>A scalar.</summary>
    /// <param name="value">Its text.</param>
    /// <param name="start">Where it starts.</param>
    /// <param name="isNull">True when YAML reads it as null: plain and empty, <c>~</c> or <c>null</c>, or tagged <c>!!null</c>.</param>
    public YamlScalarNode(string value, YamlPosition start, bool isNull = false)
        : base(start)
    {
        Value = value;
        IsNull = isNull;
    }

    /// <summary>The text.</summary>
    public string Value { get; }

    /// <summary>True when YAML reads the scalar as null.</summary>
    public bool IsNull { get; }

    internal override int Size => 1;

    internal override YamlNode CopyAt(YamlPosition position) => new YamlScalarNode(Value, position, IsNull);
}

/// <summary>A list.</summary>
public sealed class YamlSequenceNode : YamlNode
{
    /// <summary>A list of nodes.</summary>
    public YamlSequenceNode(IReadOnlyList<YamlNode> children, YamlPosition start)
        : base(start)
    {
        Children = children;
        Size = 1 + children.Sum(c => c.Size);
    }

    /// <summary>The items, in order.</summary>
    public IReadOnlyList<YamlNode> Children { get; }

    internal override int Size { get; }

    internal override YamlNode CopyAt(YamlPosition position) => new YamlSequenceNode([.. Children.Select(c => c.CopyAt(position))], position);
}

/// <summary>A mapping, its keys unique (a duplicate is reported when the file is loaded and left out).</summary>
public sealed class YamlMappingNode : YamlNode
{
    /// <summary>A mapping of keys to values, in file order.</summary>
    public YamlMappingNode(IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> children, YamlPosition start)
        : base(start)
    {
        Children = children;
        Size = 1 + children.Sum(c => c.Key.Size + c.Value.Size);
    }

    /// <summary>The entries, in file order.</summary>
    public IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Children { get; }

    internal override int Size { get; }

    /// <summary>The value of a text key, if the mapping has it.</summary>
    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out YamlNode? value)
    {
        foreach (var (k, v) in Children)
        {
            if (k is YamlScalarNode s && string.Equals(s.Value, key, StringComparison.Ordinal))
            {
                value = v;
                return true;
            }
        }

        value = null;
        return false;
    }

    internal override YamlNode CopyAt(YamlPosition position) =>
        new YamlMappingNode([.. Children.Select(c => new KeyValuePair<YamlNode, YamlNode>(c.Key.CopyAt(position), c.Value.CopyAt(position)))], position);
}
