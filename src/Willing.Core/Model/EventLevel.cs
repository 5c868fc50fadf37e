namespace Willing.Core.Model;

/// <summary>At what level an event took place (Cooper 2005, §2: decisions at the apex of power).</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>head-of-government</c>.</remarks>
public enum EventLevel
{
    /// <summary>Heads of state or government. (<c>head-of-government</c>)</summary>
    HeadOfGovernment,
    /// <summary>Ministers. (<c>ministerial</c>)</summary>
    Ministerial,
    /// <summary>Officials and diplomats. (<c>officials</c>)</summary>
    Officials,
    /// <summary>States and non-state actors together. (<c>mixed</c>)</summary>
    Mixed,
    /// <summary>A public event. (<c>public</c>)</summary>
    Public,
}
