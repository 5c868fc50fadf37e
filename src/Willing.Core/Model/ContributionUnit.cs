namespace Willing.Core.Model;

/// <summary>The unit of a contribution's amount.</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>personnel</c>.</remarks>
public enum ContributionUnit
{
    /// <summary>People. (<c>personnel</c>)</summary>
    Personnel,
    /// <summary>US dollars, nominal. (<c>usd</c>)</summary>
    Usd,
    /// <summary>Aircraft. (<c>aircraft</c>)</summary>
    Aircraft,
    /// <summary>Ships. (<c>ships</c>)</summary>
    Ships,
    /// <summary>Events hosted. (<c>events</c>)</summary>
    Events,
    /// <summary>Another unit, stated in the description. (<c>other</c>)</summary>
    Other,
}
