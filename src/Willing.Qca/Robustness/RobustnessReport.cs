using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Willing.Qca.Robustness;

/// <summary>The result of a robustness run: the baseline's key and, for each anchor and the inclusion cut-off, where the result holds.</summary>
/// <param name="BaselineKey">The key of the baseline result.</param>
/// <param name="Anchors">Each anchor varied, in the order of the specs and their thresholds, then the grids.</param>
/// <param name="InclCuts">The inclusion cut-offs tried, or null.</param>
public sealed record RobustnessReport(
    [property: JsonPropertyName("baselineKey")] string BaselineKey,
    [property: JsonPropertyName("anchors")] ImmutableArray<AnchorSensitivity> Anchors,
    [property: JsonPropertyName("inclCuts")] InclCutSensitivity? InclCuts)
{
    /// <summary>True when every variation tried gave the baseline's result.</summary>
    [JsonPropertyName("allSame")]
    public bool AllSame => Anchors.All(a => a.Variations.All(v => v.Same)) && (InclCuts?.Variations.All(v => v.Same) ?? true);
}
