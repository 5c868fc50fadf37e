using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Willing.Qca.Plots;

/// <summary>What an XY plot of a condition against an outcome shows (R's QCA <c>XYplot</c>): the cases as points and the parameters of fit both ways.</summary>
/// <param name="X">The condition or expression, as written (the horizontal axis).</param>
/// <param name="Y">The outcome, as written (the vertical axis).</param>
/// <param name="Points">One point per case used, in data order.</param>
/// <param name="InclS">Consistency of sufficiency (points on or above the diagonal count fully).</param>
/// <param name="PRI">Proportional reduction in inconsistency.</param>
/// <param name="CovS">Coverage of sufficiency.</param>
/// <param name="InclN">Consistency of necessity (points on or below the diagonal count fully).</param>
/// <param name="RoN">Relevance of necessity.</param>
/// <param name="CovN">Coverage of necessity.</param>
/// <param name="Excluded">The cases left out for a missing value.</param>
/// <remarks>Drawn by Willing.Reports; the diagonal y = x and the 0.5 lines split the plot into the regions of <see cref="Diagnostics.CaseType"/>.</remarks>
public sealed record XYPlotData(
    [property: JsonPropertyName("x")] string X,
    [property: JsonPropertyName("y")] string Y,
    [property: JsonPropertyName("points")] ImmutableArray<XYPoint> Points,
    [property: JsonPropertyName("inclS")] double? InclS,
    [property: JsonPropertyName("PRI")] double? PRI,
    [property: JsonPropertyName("covS")] double? CovS,
    [property: JsonPropertyName("inclN")] double? InclN,
    [property: JsonPropertyName("RoN")] double? RoN,
    [property: JsonPropertyName("covN")] double? CovN,
    [property: JsonPropertyName("excluded")] ImmutableArray<string> Excluded);
