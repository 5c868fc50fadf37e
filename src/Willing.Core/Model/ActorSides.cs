
namespace Willing.Core.Model;

/// <summary>Which side of the state/non-state line an actor stands on (Cooper 2005, §2, actorness).</summary>
public static class ActorSides
{
    /// <summary>
    /// The actor an act is attributed to: a person counts as the state or organisation they acted
    /// for (Axworthy's acts are Canada's), everyone else as themselves.
    /// </summary>
    public static ActorId Principal(Coalition c, ActorId actor)
    {
        var a = c.Actor(actor);
        return a.Kind == ActorKind.Person && a.ActsFor is { } principal ? principal : actor;
    }

    /// <summary>
    /// True for actors on the state side: states, informal groups of states, intergovernmental
    /// organisations, subnational governments and legislatures, and persons acting for one of these.
    /// </summary>
    public static bool IsStateSide(Coalition c, ActorId actor)
    {
        var a = c.Actor(actor);
        if (a.Kind == ActorKind.Person)
            return a.ActsFor is { } principal && principal != actor && IsStateSide(c, principal);
        return a.Kind is ActorKind.State or ActorKind.StateGroup or ActorKind.Igo or ActorKind.SubnationalGovernment or ActorKind.Legislature;
    }

    /// <summary>True for NGOs, networks, firms, media, armed groups, other non-state actors and private persons.</summary>
    public static bool IsNonState(Coalition c, ActorId actor) => !IsStateSide(c, actor);

    /// <summary>
    /// True for the non-state actors of Cooper's model two: NGOs and their networks, firms, media,
    /// other civil-society bodies and private persons (or persons acting for one of these). Armed
    /// groups are non-state but not civil society: rebels fighting beside a state do not make a
    /// coalition mixed-actor in Cooper's sense.
    /// </summary>
    public static bool IsCivilSociety(Coalition c, ActorId actor)
    {
        var a = c.Actor(actor);
        if (a.Kind == ActorKind.Person)
            return a.ActsFor is not { } principal || principal == actor || IsCivilSociety(c, principal);
        return a.Kind is ActorKind.Ngo or ActorKind.NgoNetwork or ActorKind.Firm or ActorKind.Media or ActorKind.Other;
    }
}
