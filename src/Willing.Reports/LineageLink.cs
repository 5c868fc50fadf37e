using Willing.Core.Model;

namespace Willing.Reports;

/// <summary>One antecedent link: the later coalition names the earlier case as its antecedent.</summary>
/// <param name="Later">The coalition that names the antecedent.</param>
/// <param name="Antecedent">The antecedent as the later coalition's case file records it: the earlier case, the relation, the lesson and the sources.</param>
public sealed record LineageLink(CoalitionId Later, Antecedent Antecedent)
{
    /// <summary>The earlier case.</summary>
    public CoalitionId Earlier => Antecedent.Case;

    /// <summary>How the later coalition relates to the earlier one.</summary>
    public LineageRelation Relation => Antecedent.Relation;
}
