using System.Collections.Frozen;
using System.Collections.Immutable;
using Willing.Core.Countries;
using Willing.Core.Model;

namespace Willing.Web.Pages;

/// <summary>An actor the coding form can complete: a state of ISO 3166 or an actor some stored case declares.</summary>
/// <param name="Id">Its id: the ISO code of a state, else the kebab id its case file gives it.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Its kind (kebab), e.g. <c>state</c> or <c>ngo-network</c>.</param>
internal sealed record KnownActor(string Id, string Name, string Kind);

/// <summary>
/// The actors the coding form completes and resolves, per snapshot: every ISO 3166 state (current and
/// former, and Kosovo's <c>XKX</c>) and every actor of the stored cases. A typed text resolves by id
/// (a state's code in any case), then by name (ignoring case); anything else is a new actor.
/// </summary>
internal sealed class KnownActors
{
    private readonly FrozenDictionary<string, KnownActor> byId;
    private readonly FrozenDictionary<string, KnownActor> byName;

    private KnownActors(ImmutableArray<KnownActor> all)
    {
        All = all;
        byId = all.DistinctBy(a => a.Id).ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
        byName = all.GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every known actor, states first (by name), then the others (by name).</summary>
    public ImmutableArray<KnownActor> All { get; }

    /// <summary>The known actors of a snapshot (built once per snapshot).</summary>
    public static KnownActors Of(WorkbenchSnapshot snapshot) => snapshot.Cache.Get("known-actors", () => Build(snapshot.Data.Coalitions));

    /// <summary>The known actor a typed text names, or null for a new one.</summary>
    /// <param name="text">A code, an id or a name, trimmed.</param>
    public KnownActor? Resolve(string text)
    {
        if (text.Length == 0)
            return null;
        if (byId.TryGetValue(text, out var actor))
            return actor;
        if (text.Length == 3 && text.All(char.IsAsciiLetter) && byId.TryGetValue(text.ToUpperInvariant(), out actor))
            return actor;
        return byName.GetValueOrDefault(text);
    }

    private static KnownActors Build(IEnumerable<Coalition> coalitions)
    {
        var states = CountryCodes.All.Select(c => new KnownActor(c.Code, c.Name, "state")).ToList();
        var seen = new HashSet<string>(states.Select(s => s.Id), StringComparer.Ordinal);
        var others = new List<KnownActor>();
        foreach (var actor in coalitions.SelectMany(c => c.Actors))
        {
            if (seen.Add(actor.Id.Value))
                others.Add(new KnownActor(actor.Id.Value, actor.Name, KebabCase.Name(actor.Kind)));
        }

        return new KnownActors([
            .. states.OrderBy(s => s.Name, StringComparer.Ordinal),
            .. others.OrderBy(o => o.Name, StringComparer.Ordinal)]);
    }
}
