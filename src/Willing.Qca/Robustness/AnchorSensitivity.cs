using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Willing.Qca.Robustness;

/// <summary>How far one calibration anchor can move before the result changes (SetMethods' <c>rob.calibrange</c>, Oana and Schneider 2021).</summary>
/// <param name="Column">The calibrated column.</param>
/// <param name="Threshold">The anchor: <c>e</c>, <c>c</c>, <c>i</c> or <c>threshold</c>.</param>
/// <param name="Baseline">The anchor's value in the baseline calibration.</param>
/// <param name="Lowest">The lowest value tried, reached without a change from the baseline, at which the result is still the baseline's.</param>
/// <param name="Highest">The highest such value.</param>
/// <param name="LowerEnd">Why the range ends below.</param>
/// <param name="UpperEnd">Why the range ends above.</param>
/// <param name="Variations">Every value tried, in the order tried.</param>
public sealed record AnchorSensitivity(
    [property: JsonPropertyName("column")] string Column,
    [property: JsonPropertyName("threshold")] string Threshold,
    [property: JsonPropertyName("baseline")] double Baseline,
    [property: JsonPropertyName("lowest")] double Lowest,
    [property: JsonPropertyName("highest")] double Highest,
    [property: JsonPropertyName("lowerEnd")] RangeEnd LowerEnd,
    [property: JsonPropertyName("upperEnd")] RangeEnd UpperEnd,
    [property: JsonPropertyName("variations")] ImmutableArray<Variation> Variations);
