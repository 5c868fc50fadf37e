namespace Willing.Core.Model;

/// <summary>What a member contributed: troops, money, hosting and so on.</summary>
/// <param name="Kind">What was contributed.</param>
/// <param name="Amount">How much, when known, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit of the amount.</param>
/// <param name="Measure">What the amount measures: peak, snapshot, total, initial or pledged.</param>
/// <param name="Date">The date of a snapshot or payment.</param>
/// <param name="Start">When the contribution began.</param>
/// <param name="End">When it ended.</param>
/// <param name="Description">The contribution in the editors' words.</param>
/// <param name="Provenance">The sources; alternatives hold other sources' figures.</param>
public sealed record Contribution(
    ContributionKind Kind,
    decimal? Amount,
    ContributionUnit? Unit,
    ContributionMeasure? Measure,
    PartialDate? Date,
    PartialDate? Start,
    PartialDate? End,
    string? Description,
    Provenance Provenance);
