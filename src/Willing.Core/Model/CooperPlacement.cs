namespace Willing.Core.Model;

/// <summary>How the paper itself treats a case; documentation only, never used in a score.</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>model-one</c>.</remarks>
public enum CooperPlacement
{
    /// <summary>Model one: top-down, state-centric, coerced or bribed. (<c>model-one</c>)</summary>
    ModelOne,
    /// <summary>Model two: bottom-up, mixed-actor, normative. (<c>model-two</c>)</summary>
    ModelTwo,
    /// <summary>A hybrid of the two. (<c>hybrid</c>)</summary>
    Hybrid,
    /// <summary>An antecedent or prototype of a model. (<c>antecedent</c>)</summary>
    Antecedent,
    /// <summary>A counter-coalition. (<c>counter-coalition</c>)</summary>
    CounterCoalition,
}
