using System.Globalization;
using Willing.Core.Model;

namespace Willing.Core.Sources;

/// <summary>Every sourced fact of a coalition with its field path, in file order.</summary>
public static class FactWalker
{
    /// <summary>The facts of a coalition: each provenance with the path of the fact it belongs to, e.g. <c>memberships[3].contributions[0]</c>.</summary>
    public static IEnumerable<(string Path, Provenance Provenance)> Facts(Coalition c)
    {
        yield return ("issue_area", c.IssueArea.Provenance);
        yield return ("period", c.Period.Provenance);
        foreach (var (x, i) in c.Periods.Select((x, i) => (x, i)))
            yield return (Item("periods", i), x.Provenance);
        yield return ("trigger", c.Trigger.Provenance);
        yield return ("institutions", c.Institutions.Provenance);
        if (c.Venue is { } venue)
            yield return ("venue", venue.Provenance);
        foreach (var (a, i) in c.Antecedents.Select((a, i) => (a, i)))
            yield return (Item("antecedents", i), a.Provenance);
        foreach (var (a, i) in c.Actors.Select((a, i) => (a, i)))
        {
            if (a.Provenance is { } p)
                yield return (Item("actors", i), p);
        }

        foreach (var (m, i) in c.Memberships.Select((m, i) => (m, i)))
        {
            string path = Item("memberships", i);
            yield return (path, m.Provenance);
            if (m.Exit is { } exit)
                yield return (path + ".exit", exit.Provenance);
            foreach (var (x, j) in m.Changes.Select((x, j) => (x, j)))
                yield return (Item(path + ".changes", j), x.Provenance);
            foreach (var (x, j) in m.Contributions.Select((x, j) => (x, j)))
                yield return (Item(path + ".contributions", j), x.Provenance);
            foreach (var (x, j) in m.Justifications.Select((x, j) => (x, j)))
                yield return (Item(path + ".justifications", j), x.Provenance);
            if (m.Casualties is { } casualties)
                yield return (path + ".casualties", casualties.Provenance);
        }

        foreach (var (x, i) in c.Inducements.Select((x, i) => (x, i)))
            yield return (Item("inducements", i), x.Provenance);
        foreach (var (x, i) in c.Ties.Select((x, i) => (x, i)))
            yield return (Item("ties", i), x.Provenance);
        foreach (var (x, i) in c.Events.Select((x, i) => (x, i)))
            yield return (Item("events", i), x.Provenance);
        foreach (var (l, i) in c.Lists.Select((x, i) => (x, i)))
        {
            yield return (Item("lists", i), l.Provenance);
            foreach (var (e, j) in l.Entries.Select((e, j) => (e, j)))
            {
                if (!ReferenceEquals(e.Provenance, l.Provenance))
                    yield return (Item(Item("lists", i) + ".entries", j), e.Provenance);
            }
        }

        foreach (var (x, i) in c.Bodies.Select((x, i) => (x, i)))
            yield return (Item("bodies", i), x.Provenance);
        foreach (var (s, i) in c.Series.Select((x, i) => (x, i)))
        {
            yield return (Item("series", i), s.Provenance);
            foreach (var (p, j) in s.Points.Select((p, j) => (p, j)))
                yield return (Item(Item("series", i) + ".points", j), p.Provenance);
        }
    }

    private static string Item(string path, int index) => $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]";
}
