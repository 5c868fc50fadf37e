using System.Collections.Immutable;

namespace Willing.Core.Model;

/// <summary>A coalition's relation to established institutions (Cooper 2005, §3: both models circumvent them).</summary>
/// <param name="Relation">Authorised beforehand, endorsed afterwards, inside or outside the standing forum, or none.</param>
/// <param name="Forum">The forum concerned, e.g. the UN Security Council.</param>
/// <param name="Events">The resolutions or decisions among the file's events.</param>
/// <param name="Description">The relation in the editors' words.</param>
/// <param name="Provenance">The sources.</param>
public sealed record InstitutionalSetting(
    InstitutionalRelation Relation,
    string? Forum,
    ImmutableArray<ItemId> Events,
    string? Description,
    Provenance Provenance);
