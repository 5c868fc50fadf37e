namespace Willing.Core.Model;

/// <summary>
/// A period a case file declares within its coalition's life (a phase: the invasion, the
/// occupation), so that each can be scored on the evidence dated within it (DESIGN, Time).
/// </summary>
/// <param name="Id">The period's id within the file, e.g. <c>invasion</c>.</param>
/// <param name="Name">Its name.</param>
/// <param name="Start">When it began.</param>
/// <param name="End">When it ended; null for a period that runs to the case's end (see <see cref="EndIn"/>).</param>
/// <param name="Description">The period in the editors' words.</param>
/// <param name="Provenance">The sources for the periodisation.</param>
/// <remarks>The reader guarantees that a period lies within its case's <see cref="Coalition.Period"/> and that its end is not certainly before its start.</remarks>
public sealed record CasePeriod(ItemId Id, string Name, PartialDate Start, PartialDate? End, string? Description, Provenance Provenance)
{
    /// <summary>The period's end, or for an open period the case's end (null while the case is still active).</summary>
    /// <param name="coalition">The coalition the period belongs to.</param>
    public PartialDate? EndIn(Coalition coalition)
    {
        ArgumentNullException.ThrowIfNull(coalition);
        return End ?? coalition.Period.End;
    }
}
