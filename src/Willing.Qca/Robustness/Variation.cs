using System.Text.Json.Serialization;

namespace Willing.Qca.Robustness;

/// <summary>One variation tried: the value an anchor or the inclusion cut-off took, and what the analysis gave.</summary>
/// <param name="Value">The anchor's value, or the inclusion cut-off.</param>
/// <param name="Key">The analysis' result key (e.g. the solution's expression); null when the variation could not run.</param>
/// <param name="Same">True when the key equals the baseline's.</param>
/// <param name="Error">Why the variation could not run (anchors out of order, or the analysis failed); else null.</param>
public sealed record Variation(
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("key")] string? Key,
    [property: JsonPropertyName("same")] bool Same,
    [property: JsonPropertyName("error")] string? Error);
