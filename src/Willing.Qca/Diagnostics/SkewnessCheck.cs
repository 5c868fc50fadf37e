using System.Text.Json.Serialization;

namespace Willing.Qca.Diagnostics;

/// <summary>How many cases are members (above 0.5) of one set, and whether that share is skewed.</summary>
/// <param name="Set">The set (a column or an expression) as written.</param>
/// <param name="Members">The cases with membership above 0.5.</param>
/// <param name="Cases">The cases with a value.</param>
/// <param name="Share">Members / Cases.</param>
/// <param name="Skewed">True when the share is below the low bound or above the high bound.</param>
/// <param name="Warning">What the skew means for the analysis, when skewed; else null.</param>
public sealed record SkewnessCheck(
    [property: JsonPropertyName("set")] string Set,
    [property: JsonPropertyName("members")] int Members,
    [property: JsonPropertyName("cases")] int Cases,
    [property: JsonPropertyName("share")] double Share,
    [property: JsonPropertyName("skewed")] bool Skewed,
    [property: JsonPropertyName("warning")] string? Warning);
