using System.Text.Json.Serialization;

namespace Willing.Qca.Diagnostics;

/// <summary>
/// Where a case stands with respect to a sufficiency statement X → Y, after Schneider and Rohlfing (2013) and
/// Schneider and Wagemann (2012): the cases to pick for process tracing and the cases that speak against the statement.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<CaseType>))]
public enum CaseType
{
    /// <summary>X &gt; 0.5, Y &gt; 0.5 and X ≤ Y: a member of both, consistent in degree.</summary>
    Typical,

    /// <summary>X &gt; 0.5, Y &gt; 0.5 but X &gt; Y: in kind consistent, in degree not.</summary>
    DeviantConsistencyInDegree,

    /// <summary>X &gt; 0.5, Y &lt; 0.5: the condition without the outcome; speaks against sufficiency.</summary>
    DeviantConsistencyInKind,

    /// <summary>X &lt; 0.5, Y &gt; 0.5: the outcome without the condition; not explained by it (a coverage problem).</summary>
    DeviantCoverage,

    /// <summary>X &lt; 0.5, Y &lt; 0.5: neither; says nothing about the statement.</summary>
    IndividuallyIrrelevant,

    /// <summary>X or Y exactly 0.5: the case is in no corner and cannot be classified.</summary>
    AtCrossover,
}
