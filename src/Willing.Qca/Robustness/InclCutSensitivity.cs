using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Willing.Qca.Robustness;

/// <summary>Over which inclusion cut-offs the result stays the baseline's (SetMethods' <c>rob.inclrange</c>).</summary>
/// <param name="Baseline">The baseline cut-off.</param>
/// <param name="Lowest">The lowest cut-off tried, reached from the baseline without a change, with the baseline's result.</param>
/// <param name="Highest">The highest such cut-off.</param>
/// <param name="LowerEnd">Why the range ends below.</param>
/// <param name="UpperEnd">Why the range ends above.</param>
/// <param name="Variations">Every cut-off tried, ascending.</param>
public sealed record InclCutSensitivity(
    [property: JsonPropertyName("baseline")] double Baseline,
    [property: JsonPropertyName("lowest")] double Lowest,
    [property: JsonPropertyName("highest")] double Highest,
    [property: JsonPropertyName("lowerEnd")] RangeEnd LowerEnd,
    [property: JsonPropertyName("upperEnd")] RangeEnd UpperEnd,
    [property: JsonPropertyName("variations")] ImmutableArray<Variation> Variations);
