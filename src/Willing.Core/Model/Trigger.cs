namespace Willing.Core.Model;

/// <summary>What set a coalition in motion (Cooper 2005, §2, the fourth axis).</summary>
/// <param name="Kind">The kind of trigger.</param>
/// <param name="Date">When it happened, when known.</param>
/// <param name="Event">The event of the file that was the trigger, if recorded.</param>
/// <param name="LeaderDirectlyThreatened">Whether the lead actor was itself threatened.</param>
/// <param name="NicheSelection">Whether the initiators chose this issue among several open to them.</param>
/// <param name="Description">The trigger in the editors' words.</param>
/// <param name="Provenance">The sources.</param>
public sealed record Trigger(
    TriggerKind Kind,
    PartialDate? Date,
    ItemId? Event,
    bool? LeaderDirectlyThreatened,
    bool? NicheSelection,
    string? Description,
    Provenance Provenance);
