namespace Willing.Core.Model;

/// <summary>A state, organisation or person that takes part in or bears on a coalition.</summary>
/// <param name="Id">The actor's id: an ISO 3166 alpha-3 code for states.</param>
/// <param name="Kind">What kind of actor it is.</param>
/// <param name="Name">Its name; for states, the ISO 3166 name unless the file gives one.</param>
/// <param name="ActsFor">For persons, the state or organisation they acted for.</param>
/// <param name="Position">For persons, their office or job.</param>
/// <param name="BasedIn">For non-state actors, the state they are based in (an ISO code).</param>
/// <param name="Provenance">The sources for the actor's description, when given.</param>
/// <param name="Note">An editor's note on the actor (how it is classed, what it was called), not itself a sourced fact.</param>
public sealed record Actor(
    ActorId Id,
    ActorKind Kind,
    string Name,
    ActorId? ActsFor = null,
    string? Position = null,
    string? BasedIn = null,
    Provenance? Provenance = null,
    string? Note = null)
{
    /// <summary>True for everything but states and informal groups of states (Cooper's 'actorness' axis).</summary>
    public bool IsNonState => Kind is not (ActorKind.State or ActorKind.StateGroup);
}
