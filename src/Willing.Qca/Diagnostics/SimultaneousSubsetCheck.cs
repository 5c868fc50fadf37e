using System.Text.Json.Serialization;

namespace Willing.Qca.Diagnostics;

/// <summary>Whether an expression passes as sufficient for both an outcome and its negation, and whether it and its negation both pass as sufficient for the outcome.</summary>
/// <param name="Expression">X as written.</param>
/// <param name="Outcome">Y as written.</param>
/// <param name="InclCut">The consistency from which a relation counts as sufficient.</param>
/// <param name="InclS">Consistency of X → Y.</param>
/// <param name="PRI">PRI of X → Y.</param>
/// <param name="InclSNegatedOutcome">Consistency of X → ~Y.</param>
/// <param name="PRINegatedOutcome">PRI of X → ~Y.</param>
/// <param name="InclSNegatedExpression">Consistency of ~X → Y.</param>
/// <param name="SubsetOfBoth">X passes as sufficient for Y and for ~Y: a simultaneous subset relation (Schneider and Wagemann 2012); the claim X → Y cannot stand.</param>
/// <param name="NegationAlsoSufficient">X and ~X both pass as sufficient for Y: Y would then need no condition at all (it is near-universal), and X explains nothing.</param>
/// <param name="Warning">What is wrong, when either flag is set; else null.</param>
public sealed record SimultaneousSubsetCheck(
    [property: JsonPropertyName("expression")] string Expression,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("inclCut")] double InclCut,
    [property: JsonPropertyName("inclS")] double? InclS,
    [property: JsonPropertyName("PRI")] double? PRI,
    [property: JsonPropertyName("inclSNegatedOutcome")] double? InclSNegatedOutcome,
    [property: JsonPropertyName("PRINegatedOutcome")] double? PRINegatedOutcome,
    [property: JsonPropertyName("inclSNegatedExpression")] double? InclSNegatedExpression,
    [property: JsonPropertyName("subsetOfBoth")] bool SubsetOfBoth,
    [property: JsonPropertyName("negationAlsoSufficient")] bool NegationAlsoSufficient,
    [property: JsonPropertyName("warning")] string? Warning);
