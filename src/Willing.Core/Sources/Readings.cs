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
    public static bool IsReading(Coalition c, Provenance p) => IsReading(PaperSources(c), p);

    /// <summary>The coalition without the justifications, ties and inducements that are readings.</summary>
    public static Coalition Without(Coalition c)
    {
        var paper = PaperSources(c);
        return c with
        {
            Memberships = [.. c.Memberships.Select(m => m with { Justifications = [.. m.Justifications.Where(j => !IsReading(paper, j.Provenance))] })],
            Ties = [.. c.Ties.Where(t => !IsReading(paper, t.Provenance))],
            Inducements = [.. c.Inducements.Where(i => !IsReading(paper, i.Provenance))],
        };
    }

    /// <summary>How many justifications, ties and inducements of the coalition are readings.</summary>
    public static int Count(Coalition c)
    {
        var paper = PaperSources(c);
        return c.Memberships.Sum(m => m.Justifications.Count(j => IsReading(paper, j.Provenance)))
            + c.Ties.Count(t => IsReading(paper, t.Provenance))
            + c.Inducements.Count(i => IsReading(paper, i.Provenance));
    }

    private static HashSet<SourceId> PaperSources(Coalition c) => [.. c.Sources.Where(s => s.IsPaper).Select(s => s.Id)];

    private static bool IsReading(HashSet<SourceId> paper, Provenance p) =>
        p.IsReading || (p.Sources.Length > 0 && p.Sources.All(paper.Contains));
}
