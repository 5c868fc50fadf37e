namespace Willing.Core.Model;

/// <summary>What changed in a member's part (<see cref="MembershipChange"/>).</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>reduced</c>.</remarks>
public enum ChangeKind
{
    /// <summary>Its contribution was cut but not ended. (<c>reduced</c>)</summary>
    Reduced,

    /// <summary>Its contribution grew. (<c>increased</c>)</summary>
    Increased,

    /// <summary>Its forces changed task, e.g. from airstrikes to training. (<c>role-changed</c>)</summary>
    RoleChanged,

    /// <summary>It withdrew part of its forces (a partial exit), staying a member. (<c>partial-withdrawal</c>)</summary>
    PartialWithdrawal,

    /// <summary>It stayed a member but refused to send forces, or more forces. (<c>refused-forces</c>)</summary>
    RefusedForces,

    /// <summary>Another change, stated in the description. (<c>other</c>)</summary>
    Other,
}
