namespace Willing.Core.Model;

/// <summary>Who may sit on a standing body.</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>state-only</c>.</remarks>
public enum BodyKind
{
    /// <summary>States only. (<c>state-only</c>)</summary>
    StateOnly,
    /// <summary>States and non-state actors. (<c>mixed</c>)</summary>
    Mixed,
    /// <summary>Non-state actors only. (<c>non-state-only</c>)</summary>
    NonStateOnly,
}
