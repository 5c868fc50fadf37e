namespace Willing.Core.Model;

/// <summary>A public reason a member gave for joining.</summary>
/// <param name="Kind">Normative, security, status and so on.</param>
/// <param name="Date">When it was given.</param>
/// <param name="Description">The reason in the editors' words.</param>
/// <param name="Provenance">The sources.</param>
public sealed record Justification(JustificationKind Kind, PartialDate? Date, string? Description, Provenance Provenance);
