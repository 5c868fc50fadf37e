namespace Willing.Core.Model;

/// <summary>A direct tie between two actors, for coordination networks.</summary>
/// <param name="From">The initiator, organiser, lobbyist, funder or chair.</param>
/// <param name="To">The other end.</param>
/// <param name="Kind">The kind of tie.</param>
/// <param name="Directed">False for symmetric ties such as co-signing.</param>
/// <param name="Start">When the tie began or happened.</param>
/// <param name="End">When it ended.</param>
/// <param name="Event">The event it belongs to.</param>
/// <param name="Description">The tie in the editors' words.</param>
/// <param name="Provenance">The sources.</param>
public sealed record Tie(
    ActorId From,
    ActorId To,
    TieKind Kind,
    bool Directed,
    PartialDate? Start,
    PartialDate? End,
    ItemId? Event,
    string? Description,
    Provenance Provenance);
