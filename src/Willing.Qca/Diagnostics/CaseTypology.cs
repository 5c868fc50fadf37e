using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Willing.Qca.Diagnostics;

/// <summary>Every case of a table typed with respect to a sufficiency statement X → Y.</summary>
/// <param name="Expression">X as written.</param>
/// <param name="Outcome">Y as written.</param>
/// <param name="Cases">Each case used, in data order.</param>
/// <param name="Excluded">The cases left out for a missing value.</param>
public sealed record CaseTypology(
    [property: JsonPropertyName("expression")] string Expression,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("cases")] ImmutableArray<CaseMembership> Cases,
    [property: JsonPropertyName("excluded")] ImmutableArray<string> Excluded)
{
    /// <summary>The typical cases (X &gt; 0.5, Y &gt; 0.5, X ≤ Y).</summary>
    [JsonIgnore]
    public ImmutableArray<string> Typical => Of(CaseType.Typical);

    /// <summary>The deviant cases for consistency in kind (X &gt; 0.5, Y &lt; 0.5).</summary>
    [JsonIgnore]
    public ImmutableArray<string> DeviantConsistency => Of(CaseType.DeviantConsistencyInKind);

    /// <summary>The deviant cases for consistency in degree (X &gt; 0.5, Y &gt; 0.5, X &gt; Y).</summary>
    [JsonIgnore]
    public ImmutableArray<string> DeviantConsistencyInDegree => Of(CaseType.DeviantConsistencyInDegree);

    /// <summary>The deviant cases for coverage (X &lt; 0.5, Y &gt; 0.5).</summary>
    [JsonIgnore]
    public ImmutableArray<string> DeviantCoverage => Of(CaseType.DeviantCoverage);

    /// <summary>The labels of the cases of one type, in data order.</summary>
    public ImmutableArray<string> Of(CaseType type) => [.. Cases.Where(c => c.Type == type).Select(c => c.Case)];
}
