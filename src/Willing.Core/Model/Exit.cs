using System.Collections.Immutable;

namespace Willing.Core.Model;

/// <summary>Why and how a member left (Cooper 2005, §3, the 'coalition of the leaving').</summary>
/// <param name="Reason">The main reason.</param>
/// <param name="SecondaryReasons">Other reasons the sources give.</param>
/// <param name="Announced">When the exit was announced or ordered.</param>
/// <param name="Event">The event of the file that triggered it (an election, a hostage crisis).</param>
/// <param name="Description">The exit in the editors' words.</param>
/// <param name="Provenance">The sources.</param>
public sealed record Exit(
    ExitReason Reason,
    ImmutableArray<ExitReason> SecondaryReasons,
    PartialDate? Announced,
    ItemId? Event,
    string? Description,
    Provenance Provenance);
