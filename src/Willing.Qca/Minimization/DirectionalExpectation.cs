namespace Willing.Qca.Minimization;

/// <summary>What theory expects of one condition's contribution to the outcome, for intermediate solutions.</summary>
public enum DirectionalExpectation
{
    /// <summary>No expectation (<c>-</c>): neither value of the condition may be dropped by an easy counterfactual.</summary>
    None,

    /// <summary>The condition's presence (<c>1</c>) is expected to contribute to the outcome, so an absence in a complex term may be dropped.</summary>
    Present,

    /// <summary>The condition's absence (<c>0</c>) is expected to contribute to the outcome, so a presence in a complex term may be dropped.</summary>
    Absent,
}
