using Willing.Core.Model;

namespace Willing.Core.Sources;

/// <summary>
/// The paper's readings of a case, told apart from evidence about it (DESIGN, Measurement: "The
/// paper's own readings of a case are not evidence about it").
/// </summary>
/// <remarks>
/// A fact is a reading when its case file flags it (<c>reading: true</c>) or when its only sources
/// are the paper (<see cref="Source.IsPaper"/>): Cooper's interpretation of what an actor meant or how
/// two actors related is not the actor's own statement. Readings are left out of justifications,
/// ties and inducements before anything is scored, unless a user asks for them.
/// </remarks>
public static class Readings
{
    /// <summary>True when the fact is the paper's reading rather than sourced evidence.</summary>
    public static bool IsReading(Coalition c, Provenance p) =>
        p.IsReading || (p.Sources.Length > 0 && p.Sources.All(id => c.Sources.FirstOrDefault(s => s.Id == id)?.IsPaper == true));

    /// <summary>The coalition without the justifications, ties and inducements that are readings.</summary>
    public static Coalition Without(Coalition c) => c with
    {
        Memberships = [.. c.Memberships.Select(m => m with { Justifications = [.. m.Justifications.Where(j => !IsReading(c, j.Provenance))] })],
        Ties = [.. c.Ties.Where(t => !IsReading(c, t.Provenance))],
        Inducements = [.. c.Inducements.Where(i => !IsReading(c, i.Provenance))],
    };

    /// <summary>How many justifications, ties and inducements of the coalition are readings.</summary>
    public static int Count(Coalition c) =>
        c.Memberships.Sum(m => m.Justifications.Count(j => IsReading(c, j.Provenance)))
        + c.Ties.Count(t => IsReading(c, t.Provenance))
        + c.Inducements.Count(i => IsReading(c, i.Provenance));
}
