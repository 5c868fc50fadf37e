using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Willing.Qca.TruthTables;

/// <summary>A case that belongs to no truth-table row because its membership in some condition is exactly 0.5.</summary>
/// <param name="Case">The case label.</param>
/// <param name="Conditions">The conditions in which its membership is 0.5.</param>
/// <remarks>R's QCA warns that fuzzy conditions should not hold 0.5 and leaves such a case out of every row's cases; mend the anchor or the data (Ragin 2008, ch. 5).</remarks>
public sealed record CrossoverCase(
    [property: JsonPropertyName("case")] string Case,
    [property: JsonPropertyName("conditions")] ImmutableArray<string> Conditions);
