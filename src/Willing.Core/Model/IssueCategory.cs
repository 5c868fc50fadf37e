namespace Willing.Core.Model;

/// <summary>The issue area a coalition works on.</summary>
/// <remarks>Case files spell each value in kebab case, e.g. <c>hard-security</c>.</remarks>
public enum IssueCategory
{
    /// <summary>Hard military security. (<c>hard-security</c>)</summary>
    HardSecurity,
    /// <summary>A peace or stabilisation operation. (<c>peace-operation</c>)</summary>
    PeaceOperation,
    /// <summary>Humanitarian disarmament, such as the landmine ban. (<c>humanitarian-disarmament</c>)</summary>
    HumanitarianDisarmament,
    /// <summary>Arms control, such as small arms. (<c>arms-control</c>)</summary>
    ArmsControl,
    /// <summary>International criminal justice. (<c>international-justice</c>)</summary>
    InternationalJustice,
    /// <summary>Human rights. (<c>human-rights</c>)</summary>
    HumanRights,
    /// <summary>Human security. (<c>human-security</c>)</summary>
    HumanSecurity,
    /// <summary>Children and armed conflict. (<c>children-and-armed-conflict</c>)</summary>
    ChildrenAndArmedConflict,
    /// <summary>Natural resources that fuel conflict, such as diamonds. (<c>conflict-resources</c>)</summary>
    ConflictResources,
    /// <summary>Trade. (<c>trade</c>)</summary>
    Trade,
    /// <summary>The environment. (<c>environment</c>)</summary>
    Environment,
    /// <summary>Health. (<c>health</c>)</summary>
    Health,
    /// <summary>Disaster prevention and relief, one of the "non-traditional issue-areas" of Cooper's §4. (<c>disaster-relief</c>)</summary>
    DisasterRelief,
    /// <summary>Anything else. (<c>other</c>)</summary>
    Other,
}
