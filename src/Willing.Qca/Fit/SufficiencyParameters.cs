using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Willing.Qca.Fit;

/// <summary>The parameters of fit of an expression as sufficient for an outcome (Ragin 2006; R's QCA <c>pof(relation = "sufficiency")</c>).</summary>
/// <param name="Expression">The expression (the condition, or the solution) as written.</param>
/// <param name="Outcome">The outcome as written (e.g. <c>SURV</c> or <c>~SURV</c>).</param>
/// <param name="InclS">Consistency of sufficiency, Σmin(X,Y)/ΣX; null when ΣX = 0.</param>
/// <param name="PRI">Proportional reduction in inconsistency, (Σmin(X,Y) − Σmin(X,Y,1−Y))/(ΣX − Σmin(X,Y,1−Y)); null when undefined.</param>
/// <param name="CovS">Coverage of sufficiency, Σmin(X,Y)/ΣY; null when ΣY = 0.</param>
/// <param name="N">The cases with membership above 0.5 in the expression.</param>
/// <param name="Cases">The cases used (those with a value in every set the expression and the outcome name).</param>
/// <param name="Excluded">The labels of the cases left out for a missing value.</param>
/// <param name="Terms">Each top-level term of the expression, with its raw and unique coverage.</param>
public sealed record SufficiencyParameters(
    [property: JsonPropertyName("expression")] string Expression,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("inclS")] double? InclS,
    [property: JsonPropertyName("PRI")] double? PRI,
    [property: JsonPropertyName("covS")] double? CovS,
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("cases")] int Cases,
    [property: JsonPropertyName("excluded")] ImmutableArray<string> Excluded,
    [property: JsonPropertyName("terms")] ImmutableArray<TermParameters> Terms);
