using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Willing.Core.Reading.Yaml;

/// <summary>
/// Keeps the node trees of the YAML files built into Willing (the case base, the codebook) in the user's cache
/// folder, so that a later process skips YAML scanning, which was most of the time it took to read them.
/// </summary>
/// <remarks>
/// <para>Only the tree <see cref="YamlLoader"/> built is kept — scalars, lists, mappings and their positions — and
/// only when loading it reported nothing at all; everything after it (the mapping onto the model, its checks and
/// errors) runs on every load as before, so a cached load gives the same coalitions, the same notes and the same
/// errors. A file is named and checked by a SHA-256 of the format's version, the build of Willing.Core (its module
/// version id, which changes with any change to the loader or the embedded files) and the text itself; a file that
/// does not match, is cut short or cannot be read is ignored and written again. Writes go to a temporary file moved
/// into place, so processes reading and writing at once never see half a file.</para>
/// <para>The folder is <c>$WILLING_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/willing</c>, else <c>~/.cache/willing</c>;
/// <c>WILLING_CACHE=off</c> turns the cache off. A folder that cannot be written only means no cache. The files a user
/// passes with <c>--cases</c> or <c>--codebook</c> are never copied here.</para>
/// </remarks>
public static class YamlTreeCache
{
    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "WYT1"u8.ToArray();
    private static readonly Lazy<string?> DefaultDirectory = new(FindDirectory);

    /// <summary>
    /// The root of a built-in YAML document, from the cache when it holds this text's tree, else loaded by
    /// <see cref="YamlLoader.LoadDocument"/> (and kept when the load reported nothing).
    /// </summary>
    public static YamlNode? LoadDocument(InputText text, InputDiagnostics diagnostics, string emptyMessage) =>
        LoadDocument(text, diagnostics, emptyMessage, DefaultDirectory.Value);

    /// <summary>As <see cref="LoadDocument(InputText, InputDiagnostics, string)"/>, with the cache in <paramref name="directory"/> (none when null).</summary>
    internal static YamlNode? LoadDocument(InputText text, InputDiagnostics diagnostics, string emptyMessage, string? directory)
    {
        if (directory is null)
            return YamlLoader.LoadDocument(text, diagnostics, emptyMessage);
        byte[] key = Key(text.Text);
        string path = Path.Combine(directory, Convert.ToHexStringLower(key.AsSpan(0, 16)) + ".tree");
        if (TryRead(path, key) is { } cached)
            return cached;
        var root = YamlLoader.LoadDocument(text, diagnostics, emptyMessage);
        if (root is not null && diagnostics.Count == 0)
            TryWrite(directory, path, key, root);
        return root;
    }

    /// <summary>The key of a text: SHA-256 of the format version, Willing.Core's build and the text.</summary>
    internal static byte[] Key(string text)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> head = stackalloc byte[4 + 16];
        BinaryPrimitives.WriteInt32LittleEndian(head, FormatVersion);
        typeof(YamlTreeCache).Assembly.ManifestModule.ModuleVersionId.TryWriteBytes(head[4..]);
        hash.AppendData(head);
        hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
        return hash.GetHashAndReset();
    }

    /// <summary>The tree as bytes: the magic, the key, the distinct strings, then the nodes in document order.</summary>
    internal static byte[] Serialize(YamlNode root, byte[] key)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        var nodes = new MemoryStream();
        using (var w = new BinaryWriter(nodes, Encoding.UTF8, leaveOpen: true))
            WriteNode(w, root, strings, order);
        var output = new MemoryStream();
        using (var w = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(key);
            w.Write7BitEncodedInt(order.Count);
            foreach (string s in order)
                w.Write(s);
            w.Write7BitEncodedInt((int)nodes.Length);
            w.Write(nodes.GetBuffer(), 0, (int)nodes.Length);
        }

        return output.ToArray();
    }

    /// <summary>The tree the bytes hold, or null when they are not a whole tree written under this key.</summary>
    internal static YamlNode? Deserialize(byte[] bytes, byte[] key)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            if (!r.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || !r.ReadBytes(key.Length).AsSpan().SequenceEqual(key))
                return null;
            int count = r.Read7BitEncodedInt();
            if (count < 0 || count > bytes.Length)
                return null;
            var strings = new string[count];
            for (int i = 0; i < count; i++)
                strings[i] = r.ReadString();
            int length = r.Read7BitEncodedInt();
            if (length != r.BaseStream.Length - r.BaseStream.Position)
                return null;
            var root = ReadNode(r, strings, depth: 0);
            return r.BaseStream.Position == r.BaseStream.Length ? root : null;
        }
        catch (Exception ex) when (ex is EndOfStreamException or FormatException or IndexOutOfRangeException or IOException or InvalidDataException)
        {
            return null;
        }
    }

    private enum Kind : byte
    {
        Scalar,
        Null,
        Sequence,
        Mapping,
    }

    private static void WriteNode(BinaryWriter w, YamlNode node, Dictionary<string, int> strings, List<string> order)
    {
        switch (node)
        {
            case YamlScalarNode s:
                w.Write((byte)(s.IsNull ? Kind.Null : Kind.Scalar));
                WritePosition(w, s.Start);
                if (!strings.TryGetValue(s.Value, out int index))
                {
                    index = order.Count;
                    strings.Add(s.Value, index);
                    order.Add(s.Value);
                }

                w.Write7BitEncodedInt(index);
                break;
            case YamlSequenceNode seq:
                w.Write((byte)Kind.Sequence);
                WritePosition(w, seq.Start);
                w.Write7BitEncodedInt(seq.Children.Count);
                foreach (var child in seq.Children)
                    WriteNode(w, child, strings, order);
                break;
            case YamlMappingNode map:
                w.Write((byte)Kind.Mapping);
                WritePosition(w, map.Start);
                w.Write7BitEncodedInt(map.Children.Count);
                foreach (var (k, v) in map.Children)
                {
                    WriteNode(w, k, strings, order);
                    WriteNode(w, v, strings, order);
                }

                break;
        }
    }

    private static void WritePosition(BinaryWriter w, YamlPosition p)
    {
        w.Write7BitEncodedInt(p.Line);
        w.Write7BitEncodedInt(p.Column);
    }

    private static YamlNode ReadNode(BinaryReader r, string[] strings, int depth)
    {
        // The loader never builds deeper trees than its limit; a deeper one is not a file this cache wrote.
        if (depth > InputLimits.Default.MaxDepth + 1)
            throw new InvalidDataException("too deep");
        var kind = (Kind)r.ReadByte();
        var start = new YamlPosition(r.Read7BitEncodedInt(), r.Read7BitEncodedInt());
        switch (kind)
        {
            case Kind.Scalar or Kind.Null:
                return new YamlScalarNode(strings[r.Read7BitEncodedInt()], start, kind == Kind.Null);
            case Kind.Sequence:
            {
                int n = Count(r);
                var children = new YamlNode[n];
                for (int i = 0; i < n; i++)
                    children[i] = ReadNode(r, strings, depth + 1);
                return new YamlSequenceNode(children, start);
            }

            case Kind.Mapping:
            {
                int n = Count(r);
                var children = new KeyValuePair<YamlNode, YamlNode>[n];
                for (int i = 0; i < n; i++)
                {
                    var k = ReadNode(r, strings, depth + 1);
                    children[i] = new KeyValuePair<YamlNode, YamlNode>(k, ReadNode(r, strings, depth + 1));
                }

                return new YamlMappingNode(children, start);
            }

            default:
                throw new InvalidDataException("unknown node kind");
        }
    }

    private static int Count(BinaryReader r)
    {
        int n = r.Read7BitEncodedInt();
        // Every node takes at least three bytes, so a count beyond what is left cannot be true.
        return n >= 0 && n <= r.BaseStream.Length - r.BaseStream.Position ? n : throw new InvalidDataException("bad count");
    }

    private static YamlNode? TryRead(string path, byte[] key)
    {
        try
        {
            return File.Exists(path) ? Deserialize(File.ReadAllBytes(path), key) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void TryWrite(string directory, string path, byte[] key, YamlNode root)
    {
        string temp = path + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(temp, Serialize(root, key));
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception inner) when (inner is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the cache is an optimisation.
            }
        }
    }

    /// <summary>The user's cache folder for Willing (the rules above), or null when the cache is off or there is no home; other built-in results may keep files there too.</summary>
    public static string? CacheDirectory => DefaultDirectory.Value;

    private static string? FindDirectory()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("WILLING_CACHE"), "off", StringComparison.OrdinalIgnoreCase))
            return null;
        if (Environment.GetEnvironmentVariable("WILLING_CACHE_DIR") is { Length: > 0 } own)
            return own;
        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg))
            return Path.Combine(xdg, "willing");
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length > 0 ? Path.Combine(home, ".cache", "willing") : null;
    }
}
