namespace Willing.Core.Model;

/// <summary>How a standing body takes its decisions (the hub's decision autonomy, Cooper 2005, §2).</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>command</c>.</remarks>
public enum DecisionRule
{
    /// <summary>A unified command: one commander, usually the lead state's, decides; the others place forces under it. (<c>command</c>)</summary>
    Command,

    /// <summary>A council in which every member must agree, each holding a veto (NATO's North Atlantic Council). (<c>consensus</c>)</summary>
    Consensus,

    /// <summary>A council that decides by a vote of its members. (<c>majority</c>)</summary>
    Majority,

    /// <summary>A committee that coordinates members who each decide for themselves (a campaign's steering committee, a core group). (<c>coordination</c>)</summary>
    Coordination,
}
