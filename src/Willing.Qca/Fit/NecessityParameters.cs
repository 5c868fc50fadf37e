using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Willing.Qca.Fit;

/// <summary>The parameters of fit of an expression as necessary for an outcome (Ragin 2006; Schneider and Wagemann 2012 for RoN; R's QCA <c>pof(relation = "necessity")</c>).</summary>
/// <param name="Expression">The expression as written.</param>
/// <param name="Outcome">The outcome as written.</param>
/// <param name="InclN">Consistency of necessity, Σmin(X,Y)/ΣY; null when ΣY = 0.</param>
/// <param name="RoN">Relevance of necessity, Σ(1−X)/Σ(1−min(X,Y)); null when undefined.</param>
/// <param name="CovN">Coverage of necessity, Σmin(X,Y)/ΣX; null when ΣX = 0.</param>
/// <param name="N">The cases with membership above 0.5 in the expression.</param>
/// <param name="Cases">The cases used.</param>
/// <param name="Excluded">The labels of the cases left out for a missing value.</param>
public sealed record NecessityParameters(
    [property: JsonPropertyName("expression")] string Expression,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("inclN")] double? InclN,
    [property: JsonPropertyName("RoN")] double? RoN,
    [property: JsonPropertyName("covN")] double? CovN,
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("cases")] int Cases,
    [property: JsonPropertyName("excluded")] ImmutableArray<string> Excluded);
