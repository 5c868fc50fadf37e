namespace Willing.Reports.Validation;

/// <summary>How Willing's placement of a case stands to where an expert reading of the paper puts it (<see cref="PaperExpectation"/>).</summary>
public enum ValidationVerdict
{
    /// <summary>Every set the expectation names is measured and on the expected side of the crossover.</summary>
    Agree,

    /// <summary>At least one measured set is on the other side of the crossover from the expectation.</summary>
    Disagree,

    /// <summary>No measured set contradicts the expectation, but at least one it names is undetermined or exactly at the crossover.</summary>
    Undetermined,

    /// <summary>The paper's placement implies no cell (a counter-coalition), so there is nothing to compare.</summary>
    NoExpectation,
}
