namespace Willing.Core.Model;

/// <summary>The kind of public reason an actor gave for joining.</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>normative</c>.</remarks>
public enum JustificationKind
{
    /// <summary>Norms and good international citizenship. (<c>normative</c>)</summary>
    Normative,
    /// <summary>Security. (<c>security</c>)</summary>
    Security,
    /// <summary>Status and standing. (<c>status</c>)</summary>
    Status,
    /// <summary>Loyalty to an ally or alliance. (<c>alliance</c>)</summary>
    Alliance,
    /// <summary>Material gain. (<c>material</c>)</summary>
    Material,
    /// <summary>Humanitarian need. (<c>humanitarian</c>)</summary>
    Humanitarian,
    /// <summary>International law. (<c>legal</c>)</summary>
    Legal,
}
