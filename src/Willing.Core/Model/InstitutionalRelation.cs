namespace Willing.Core.Model;

/// <summary>A coalition's relation to established institutions (Cooper 2005, §3).</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>authorised-beforehand</c>.</remarks>
public enum InstitutionalRelation
{
    /// <summary>Authorised beforehand, e.g. by the UN Security Council (Gulf 1991, UNSCR 678). (<c>authorised-beforehand</c>)</summary>
    AuthorisedBeforehand,
    /// <summary>Endorsed only afterwards (Kosovo 1999). (<c>endorsed-afterwards</c>)</summary>
    EndorsedAfterwards,
    /// <summary>Negotiated within the standing forum's own machinery. (<c>within-standing-forum</c>)</summary>
    WithinStandingForum,
    /// <summary>Negotiated outside the forum that would normally handle it (Ottawa outside the Conference on Disarmament). (<c>outside-standing-forum</c>)</summary>
    OutsideStandingForum,
    /// <summary>Neither authorised nor endorsed (Iraq 2003). (<c>none</c>)</summary>
    None,
}
