using System.Text.Json.Serialization;

namespace Willing.Qca.Diagnostics;

/// <summary>One case's memberships in an expression and the outcome, and what they make it.</summary>
/// <param name="Case">The case label.</param>
/// <param name="X">Membership in the expression.</param>
/// <param name="Y">Membership in the outcome.</param>
/// <param name="Type">Its type with respect to X → Y.</param>
public sealed record CaseMembership(
    [property: JsonPropertyName("case")] string Case,
    [property: JsonPropertyName("x")] double X,
    [property: JsonPropertyName("y")] double Y,
    [property: JsonPropertyName("type")] CaseType Type);
