using System.Text.Json.Serialization;

namespace Willing.Qca.Fit;

/// <summary>The fit of one term of a sum of products as sufficient for the outcome, as R's QCA <c>pof</c> reports it.</summary>
/// <param name="Expression">The term as written.</param>
/// <param name="InclS">Consistency of sufficiency, Σmin(X,Y)/ΣX; null when ΣX = 0.</param>
/// <param name="PRI">Proportional reduction in inconsistency; null when undefined.</param>
/// <param name="CovS">Raw coverage, Σmin(X,Y)/ΣY; null when ΣY = 0.</param>
/// <param name="CovU">Unique coverage: the coverage of the whole sum minus the coverage of the sum of the other terms; for a sum of one term, its raw coverage.</param>
/// <param name="N">The cases with membership above 0.5 in the term (Schneider and Wagemann 2012: a consistency resting on few cases says little).</param>
public sealed record TermParameters(
    [property: JsonPropertyName("expression")] string Expression,
    [property: JsonPropertyName("inclS")] double? InclS,
    [property: JsonPropertyName("PRI")] double? PRI,
    [property: JsonPropertyName("covS")] double? CovS,
    [property: JsonPropertyName("covU")] double? CovU,
    [property: JsonPropertyName("n")] int N);
