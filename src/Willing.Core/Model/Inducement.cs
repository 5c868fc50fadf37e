namespace Willing.Core.Model;

/// <summary>
/// A side-payment, threat or other inducement or pressure from one actor to another over a
/// membership decision (Cooper 2005, §2: coalitions of the bribed and of the coerced).
/// </summary>
/// <param name="From">Who offered or applied it.</param>
/// <param name="To">Whose decision was at stake; null when the inducement was aimed at the entries of a list (<see cref="ToList"/>).</param>
/// <param name="Kind">What kind of inducement.</param>
/// <param name="Direction">A reward (commission) or a punishment avoided (omission).</param>
/// <param name="AmountUsd">The headline nominal amount in US dollars, when given; the same money recurs across stages.</param>
/// <param name="Date">When.</param>
/// <param name="Stage">How far it got.</param>
/// <param name="Description">The inducement in the editors' words.</param>
/// <param name="Provenance">The sources.</param>
public sealed record Inducement(
    ActorId From,
    ActorId? To,
    InducementKind Kind,
    InducementDirection Direction,
    decimal? AmountUsd,
    PartialDate? Date,
    InducementStage? Stage,
    string? Description,
    Provenance Provenance)
{
    /// <summary>A list whose every entry was the target at once (a letter to all ratifiers, lobbying before a vote); then <see cref="To"/> is null.</summary>
    public ItemId? ToList { get; init; }

    /// <summary>The amount in the currency the source gives, when not (only) in US dollars; see <see cref="Currency"/>.</summary>
    public decimal? Amount { get; init; }

    /// <summary>The ISO 4217 code of <see cref="Amount"/>'s currency, e.g. <c>EUR</c>.</summary>
    public string? Currency { get; init; }

    /// <summary>The year whose prices <see cref="Amount"/> is in (nominal money of that year).</summary>
    public int? PriceYear { get; init; }
}
