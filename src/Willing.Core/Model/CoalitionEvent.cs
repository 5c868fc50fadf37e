using System.Collections.Immutable;

namespace Willing.Core.Model;

/// <summary>A dated event in a coalition's life: a meeting, a vote, an election, a casualty, a withdrawal.</summary>
/// <param name="Id">The event's id within the file.</param>
/// <param name="Kind">What kind of event.</param>
/// <param name="Name">Its name.</param>
/// <param name="Date">When it happened or began.</param>
/// <param name="EndDate">When a multi-day event ended.</param>
/// <param name="Place">Where.</param>
/// <param name="Host">The host.</param>
/// <param name="Chair">The chair.</param>
/// <param name="Initiator">Who called or organised it.</param>
/// <param name="Subject">The actor it happened to: the state that held the election or lost soldiers.</param>
/// <param name="Participants">The participants a source names.</param>
/// <param name="ParticipantsCount">The number of participants a source reports (may exceed those named).</param>
/// <param name="Level">The level it took place at.</param>
/// <param name="GovernmentChanged">For elections: whether the head of government changed.</param>
/// <param name="Deaths">For casualty events: the deaths.</param>
/// <param name="Hostages">For hostage crises: the hostages taken.</param>
/// <param name="Vote">For votes: the tally.</param>
/// <param name="Document">The document, e.g. <c>UNSCR 678</c>.</param>
/// <param name="Description">The event in the editors' words.</param>
/// <param name="Provenance">The sources.</param>
public sealed record CoalitionEvent(
    ItemId Id,
    EventKind Kind,
    string? Name,
    PartialDate Date,
    PartialDate? EndDate,
    string? Place,
    ActorId? Host,
    ActorId? Chair,
    ActorId? Initiator,
    ActorId? Subject,
    ImmutableArray<ActorId> Participants,
    int? ParticipantsCount,
    EventLevel? Level,
    bool? GovernmentChanged,
    int? Deaths,
    int? Hostages,
    VoteTally? Vote,
    string? Document,
    string? Description,
    Provenance Provenance)
{
    /// <summary>Hosts beside <see cref="Host"/>, when an event had several.</summary>
    public ImmutableArray<ActorId> CoHosts { get; init; } = [];

    /// <summary>Chairs beside <see cref="Chair"/>, when an event had several.</summary>
    public ImmutableArray<ActorId> CoChairs { get; init; } = [];
}

/// <summary>The result of a vote.</summary>
/// <param name="Yes">Votes in favour.</param>
/// <param name="No">Votes against.</param>
/// <param name="Abstain">Abstentions.</param>
public sealed record VoteTally(int Yes, int No, int Abstain);
