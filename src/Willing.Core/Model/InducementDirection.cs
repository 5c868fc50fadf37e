namespace Willing.Core.Model;

/// <summary>Whether an inducement rewards or punishes (quid pro quo by commission or by omission).</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>inducement</c>.</remarks>
public enum InducementDirection
{
    /// <summary>A reward: quid pro quo by commission. (<c>inducement</c>)</summary>
    Inducement,
    /// <summary>A punishment avoided: quid pro quo by omission. (<c>pressure</c>)</summary>
    Pressure,
}
