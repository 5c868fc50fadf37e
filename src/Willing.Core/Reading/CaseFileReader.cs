using System.Text.RegularExpressions;
using Willing.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Willing.Core.Reading;

/// <summary>Reads one case file into a <see cref="Coalition"/>, or reports every error in it.</summary>
/// <remarks>
/// YAML is parsed by YamlDotNet's representation model, which keeps each node's position; the
/// mapping onto the domain model is Willing's own so that it can report every error at once with
/// its line, column and field path (see <c>docs/decisions/0002-case-file-reader.md</c>).
/// </remarks>
public static partial class CaseFileReader
{
    /// <summary>Reads case-file text.</summary>
    /// <param name="file">The name to report errors under, e.g. the path the user gave.</param>
    /// <param name="text">The file's contents.</param>
    public static CaseFileResult Read(string file, string text)
    {
        var diagnostics = new YamlDiagnostics(file);
        if (string.IsNullOrWhiteSpace(text) || IsOnlyComments(text))
        {
            diagnostics.Add(new Mark(0, 1, 1), string.Empty, "the file is empty: a case file is a YAML mapping with id, name, summary, ...");
            return new CaseFileResult(file, null, diagnostics.Errors);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            diagnostics.Add(new Mark(0, 1, 1), string.Empty, "the file is not text (it contains NUL bytes), so it cannot be YAML");
            return new CaseFileResult(file, null, diagnostics.Errors);
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var mark = ex.Start.Line > 0 ? ex.Start : new Mark(0, 1, 1);
            diagnostics.Add(mark, string.Empty, $"not valid YAML: {CleanMessage(ex)}");
            return new CaseFileResult(file, null, diagnostics.Errors);
        }

        if (stream.Documents.Count == 0)
        {
            diagnostics.Add(new Mark(0, 1, 1), string.Empty, "the file is empty: a case file is a YAML mapping with id, name, summary, ...");
            return new CaseFileResult(file, null, diagnostics.Errors);
        }

        if (stream.Documents.Count > 1)
            diagnostics.Add(stream.Documents[1].RootNode, string.Empty, "a case file holds one YAML document: put each coalition in its own file");

        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode)
        {
            diagnostics.Add(root, string.Empty, $"a case file must be a YAML mapping (id: ..., name: ...), but this one is {YamlFields.Describe(root)}");
            return new CaseFileResult(file, null, diagnostics.Errors);
        }

        var coalition = CaseFileParser.Parse(root, diagnostics);
        int idLine = ((YamlMappingNode)root).Children.TryGetValue(new YamlScalarNode("id"), out var idNode) ? (int)idNode.Start.Line : 1;
        var errors = diagnostics.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList();
        return new CaseFileResult(file, errors.Count == 0 ? coalition : null, errors) { IdLine = idLine };
    }

    /// <summary>Reads a case file from disk, reporting it under <paramref name="displayName"/> (default: the path as given).</summary>
    public static CaseFileResult ReadFile(string path, string? displayName = null)
    {
        string name = displayName ?? path;
        try
        {
            return Read(name, File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new CaseFileResult(name, null, [new CaseFileError(name, 1, 1, $"cannot read the file: {ex.Message}", "$")]);
        }
    }

    private static bool IsOnlyComments(string text) =>
        text.Split('\n').All(line => line.TrimStart().Length == 0 || line.TrimStart().StartsWith('#') || line.Trim() is "---" or "...");

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();

    private static string CleanMessage(YamlException ex)
    {
        string message = MarkPrefix().Replace(ex.Message, string.Empty).Trim();
        return message.Length == 0 ? "the YAML parser could not read it" : char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.');
    }
}

/// <summary>The outcome of reading one case file: a coalition, or the errors that stopped it.</summary>
/// <param name="File">The file as reported.</param>
/// <param name="Coalition">The coalition, when the file has no error.</param>
/// <param name="Errors">Every error found, in file order.</param>
public sealed record CaseFileResult(string File, Coalition? Coalition, IReadOnlyList<CaseFileError> Errors)
{
    /// <summary>The line of the file's <c>id</c> key, for errors about the id across files.</summary>
    public int IdLine { get; init; } = 1;

    /// <summary>True when the file loaded.</summary>
    public bool Succeeded => Coalition is not null && Errors.Count == 0;
}
