namespace Willing.Qca.Minimization;

/// <summary>Which logical remainders (truth-table rows with no case) the minimisation may use as don't-cares.</summary>
public enum RemainderPolicy
{
    /// <summary>None: the conservative (complex) solution, from the positive rows alone (QCA's <c>include = ""</c>).</summary>
    Conservative,

    /// <summary>
    /// Every remainder except those the caller excludes: the parsimonious solution (QCA's <c>include = "?"</c>,
    /// with untenable remainders or contradictory simplifying assumptions excluded).
    /// </summary>
    Parsimonious,

    /// <summary>
    /// Only the easy counterfactuals, chosen by directional expectations from the conservative and parsimonious
    /// solutions (Ragin and Sonnett 2005; QCA's <c>dir.exp</c>).
    /// </summary>
    Intermediate,
}
