using System.Collections.Immutable;

namespace Willing.Core.Model;

/// <summary>
/// A published list of actors: a membership list (the White House list), a letter of support, or a
/// 'good', 'bad' or 'watch' list (Cooper 2005, §2 on naming and shaming).
/// </summary>
/// <param name="Id">The list's id within the file.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">What the list is for.</param>
/// <param name="Published">When it was published.</param>
/// <param name="Publisher">Who published it.</param>
/// <param name="Entries">The actors on it that sources name.</param>
/// <param name="EntriesCount">The size a source reports, which may differ from the entries named.</param>
/// <param name="Description">The list in the editors' words.</param>
/// <param name="Provenance">The sources.</param>
public sealed record ActorList(
    ItemId Id,
    string Name,
    ListKind Kind,
    PartialDate? Published,
    ActorId? Publisher,
    ImmutableArray<ListEntry> Entries,
    int? EntriesCount,
    string? Description,
    Provenance Provenance);

/// <summary>An actor on a list, with when it was added or removed.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Added">When it was added after publication.</param>
/// <param name="Removed">When it was removed.</param>
/// <param name="Provenance">The sources (the list's, unless the entry names its own).</param>
public sealed record ListEntry(ActorId Actor, PartialDate? Added, PartialDate? Removed, Provenance Provenance);
