namespace Willing.Core.Model;

/// <summary>Whether a membership is undisputed.</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>participant</c>.</remarks>
public enum MembershipStatus
{
    /// <summary>Took part as recorded. (<c>participant</c>)</summary>
    Participant,
    /// <summary>Was announced as a member but withdrew before the coalition acted. (<c>withdrew-before-start</c>)</summary>
    WithdrewBeforeStart,
    /// <summary>The actor or a source disputes the membership. (<c>disputed</c>)</summary>
    Disputed,
}
