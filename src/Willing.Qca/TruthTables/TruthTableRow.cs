using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Willing.Qca.TruthTables;

/// <summary>One observed row (configuration) of a truth table.</summary>
/// <param name="Code">The row's code: bit i is condition i's value, conditions in the order given (condition 0 is the lowest bit).</param>
/// <param name="Number">R's QCA row number: 1 + the values read as a binary number with the first condition as the highest digit.</param>
/// <param name="Values">The value (0 or 1) of each condition, in the order given.</param>
/// <param name="Out">The output: 1, 0, C (contradiction) or ? (fewer cases than the frequency cut-off).</param>
/// <param name="N">The cases in the row (membership above 0.5 in the configuration).</param>
/// <param name="Cases">Their labels, in data order.</param>
/// <param name="Incl">Inclusion (consistency of sufficiency) of the configuration over all cases, Σmin(X,Y)/ΣX; null when ΣX = 0.</param>
/// <param name="PRI">Proportional reduction in inconsistency of the configuration; null when undefined.</param>
/// <param name="Deviant">The cases in the row whose outcome contradicts the output: with outcome below 0.5 when the output is 1 or C, above 0.5 when it is 0 (deviant cases consistency in kind, Schneider and Rohlfing 2013).</param>
/// <param name="BothOutcomes">True when the row holds cases with the outcome (above 0.5) and cases without it (below 0.5): a contradictory configuration in crisp-set terms.</param>
public sealed record TruthTableRow(
    [property: JsonPropertyName("code")] long Code,
    [property: JsonPropertyName("number")] long Number,
    [property: JsonPropertyName("values")] ImmutableArray<int> Values,
    [property: JsonPropertyName("OUT"), JsonConverter(typeof(TruthTableOutputConverter))] TruthTableOutput Out,
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("cases")] ImmutableArray<string> Cases,
    [property: JsonPropertyName("incl")] double? Incl,
    [property: JsonPropertyName("PRI")] double? PRI,
    [property: JsonPropertyName("deviant")] ImmutableArray<string> Deviant,
    [property: JsonPropertyName("bothOutcomes")] bool BothOutcomes);
