namespace Willing.Core.Model;

/// <summary>Where a coalition did its business.</summary>
/// <param name="Kind">The kind of venue.</param>
/// <param name="Description">The venue in the editors' words.</param>
/// <param name="Provenance">The sources.</param>
public sealed record Venue(VenueKind Kind, string? Description, Provenance Provenance);
