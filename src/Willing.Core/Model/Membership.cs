using System.Collections.Immutable;

namespace Willing.Core.Model;

/// <summary>An actor's part in a coalition: its roles, dates, contributions, exit and public reasons.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Roles">Its roles, at least one.</param>
/// <param name="Joined">When it joined, when known.</param>
/// <param name="Left">When it left (the last of its forces or its membership ended); null if it stayed to the end or it is unknown.</param>
/// <param name="Exit">Why and how it left, when recorded.</param>
/// <param name="Contributions">What it contributed.</param>
/// <param name="Justifications">The reasons it gave in public.</param>
/// <param name="Casualties">Its military deaths in the operation, when recorded.</param>
/// <param name="Status">Whether the membership is undisputed.</param>
/// <param name="Provenance">The sources.</param>
public sealed record Membership(
    ActorId Actor,
    ImmutableArray<Role> Roles,
    PartialDate? Joined,
    PartialDate? Left,
    Exit? Exit,
    ImmutableArray<Contribution> Contributions,
    ImmutableArray<Justification> Justifications,
    Casualties? Casualties,
    MembershipStatus Status,
    Provenance Provenance)
{
    /// <summary>Roles that do not by themselves make an actor a member.</summary>
    public static readonly ImmutableHashSet<Role> NonMemberRoles = [Role.Opponent, Role.Courted, Role.Observer, Role.Bystander, Role.NeutralParticipant, Role.Beneficiary, Role.Target];

    /// <summary>True when the actor had at least one role that makes it a member.</summary>
    public bool IsMember => Roles.Any(r => !NonMemberRoles.Contains(r)) && Status != MembershipStatus.WithdrewBeforeStart;

    /// <summary>True when the actor had this role.</summary>
    public bool Has(Role role) => Roles.Contains(role);

    /// <summary>Changes in how it took part short of leaving, in date order.</summary>
    public ImmutableArray<MembershipChange> Changes { get; init; } = [];

    /// <summary>The largest troop figure recorded (peak, snapshot or initial), if any; a range counts as its midpoint and a bound alone not at all (<see cref="Quantity.Point"/>).</summary>
    public decimal? PeakTroops => Contributions
        .Where(c => c.Kind == ContributionKind.Troops && c.Interval?.Point is not null)
        .Select(c => c.Interval!.Value.Point)
        .Max();
}
