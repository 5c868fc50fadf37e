namespace Willing.Core.Model;

/// <summary>A role an actor played in a coalition (Cooper 2005, §2 on leaders, followers and deputies).</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>leader</c>.</remarks>
public enum Role
{
    /// <summary>The leading actor (the 'sheriff', or the lead middle power). (<c>leader</c>)</summary>
    Leader,
    /// <summary>An actor sharing the lead. (<c>co-leader</c>)</summary>
    CoLeader,
    /// <summary>The leader's first follower (the UK in Iraq 2003). (<c>first-follower</c>)</summary>
    FirstFollower,
    /// <summary>A regional deputy of the leader (Australia's 'deputy sheriff' charge). (<c>regional-deputy</c>)</summary>
    RegionalDeputy,
    /// <summary>A rotating lead nation of a multinational force. (<c>lead-nation</c>)</summary>
    LeadNation,
    /// <summary>A member of the core group of like-minded states. (<c>core-group-member</c>)</summary>
    CoreGroupMember,
    /// <summary>Chaired a conference or body of the coalition. (<c>chair</c>)</summary>
    Chair,
    /// <summary>Hosted a conference, a meeting or a seat. (<c>host</c>)</summary>
    Host,
    /// <summary>Coordinated a transnational campaign. (<c>campaign-coordinator</c>)</summary>
    CampaignCoordinator,
    /// <summary>A founding member. (<c>founder</c>)</summary>
    Founder,
    /// <summary>Contributed military forces. (<c>troop-contributor</c>)</summary>
    TroopContributor,
    /// <summary>Contributed money. (<c>financial-contributor</c>)</summary>
    FinancialContributor,
    /// <summary>Gave political support without forces. (<c>political-supporter</c>)</summary>
    PoliticalSupporter,
    /// <summary>Sat on a steering or coordination committee. (<c>steering-committee-member</c>)</summary>
    SteeringCommitteeMember,
    /// <summary>A non-state actor on a national delegation. (<c>delegation-member</c>)</summary>
    DelegationMember,
    /// <summary>Helped draft the coalition's text. (<c>co-drafter</c>)</summary>
    CoDrafter,
    /// <summary>Took part as an observer; not counted as a member. (<c>observer</c>)</summary>
    Observer,
    /// <summary>A public advocate, such as a celebrity. (<c>advocate</c>)</summary>
    Advocate,
    /// <summary>A firm working under contract to a member. (<c>contractor</c>)</summary>
    Contractor,
    /// <summary>Signed the coalition's instrument. (<c>signatory</c>)</summary>
    Signatory,
    /// <summary>Ratified or acceded to the coalition's instrument. (<c>state-party</c>)</summary>
    StateParty,
    /// <summary>Opposed the coalition; not counted as a member. (<c>opponent</c>)</summary>
    Opponent,
    /// <summary>Was courted (induced or pressed) but did not join; not counted as a member. (<c>courted</c>)</summary>
    Courted,

    /// <summary>Neither joined, opposed nor was courted, as far as the sources tell: an abstainer, a bystander, a state that declined to be named; not counted as a member. (<c>bystander</c>)</summary>
    Bystander,

    /// <summary>Took part in the coalition's meetings or work without taking its side (a neutral state at a conference, a mediator); not counted as a member. (<c>neutral-participant</c>)</summary>
    NeutralParticipant,

    /// <summary>The state or people the coalition acted for or supported (Albania in 1997, East Timor in 1999); not counted as a member. (<c>beneficiary</c>)</summary>
    Beneficiary,

    /// <summary>The state the coalition acted against or pressed to consent, without courting it to join (Indonesia pressed to accept INTERFET in 1999). (<c>target</c>)</summary>
    Target,

    /// <summary>A non-state actor that negotiated the coalition's text alongside states (an NGO in the room, not only lobbying outside it). (<c>co-negotiator</c>)</summary>
    CoNegotiator,
}
