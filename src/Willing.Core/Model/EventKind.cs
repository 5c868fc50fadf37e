namespace Willing.Core.Model;

/// <summary>What kind of event.</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>launch</c>.</remarks>
public enum EventKind
{
    /// <summary>A coalition or campaign is launched. (<c>launch</c>)</summary>
    Launch,
    /// <summary>A meeting or summit. (<c>meeting</c>)</summary>
    Meeting,
    /// <summary>A conference. (<c>conference</c>)</summary>
    Conference,
    /// <summary>A vote. (<c>vote</c>)</summary>
    Vote,
    /// <summary>A signing. (<c>signature</c>)</summary>
    Signature,
    /// <summary>A ratification or accession. (<c>ratification</c>)</summary>
    Ratification,
    /// <summary>A treaty enters into force. (<c>entry-into-force</c>)</summary>
    EntryIntoForce,
    /// <summary>A list is published. (<c>list-published</c>)</summary>
    ListPublished,
    /// <summary>A published letter or statement. (<c>letter</c>)</summary>
    Letter,
    /// <summary>A report. (<c>report</c>)</summary>
    Report,
    /// <summary>An election. (<c>election</c>)</summary>
    Election,
    /// <summary>Losses among a member's forces. (<c>casualties</c>)</summary>
    Casualties,
    /// <summary>A hostage-taking. (<c>hostage-crisis</c>)</summary>
    HostageCrisis,
    /// <summary>A member withdraws. (<c>withdrawal</c>)</summary>
    Withdrawal,
    /// <summary>A UN resolution. (<c>un-resolution</c>)</summary>
    UnResolution,
    /// <summary>An attack. (<c>attack</c>)</summary>
    Attack,
    /// <summary>A law is passed. (<c>legislation</c>)</summary>
    Legislation,
    /// <summary>A prize or award. (<c>award</c>)</summary>
    Award,
    /// <summary>Anything else. (<c>other</c>)</summary>
    Other,
}
