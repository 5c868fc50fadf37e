namespace Willing.Core.Model;

/// <summary>
/// A side-payment, threat or other inducement or pressure from one actor to another over a
/// membership decision (Cooper 2005, §2: coalitions of the bribed and of the coerced).
/// </summary>
/// <param name="From">Who offered or applied it.</param>
/// <param name="To">Whose decision was at stake.</param>
/// <param name="Kind">What kind of inducement.</param>
/// <param name="Direction">A reward (commission) or a punishment avoided (omission).</param>
/// <param name="AmountUsd">The headline nominal amount in US dollars, when given; the same money recurs across stages.</param>
/// <param name="Date">When.</param>
/// <param name="Stage">How far it got.</param>
/// <param name="Description">The inducement in the editors' words.</param>
/// <param name="Provenance">The sources.</param>
public sealed record Inducement(
    ActorId From,
    ActorId To,
    InducementKind Kind,
    InducementDirection Direction,
    decimal? AmountUsd,
    PartialDate? Date,
    InducementStage? Stage,
    string? Description,
    Provenance Provenance);
