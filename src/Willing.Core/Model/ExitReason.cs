namespace Willing.Core.Model;

/// <summary>Why an actor left a coalition (Cooper 2005, §3, the 'coalition of the leaving').</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>election</c>.</remarks>
public enum ExitReason
{
    /// <summary>An election brought a government pledged to leave. (<c>election</c>)</summary>
    Election,
    /// <summary>A change of government other than by election. (<c>government-change</c>)</summary>
    GovernmentChange,
    /// <summary>Losses among its forces. (<c>casualties</c>)</summary>
    Casualties,
    /// <summary>A hostage-taking of its nationals. (<c>hostage-crisis</c>)</summary>
    HostageCrisis,
    /// <summary>The legal mandate (e.g. a UN resolution) expired. (<c>mandate-expiry</c>)</summary>
    MandateExpiry,
    /// <summary>The host state set a deadline for foreign forces. (<c>host-state-deadline</c>)</summary>
    HostStateDeadline,
    /// <summary>Parliament refused to extend the deployment. (<c>parliamentary-vote</c>)</summary>
    ParliamentaryVote,
    /// <summary>Public opposition at home. (<c>public-opposition</c>)</summary>
    PublicOpposition,
    /// <summary>A war elsewhere called the forces home. (<c>external-war</c>)</summary>
    ExternalWar,
    /// <summary>The mission ended as planned. (<c>mission-completed</c>)</summary>
    MissionCompleted,
    /// <summary>Followed other members out. (<c>following-others</c>)</summary>
    FollowingOthers,
    /// <summary>The cost of staying. (<c>cost</c>)</summary>
    Cost,
    /// <summary>Withdrawal from a treaty. (<c>treaty-withdrawal</c>)</summary>
    TreatyWithdrawal,
    /// <summary>Expelled or removed by the other members. (<c>expulsion</c>)</summary>
    Expulsion,
    /// <summary>Suspended by the other members or by itself. (<c>suspension</c>)</summary>
    Suspension,
    /// <summary>The member (an organisation) closed down. (<c>dissolution</c>)</summary>
    Dissolution,
    /// <summary>Denied having taken part at all: the member disowned its listing or its role (a state that said it was named without consent). (<c>denied-taking-part</c>)</summary>
    DeniedTakingPart,

    /// <summary>Left the joint command but kept its forces under national command (a partial exit from integration). (<c>kept-national-command</c>)</summary>
    KeptNationalCommand,

    /// <summary>A person died; not a choice to leave, so not an exit in the sense of the "coalition of the leaving". (<c>death</c>)</summary>
    Death,

    /// <summary>A person left a post and a successor took it; the organisation stayed, so not an exit of the coalition. (<c>succession</c>)</summary>
    Succession,

    /// <summary>Any other reason. (<c>other</c>)</summary>
    Other,
}
