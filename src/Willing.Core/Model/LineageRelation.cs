namespace Willing.Core.Model;

/// <summary>How a coalition relates to an antecedent (<see cref="Antecedent"/>).</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>lesson-drawn</c>.</remarks>
public enum LineageRelation
{
    /// <summary>Its makers drew a stated lesson from the earlier coalition and organised differently because of it. (<c>lesson-drawn</c>)</summary>
    LessonDrawn,

    /// <summary>It was modelled on, or cited as following, the earlier coalition. (<c>precedent</c>)</summary>
    Precedent,

    /// <summary>It continues the earlier coalition under another name or mandate. (<c>continuation</c>)</summary>
    Continuation,

    /// <summary>It formed against the earlier coalition (a counter-coalition). (<c>counter-coalition</c>)</summary>
    CounterCoalition,
}
