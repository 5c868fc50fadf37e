namespace Willing.Core.Model;

/// <summary>How far the cited sources can be trusted for a fact.</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>high</c>.</remarks>
public enum Confidence
{
    /// <summary>An official or major source states it, or several agree. (<c>high</c>)</summary>
    High,
    /// <summary>One secondary source. (<c>medium</c>)</summary>
    Medium,
    /// <summary>A weak or partial source. (<c>low</c>)</summary>
    Low,
}
