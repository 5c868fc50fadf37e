using System.Collections.Immutable;

namespace Willing.Core.Model;

/// <summary>A standing body a coalition created or worked through (institutionalisation, Cooper 2005, §2).</summary>
/// <param name="Id">The body's id within the file.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Who may sit on it.</param>
/// <param name="Established">When it was set up.</param>
/// <param name="Ended">When it ended.</param>
/// <param name="RotatingChair">Whether its chair rotates.</param>
/// <param name="Members">Its members that sources name.</param>
/// <param name="Description">The body in the editors' words.</param>
/// <param name="Provenance">The sources.</param>
public sealed record StandingBody(
    ItemId Id,
    string Name,
    BodyKind Kind,
    PartialDate? Established,
    PartialDate? Ended,
    bool? RotatingChair,
    ImmutableArray<ActorId> Members,
    string? Description,
    Provenance Provenance)
{
    /// <summary>True for a body that was planned or agreed but not (yet) standing.</summary>
    public bool IsPlanned { get; init; }

    /// <summary>False when the sources do not say who sat on the body (then <see cref="Members"/> is empty, and that is a gap, not an empty body).</summary>
    public bool MembersKnown { get; init; } = true;

    /// <summary>How the body decides, when the sources say (<c>decides_by</c>).</summary>
    public DecisionRule? DecidesBy { get; init; }
}
