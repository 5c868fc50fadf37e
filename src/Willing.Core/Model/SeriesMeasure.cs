namespace Willing.Core.Model;

/// <summary>What a series of counts measures.</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>states-parties</c>.</remarks>
public enum SeriesMeasure
{
    /// <summary>States parties to a treaty. (<c>states-parties</c>)</summary>
    StatesParties,
    /// <summary>Signatories. (<c>signatories</c>)</summary>
    Signatories,
    /// <summary>Participants. (<c>participants</c>)</summary>
    Participants,
    /// <summary>Member organisations of a network. (<c>member-organisations</c>)</summary>
    MemberOrganisations,
    /// <summary>Member states. (<c>member-states</c>)</summary>
    MemberStates,
    /// <summary>Troops. (<c>troops</c>)</summary>
    Troops,
    /// <summary>Anything else. (<c>other</c>)</summary>
    Other,
}
