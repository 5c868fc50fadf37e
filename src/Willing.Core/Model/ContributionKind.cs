namespace Willing.Core.Model;

/// <summary>What an actor contributed.</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>troops</c>.</remarks>
public enum ContributionKind
{
    /// <summary>Military personnel. (<c>troops</c>)</summary>
    Troops,
    /// <summary>Aircraft. (<c>aircraft</c>)</summary>
    Aircraft,
    /// <summary>Ships. (<c>ships</c>)</summary>
    Ships,
    /// <summary>Money. (<c>money</c>)</summary>
    Money,
    /// <summary>Hosting conferences or meetings. (<c>hosting</c>)</summary>
    Hosting,
    /// <summary>Bases on its territory. (<c>basing</c>)</summary>
    Basing,
    /// <summary>Overflight rights. (<c>overflight</c>)</summary>
    Overflight,
    /// <summary>Logistic support. (<c>logistics</c>)</summary>
    Logistics,
    /// <summary>Medical units. (<c>medical</c>)</summary>
    Medical,
    /// <summary>Civilian staff. (<c>staff</c>)</summary>
    Staff,
    /// <summary>Equipment. (<c>equipment</c>)</summary>
    Equipment,
    /// <summary>Expertise, research or drafting. (<c>expertise</c>)</summary>
    Expertise,
    /// <summary>Anything else. (<c>other</c>)</summary>
    Other,
}
