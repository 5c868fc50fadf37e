using System.Collections.Immutable;
using System.Text;

namespace Willing.Simulation.Scenarios;

/// <summary>The scenario files shipped with Willing (<c>data/scenarios/*.yaml</c>, embedded in this assembly).</summary>
public static class BuiltInScenarios
{
    private const string Prefix = "Willing.Scenarios.";

    /// <summary>The ids of the built-in scenarios (file names without <c>.yaml</c>), in order.</summary>
    public static ImmutableArray<string> Ids { get; } = [.. typeof(BuiltInScenarios).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".yaml".Length])
        .Order(StringComparer.Ordinal)];

    /// <summary>The file name errors name for built-in scenario <paramref name="id"/>: <c>data/scenarios/{id}.yaml</c>.</summary>
    public static string FileName(string id) => $"data/scenarios/{id}.yaml";

    /// <summary>The text of built-in scenario <paramref name="id"/> (an id or a file name such as <c>icc-rome.yaml</c>), or null when there is none.</summary>
    public static string? Text(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        string name = Path.GetFileName(id);
        if (name.EndsWith(".yaml", StringComparison.Ordinal))
            name = name[..^".yaml".Length];
        using var stream = typeof(BuiltInScenarios).Assembly.GetManifestResourceStream(Prefix + name + ".yaml");
        if (stream is null)
            return null;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
