using System.Text.Json.Serialization;

namespace Willing.Qca.Plots;

/// <summary>One case in an XY plot: its membership in the condition (x) and the outcome (y).</summary>
/// <param name="Label">The case label.</param>
/// <param name="X">Membership in the condition or expression.</param>
/// <param name="Y">Membership in the outcome.</param>
public sealed record XYPoint(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("x")] double X,
    [property: JsonPropertyName("y")] double Y);
