using Willing.Core.Reading;
using Willing.Core.Reading.Yaml;

namespace Willing.Simulation.Scenarios;

/// <summary>Reads one scenario file (<c>data/scenarios/*.yaml</c>, format in <c>docs/scenarios.md</c>) into a <see cref="Scenario"/>, or reports every error in it.</summary>
/// <remarks>
/// Built as the case-file reader is (<see cref="CaseFileReader"/>): the bytes are decoded as strict UTF-8
/// (<see cref="InputText"/>), the YAML is loaded into Willing's node tree within <see cref="InputLimits"/>
/// (<see cref="YamlLoader"/>), and the mapping onto the records is checked key by key (<see cref="YamlFields"/>), so
/// that every error is reported at once with its line, column and field path. No input makes it throw. What needs
/// the mechanism or the case base (parameter names and values, the case, series, reporters) is checked by
/// <see cref="ScenarioLoader"/>.
/// </remarks>
public static class ScenarioReader
{
    private const string EmptyMessage = "the file is empty: a scenario file is a YAML mapping with id, name, mechanism, start, months, ...";

    /// <summary>Reads scenario text.</summary>
    /// <param name="file">The name to report errors under, e.g. the path the user gave.</param>
    /// <param name="text">The file's contents (a leading byte-order mark is ignored).</param>
    /// <param name="limits">The input limits (default: <see cref="InputLimits.Default"/>).</param>
    public static ScenarioReadResult Read(string file, string text, InputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        return Read(InputText.FromString(file, text), limits ?? InputLimits.Default);
    }

    /// <summary>Reads scenario bytes, decoding them as strict UTF-8.</summary>
    /// <param name="file">The name to report errors under.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="limits">The input limits (default: <see cref="InputLimits.Default"/>).</param>
    public static ScenarioReadResult Read(string file, ReadOnlySpan<byte> bytes, InputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var (text, error) = InputText.Decode(file, bytes, limits ?? InputLimits.Default);
        return text is null ? new ScenarioReadResult(file, null, [error!]) : Read(text, limits ?? InputLimits.Default);
    }

    /// <summary>Reads a scenario file from disk, reporting it under <paramref name="displayName"/> (default: the path as given).</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="displayName">The name errors are reported under.</param>
    /// <param name="limits">The input limits (default: <see cref="InputLimits.Default"/>).</param>
    public static ScenarioReadResult ReadFile(string path, string? displayName = null, InputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string name = displayName ?? path;
        var (text, error) = InputText.ReadFile(path, name, limits ?? InputLimits.Default);
        return text is null ? new ScenarioReadResult(name, null, [error!]) : Read(text, limits ?? InputLimits.Default);
    }

    /// <summary>Reads into <paramref name="diagnostics"/>, for the loader, which adds its own errors to the same list.</summary>
    internal static Scenario? Read(InputText text, InputDiagnostics diagnostics) => Read(text, diagnostics, out _);

    /// <summary>Reads into <paramref name="diagnostics"/>, giving the YAML tree too (for locating what later checks find).</summary>
    internal static Scenario? Read(InputText text, InputDiagnostics diagnostics, out YamlNode? root)
    {
        root = YamlLoader.LoadDocument(text, diagnostics, EmptyMessage);
        if (root is null)
            return null;
        if (root is not YamlMappingNode)
        {
            diagnostics.Add(root, string.Empty, $"a scenario file must be a YAML mapping (id: ..., name: ..., mechanism: ...), but this one is {YamlFields.Describe(root)}");
            return null;
        }

        var scenario = ScenarioParser.Parse(text.File, root, diagnostics);
        return diagnostics.HasErrors ? null : scenario;
    }

    private static ScenarioReadResult Read(InputText text, InputLimits limits)
    {
        var diagnostics = new InputDiagnostics(text.File, limits);
        var scenario = Read(text, diagnostics);
        return new ScenarioReadResult(text.File, scenario, diagnostics.Sorted()) { ErrorCount = diagnostics.Count };
    }
}

/// <summary>The outcome of reading one scenario file: a scenario, or the errors that stopped it.</summary>
/// <param name="File">The file as reported.</param>
/// <param name="Scenario">The scenario, when the file has no error.</param>
/// <param name="Errors">Every error found, in file order (at most <see cref="InputLimits.MaxErrors"/>, the last then counting the rest).</param>
public sealed record ScenarioReadResult(string File, Scenario? Scenario, IReadOnlyList<InputError> Errors)
{
    /// <summary>How many errors the file has, counting those beyond the limit of errors shown.</summary>
    public int ErrorCount { get; init; } = Errors.Count;

    /// <summary>True when the file was read without error.</summary>
    public bool Succeeded => Scenario is not null && Errors.Count == 0;
}
