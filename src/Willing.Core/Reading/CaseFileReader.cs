using Willing.Core.Model;
using Willing.Core.Reading.Yaml;

namespace Willing.Core.Reading;

/// <summary>Reads one case file into a <see cref="Coalition"/>, or reports every error in it.</summary>
/// <remarks>
/// The bytes are decoded as strict UTF-8 (<see cref="InputText"/>), the YAML is loaded into
/// Willing's own node tree within <see cref="InputLimits"/> (<see cref="YamlLoader"/>), and the
/// mapping onto the domain model is Willing's own so that it can report every error at once with
/// its line, column and field path (see <c>docs/decisions/0002-case-file-reader.md</c> and
/// <c>0007-hardened-readers.md</c>). No input makes it throw.
/// </remarks>
public static class CaseFileReader
{
    private const string EmptyMessage = "the file is empty: a case file is a YAML mapping with id, name, summary, ...";

    /// <summary>Reads case-file text.</summary>
    /// <param name="file">The name to report errors under, e.g. the path the user gave.</param>
    /// <param name="text">The file's contents (a leading byte-order mark is ignored).</param>
    /// <param name="limits">The input limits (default: <see cref="InputLimits.Default"/>).</param>
    public static CaseFileResult Read(string file, string text, InputLimits? limits = null) =>
        Read(InputText.FromString(file, text), limits ?? InputLimits.Default);

    /// <summary>Reads case-file bytes, decoding them as strict UTF-8.</summary>
    public static CaseFileResult Read(string file, ReadOnlySpan<byte> bytes, InputLimits? limits = null)
    {
        var (text, error) = InputText.Decode(file, bytes, limits ?? InputLimits.Default);
        return text is null ? new CaseFileResult(file, null, [error!]) : Read(text, limits ?? InputLimits.Default);
    }

    /// <summary>Reads a case file from disk, reporting it under <paramref name="displayName"/> (default: the path as given).</summary>
    public static CaseFileResult ReadFile(string path, string? displayName = null, InputLimits? limits = null)
    {
        string name = displayName ?? path;
        var (text, error) = InputText.ReadFile(path, name, limits ?? InputLimits.Default);
        return text is null ? new CaseFileResult(name, null, [error!]) : Read(text, limits ?? InputLimits.Default);
    }

    /// <summary>Reads a case file built into Willing, its YAML tree kept in the user's cache (<see cref="YamlTreeCache"/>).</summary>
    internal static CaseFileResult ReadBuiltIn(string file, ReadOnlySpan<byte> bytes)
    {
        var (text, error) = InputText.Decode(file, bytes, InputLimits.Default);
        return text is null ? new CaseFileResult(file, null, [error!]) : Read(text, InputLimits.Default, cached: true);
    }

    private static CaseFileResult Read(InputText text, InputLimits limits, bool cached = false)
    {
        var diagnostics = new InputDiagnostics(text.File, limits);
        var root = cached ? YamlTreeCache.LoadDocument(text, diagnostics, EmptyMessage) : YamlLoader.LoadDocument(text, diagnostics, EmptyMessage);
        if (root is null)
            return new CaseFileResult(text.File, null, diagnostics.Sorted()) { ErrorCount = diagnostics.Count };
        if (root is not YamlMappingNode map)
        {
            diagnostics.Add(root, string.Empty, $"a case file must be a YAML mapping (id: ..., name: ...), but this one is {YamlFields.Describe(root)}");
            return new CaseFileResult(text.File, null, diagnostics.Sorted());
        }

        var (coalition, antecedents) = CaseFileParser.Parse(root, diagnostics);
        int idLine = map.TryGetValue("id", out var idNode) ? idNode.Start.Line : 1;
        var errors = diagnostics.Sorted();
        return new CaseFileResult(text.File, errors.Count == 0 ? coalition : null, errors) { IdLine = idLine, ErrorCount = diagnostics.Count, AntecedentRefs = antecedents };
    }
}

/// <summary>The outcome of reading one case file: a coalition, or the errors that stopped it.</summary>
/// <param name="File">The file as reported.</param>
/// <param name="Coalition">The coalition, when the file has no error.</param>
/// <param name="Errors">Every error found, in file order.</param>
public sealed record CaseFileResult(string File, Coalition? Coalition, IReadOnlyList<InputError> Errors)
{
    /// <summary>The line of the file's <c>id</c> key, for errors about the id across files.</summary>
    public int IdLine { get; init; } = 1;

    /// <summary>The antecedent cases the file names and where, for checking them across the case base.</summary>
    public IReadOnlyList<(string Case, YamlPosition Position, string Path)> AntecedentRefs { get; init; } = [];

    /// <summary>How many errors the file has, counting those beyond the limit of errors shown.</summary>
    public int ErrorCount { get; init; } = Errors.Count;

    /// <summary>True when the file loaded.</summary>
    public bool Succeeded => Coalition is not null && Errors.Count == 0;
}
