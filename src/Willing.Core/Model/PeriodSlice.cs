using System.Collections.Immutable;

namespace Willing.Core.Model;

/// <summary>
/// A coalition as seen within one of its periods (<see cref="CasePeriods.Slice"/>), with the facts
/// the slice kept although they carry no date, and those it left out.
/// </summary>
/// <param name="Period">The period.</param>
/// <param name="Coalition">The coalition as seen within it.</param>
/// <remarks>
/// The paths are those of the original coalition, spelled as in error messages and
/// <see cref="Sources.FactWalker"/> (<c>memberships[3].contributions[0]</c>), with each collection
/// indexed as the model holds it (changes and series points in date order).
/// </remarks>
public sealed record PeriodSlice(CasePeriod Period, Coalition Coalition)
{
    /// <summary>
    /// The facts kept because nothing dates them: a membership with neither <c>joined</c> nor
    /// <c>left</c>, a contribution, justification, casualty count, exit, inducement, tie, list or
    /// body without any date. They count in every period their parent is in, so an analyst should
    /// see how many there are.
    /// </summary>
    public ImmutableArray<string> UndatedKept { get; init; } = [];

    /// <summary>The facts left out because they are dated outside the period (the nested facts of a dropped membership are not listed one by one).</summary>
    public ImmutableArray<string> Dropped { get; init; } = [];

    /// <summary>The memberships whose <c>left</c> date was after the period's end and was cleared (the member was still in at the period's end).</summary>
    public ImmutableArray<string> LeftCleared { get; init; } = [];

    /// <summary>How many undated facts the slice kept.</summary>
    public int UndatedCount => UndatedKept.Length;
}
