using Willing.Core.Model;

namespace Willing.Typology.Analysis;

/// <summary>One variant of a coalition: the same case with one fact deleted, or one recorded alternative value applied.</summary>
/// <param name="Path">The fact's field path in the case file, e.g. <c>memberships[3].contributions[0]</c>.</param>
/// <param name="Description">The fact in words.</param>
/// <param name="Coalition">The coalition with the change.</param>
public sealed record FactVariant(string Path, string Description, Coalition Coalition);

/// <summary>
/// The variants the sensitivity analysis scores: each single fact deleted (the jackknife over facts)
/// and each alternative value the case file records applied in turn.
/// </summary>
/// <remarks>
/// Deleted, one at a time: memberships, their contributions and justifications, inducements, ties,
/// events and standing bodies, the facts the typology's indicators read. Alternatives applied: a
/// contribution's <c>amount</c>, a membership's <c>joined</c> and a body's <c>kind</c>; other fields
/// (dates of events, counts of series, descriptions) do not enter any indicator.
/// </remarks>
public static class FactVariants
{
    /// <summary>Every single-fact deletion, in file order.</summary>
    public static IEnumerable<FactVariant> Deletions(Coalition c)
    {
        for (int i = 0; i < c.Memberships.Length; i++)
        {
            var m = c.Memberships[i];
            yield return new($"memberships[{i}]", $"the membership of {m.Actor}", c with { Memberships = c.Memberships.RemoveAt(i) });
            for (int j = 0; j < m.Contributions.Length; j++)
            {
                var x = m.Contributions[j];
                yield return new($"memberships[{i}].contributions[{j}]", $"{m.Actor}'s {KebabCase.Name(x.Kind)} contribution{(x.Amount is { } a ? $" of {a:0.##}" : string.Empty)}",
                    c with { Memberships = c.Memberships.SetItem(i, m with { Contributions = m.Contributions.RemoveAt(j) }) });
            }

            for (int j = 0; j < m.Justifications.Length; j++)
            {
                var x = m.Justifications[j];
                yield return new($"memberships[{i}].justifications[{j}]", $"{m.Actor}'s {KebabCase.Name(x.Kind)} justification",
                    c with { Memberships = c.Memberships.SetItem(i, m with { Justifications = m.Justifications.RemoveAt(j) }) });
            }
        }

        for (int i = 0; i < c.Inducements.Length; i++)
        {
            var x = c.Inducements[i];
            yield return new($"inducements[{i}]", $"{KebabCase.Name(x.Kind)} from {x.From} to {(x.To is { } to ? to.Value : x.ToList?.Value)}", c with { Inducements = c.Inducements.RemoveAt(i) });
        }

        for (int i = 0; i < c.Ties.Length; i++)
        {
            var x = c.Ties[i];
            yield return new($"ties[{i}]", $"{KebabCase.Name(x.Kind)} tie {x.From} – {x.To}", c with { Ties = c.Ties.RemoveAt(i) });
        }

        for (int i = 0; i < c.Events.Length; i++)
        {
            var x = c.Events[i];
            yield return new($"events[{i}]", $"event {x.Id}", c with { Events = c.Events.RemoveAt(i) });
        }

        for (int i = 0; i < c.Bodies.Length; i++)
        {
            var x = c.Bodies[i];
            yield return new($"bodies[{i}]", $"body {x.Id}", c with { Bodies = c.Bodies.RemoveAt(i) });
        }
    }

    /// <summary>Every recorded alternative that can enter an indicator, applied one at a time.</summary>
    public static IEnumerable<FactVariant> Alternatives(Coalition c)
    {
        for (int i = 0; i < c.Memberships.Length; i++)
        {
            var m = c.Memberships[i];
            foreach (var alt in m.Provenance.Alternatives.Where(a => a.Field == "joined"))
            {
                if (PartialDate.TryParse(alt.Value, out var date, out _))
                    yield return new($"memberships[{i}].joined", $"{m.Actor} joined {alt.Value} (not {m.Joined})", c with { Memberships = c.Memberships.SetItem(i, m with { Joined = date }) });
            }

            for (int j = 0; j < m.Contributions.Length; j++)
            {
                var x = m.Contributions[j];
                foreach (var alt in x.Provenance.Alternatives.Where(a => a.Field == "amount"))
                {
                    if (!Quantity.TryParse(alt.Value, out var q, out _))
                        continue;
                    var changed = q.Low == q.High && q.Low is { } exact ? x with { Amount = exact, Bounds = null } : x with { Amount = null, Bounds = q };
                    yield return new($"memberships[{i}].contributions[{j}].amount", $"{m.Actor}'s {KebabCase.Name(x.Kind)} {alt.Value} (not {x.Amount?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? x.Bounds?.ToString()})",
                        c with { Memberships = c.Memberships.SetItem(i, m with { Contributions = m.Contributions.SetItem(j, changed) }) });
                }
            }
        }

        for (int i = 0; i < c.Bodies.Length; i++)
        {
            var b = c.Bodies[i];
            foreach (var alt in b.Provenance.Alternatives.Where(a => a.Field == "kind"))
            {
                if (KebabCase.TryParse<BodyKind>(alt.Value, out var kind))
                    yield return new($"bodies[{i}].kind", $"body {b.Id} {alt.Value} (not {KebabCase.Name(b.Kind)})", c with { Bodies = c.Bodies.SetItem(i, b with { Kind = kind }) });
            }
        }
    }
}
