using Willing.Core.Model;
using Willing.Typology.Classification;

namespace Willing.Reports;

/// <summary>A case that takes part in an antecedent link: a coalition of the case base, or an antecedent it names but does not hold.</summary>
/// <param name="Case">The case's id.</param>
/// <param name="Coalition">The coalition, when the case base holds it; null for an antecedent named but not declared.</param>
/// <param name="Classification">Its classification, when the report has one.</param>
public sealed record LineageNode(CoalitionId Case, Coalition? Coalition, CaseClassification? Classification)
{
    /// <summary>Whether the case base holds the case (a lone case file may name antecedents it does not hold).</summary>
    public bool InCaseBase => Coalition is not null;

    /// <summary>When the case's period began; null for a case not in the case base.</summary>
    public PartialDate? Start => Coalition?.Period.Start;
}
