namespace Willing.Core.Model;

/// <summary>A member's military deaths in the coalition's operation.</summary>
/// <param name="Deaths">The number of deaths.</param>
/// <param name="AsOf">The date the count runs to.</param>
/// <param name="Provenance">The sources.</param>
public sealed record Casualties(int Deaths, PartialDate? AsOf, Provenance Provenance);
