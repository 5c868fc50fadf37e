namespace Willing.Core.Model;

/// <summary>
/// A change in how a member takes part short of leaving: a partial exit (combat aircraft
/// withdrawn, trainers left behind), a cut or a rise in its contribution, a change of role, or a
/// refusal to send forces while staying a member (Cooper 2005, §3: the coalition "constantly in flux").
/// </summary>
/// <param name="Date">When.</param>
/// <param name="Kind">What changed.</param>
/// <param name="Reason">Why, in the vocabulary of exits, when the sources say.</param>
/// <param name="Event">The event that set it off, when one is recorded.</param>
/// <param name="Description">The change in the editors' words.</param>
/// <param name="Provenance">The sources.</param>
public sealed record MembershipChange(PartialDate Date, ChangeKind Kind, ExitReason? Reason, ItemId? Event, string? Description, Provenance Provenance);
