namespace Willing.Typology.Codebook;

/// <summary>What an empty cell of the property space is taken to be (Elman 2005: compression and expansion).</summary>
public enum EmptyCellTag
{
    /// <summary>Theory rules the cell out; eligible for logical compression.</summary>
    LogicallyImpossible,

    /// <summary>Theory does not expect the cell, but does not rule it out: a case there would be a finding (networked coercion by naming, shaming or market exclusion).</summary>
    TheoreticallyUnexpected,

    /// <summary>Possible, but no case is in it; eligible for empirical compression.</summary>
    EmpiricallyEmpty,

    /// <summary>A type the paper foresees, such as "coalitions of the trusted" or "trade coalitions of the willing".</summary>
    TheorisedFutureType,
}

/// <summary>An analyst's annotation of one cell: its tag when empty, a label and the reasoning.</summary>
/// <param name="Code">The cell code, H C S T R (e.g. <c>11100</c>), or a four-axis corner H C S T (e.g. <c>1110</c>) that annotates both of its cells.</param>
/// <param name="Tag">What the cell is taken to be when no case is in it.</param>
/// <param name="Label">A label, e.g. "trade coalitions of the willing".</param>
/// <param name="Note">The reasoning.</param>
/// <param name="Passage">The paper's passage, when there is one.</param>
public sealed record CellAnnotation(string Code, EmptyCellTag Tag, string? Label, string? Note, string? Passage);
