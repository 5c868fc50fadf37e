namespace Willing.Core.Model;

/// <summary>Where a coalition did its business.</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>ad-hoc</c>.</remarks>
public enum VenueKind
{
    /// <summary>Ad hoc meetings around the leader. (<c>ad-hoc</c>)</summary>
    AdHoc,
    /// <summary>A standing alliance such as NATO. (<c>standing-alliance</c>)</summary>
    StandingAlliance,
    /// <summary>The UN's framework. (<c>un-framework</c>)</summary>
    UnFramework,
    /// <summary>A series of stand-alone conferences. (<c>stand-alone-conferences</c>)</summary>
    StandAloneConferences,
    /// <summary>An informal network. (<c>informal-network</c>)</summary>
    InformalNetwork,
    /// <summary>Anything else. (<c>other</c>)</summary>
    Other,
}
