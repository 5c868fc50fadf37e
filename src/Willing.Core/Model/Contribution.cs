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
    Provenance Provenance)
{
    /// <summary>The amount when the source gives a range or a bound (then <see cref="Amount"/> is null).</summary>
    public Quantity? Bounds { get; init; }

    /// <summary>The ISO 4217 code of the currency of a money amount other than US dollars, e.g. <c>GBP</c>.</summary>
    public string? Currency { get; init; }

    /// <summary>The year whose prices a money amount is in.</summary>
    public int? PriceYear { get; init; }

    /// <summary>The amount as an interval: exact, or the range or bound the source gives; null without an amount.</summary>
    public Quantity? Interval => Amount is { } a ? Quantity.Exact(a) : Bounds;
}
