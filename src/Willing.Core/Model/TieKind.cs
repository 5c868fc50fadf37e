namespace Willing.Core.Model;

/// <summary>The kind of a direct tie between two actors.</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>coordination</c>.</remarks>
public enum TieKind
{
    /// <summary>Consultation or coordination. (<c>coordination</c>)</summary>
    Coordination,
    /// <summary>Funding. (<c>funding</c>)</summary>
    Funding,
    /// <summary>Lobbying. (<c>lobbying</c>)</summary>
    Lobbying,
    /// <summary>Co-sponsoring a text. (<c>co-sponsorship</c>)</summary>
    CoSponsorship,
    /// <summary>Organising something together or for another. (<c>organising</c>)</summary>
    Organising,
    /// <summary>Recruiting the other into the coalition. (<c>recruitment</c>)</summary>
    Recruitment,
    /// <summary>Signing the same text (undirected). (<c>co-signing</c>)</summary>
    CoSigning,
    /// <summary>Chairing a body the other belongs to. (<c>chairing</c>)</summary>
    Chairing,
    /// <summary>Belonging to the other. (<c>membership</c>)</summary>
    Membership,
    /// <summary>Opposing the other. (<c>opposition</c>)</summary>
    Opposition,
    /// <summary>Anything else. (<c>other</c>)</summary>
    Other,
}
