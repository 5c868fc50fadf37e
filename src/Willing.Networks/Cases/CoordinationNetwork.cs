using System.Collections.Immutable;
using Willing.Core.Model;

namespace Willing.Networks.Cases;

/// <summary>Which actors a coordination network keeps as nodes.</summary>
public enum NetworkScope
{
    /// <summary>Members and prospects (actors courted to join): the coalition's own coordination, without its beneficiaries, targets and opponents.</summary>
    MembersAndProspects,

    /// <summary>Every actor a tie, an event, a body or a list names.</summary>
    AllActors,
}

/// <summary>How a case's facts become a coordination network.</summary>
/// <param name="Scope">Which actors are nodes.</param>
/// <param name="Ties">Whether the sourced ties count (opposition ties never do).</param>
/// <param name="Events">Whether co-participation in events counts (hosts, co-hosts, chairs, co-chairs, initiators and named participants of one event are linked pairwise).</param>
/// <param name="Bodies">Whether co-membership of a standing body counts.</param>
/// <param name="Lists">Whether co-listing on a published list counts (off by default: a published list is a roster the coalition announced, not a place where its members coordinated, and a list of 49 states would be a clique of 1,176 links).</param>
/// <param name="RoleImplied">Whether ties implied by roles are added (see <see cref="CoordinationNetwork"/>); off by default, and marked as implied.</param>
/// <param name="CompleteListsOnly">Whether only events whose named participants are all those a source counts enter (the sensitivity check for partial lists).</param>
public sealed record NetworkOptions(
    NetworkScope Scope = NetworkScope.MembersAndProspects,
    bool Ties = true,
    bool Events = true,
    bool Bodies = true,
    bool Lists = false,
    bool RoleImplied = false,
    bool CompleteListsOnly = false)
{
    /// <summary>The default construction: members and prospects; ties, shared events and bodies; no lists, no implied ties.</summary>
    public static NetworkOptions Default { get; } = new();
}

/// <summary>An actor in a coordination network.</summary>
/// <param name="Id">The actor's id (a person counts as the state or organisation it acted for).</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Its actor kind, in kebab case.</param>
/// <param name="StateSide">True for states, groups of states, IGOs, subnational governments and legislatures.</param>
/// <param name="Standing">Its standing in the case: <c>member</c>, <c>prospect</c>, <c>opponent</c>, <c>beneficiary</c>, <c>target</c>, <c>bystander</c> or <c>none</c>.</param>
public sealed record CaseActor(string Id, string Name, string Kind, bool StateSide, string Standing)
{
    /// <summary>True for members of the coalition.</summary>
    public bool IsMember => Standing == "member";
}

/// <summary>What one link of the network rests on: a tie, or a shared event, body or list, with its sources.</summary>
/// <param name="Origin">The kind of basis: <c>tie</c>, <c>event</c>, <c>body</c>, <c>list</c> or <c>role</c> (implied).</param>
/// <param name="Label">What it is: the tie's kind, or the event's, body's or list's id.</param>
/// <param name="Provenance">The sources.</param>
public sealed record LinkBasis(string Origin, string Label, Provenance Provenance);

/// <summary>An undirected, weighted link between two actors: how many ties and shared events, bodies and lists join them.</summary>
/// <param name="A">One end (the ordinally smaller id).</param>
/// <param name="B">The other end.</param>
/// <param name="Bases">Everything the link rests on; its weight is their number.</param>
public sealed record CaseLink(string A, string B, ImmutableArray<LinkBasis> Bases)
{
    /// <summary>The number of ties, shared events, bodies and lists behind the link.</summary>
    public int Weight => Bases.Length;
}

/// <summary>A directed tie between two actors of the network, from its initiator.</summary>
/// <param name="From">The initiator.</param>
/// <param name="To">The other end.</param>
/// <param name="Kind">The tie's kind, in kebab case.</param>
/// <param name="Provenance">The sources.</param>
public sealed record CaseTie(string From, string To, string Kind, Provenance Provenance);

/// <summary>How completely an event's participants are named: the named participants against the total a source reports.</summary>
/// <param name="Event">The event's id.</param>
/// <param name="Named">How many actors it names (participants, hosts, chairs and initiator, persons counted as their principals).</param>
/// <param name="Reported">The total a source reports, if any.</param>
public sealed record ParticipantCoverage(string Event, int Named, int? Reported)
{
    /// <summary>True when no source reports more participants than are named.</summary>
    public bool Complete => Reported is not { } r || r <= Named;
}

/// <summary>
/// A case's coordination network: actors as nodes, linked by their sourced ties and by
/// co-participation in events, standing bodies and published lists (the projection of the two-mode
/// actor–event network, so a body or a list is never a node).
/// </summary>
/// <remarks>
/// <para>Rules, one place for them: a person counts as the actor it acted for; a group standing for
/// several states (<c>state-group</c>) is no node, since its ties are ties of many states at once;
/// opposition ties are left out (they are not coordination); a tie or a shared event between two
/// actors adds 1 to their link, so parallel ties and repeated meetings give weight. In the default
/// scope only members and prospects (actors courted to join) are nodes: Cooper's hub and spokes are
/// the coalition's own ("the US as the central pivot", §2), so beneficiaries, target states and
/// opponents, whom the coalition talks to but who do not coordinate within it, stay out.</para>
/// <para>Partial participant lists: an event enters with the participants a source names;
/// <see cref="Coverage"/> records each event's named and reported counts, and
/// <see cref="NetworkOptions.CompleteListsOnly"/> rebuilds the network from the events named in full,
/// so a metric's sensitivity to the gaps can be shown beside it.</para>
/// <para>Implied ties (<see cref="NetworkOptions.RoleImplied"/>, off by default): a member holding the
/// leader, co-leader or lead-nation role is linked to every other member, marked <c>role</c>.</para>
/// </remarks>
/// <param name="Case">The case.</param>
/// <param name="Options">How it was built.</param>
/// <param name="Nodes">The actors, in order of first appearance in the file's actors.</param>
/// <param name="Links">The undirected links, in ordinal order of their ends.</param>
/// <param name="Directed">The directed ties among the nodes, in file order.</param>
/// <param name="Coverage">Each event's named and reported participants.</param>
public sealed record CoordinationNetwork(
    CoalitionId Case,
    NetworkOptions Options,
    ImmutableArray<CaseActor> Nodes,
    ImmutableArray<CaseLink> Links,
    ImmutableArray<CaseTie> Directed,
    ImmutableArray<ParticipantCoverage> Coverage)
{
    /// <summary>Builds the network of a coalition (or of one period's slice of it, <see cref="CasePeriods.Slice"/>).</summary>
    public static CoordinationNetwork Of(Coalition coalition, NetworkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(coalition);
        options ??= NetworkOptions.Default;
        var actors = coalition.Actors.ToDictionary(a => a.Id, a => a);
        string Principal(ActorId id) =>
            actors.TryGetValue(id, out var a) && a.Kind == ActorKind.Person && a.ActsFor is { } p && p != id && actors.ContainsKey(p) ? p.Value : id.Value;
        // Each actor's standing and whether it is a node, worked out once: links ask for them pair by pair.
        var membership = coalition.Memberships.ToDictionary(m => m.Actor.Value, m => m, StringComparer.Ordinal);
        var standing = coalition.Actors.ToDictionary(a => a.Id.Value, a => Standing(membership.GetValueOrDefault(a.Id.Value)), StringComparer.Ordinal);
        var inScope = coalition.Actors
            .Where(a => a.Kind != ActorKind.StateGroup && (options.Scope == NetworkScope.AllActors || standing[a.Id.Value] is "member" or "prospect"))
            .Select(a => a.Id.Value)
            .ToHashSet(StringComparer.Ordinal);
        string StandingOf(string id) => standing.GetValueOrDefault(id, "none");
        bool InScope(string id) => inScope.Contains(id);

        var bases = new Dictionary<(string, string), List<LinkBasis>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Link(string x, string y, LinkBasis basis)
        {
            if (x == y || !InScope(x) || !InScope(y))
                return;
            seen.Add(x);
            seen.Add(y);
            var key = string.CompareOrdinal(x, y) < 0 ? (x, y) : (y, x);
            if (!bases.TryGetValue(key, out var list))
                bases[key] = list = [];
            list.Add(basis);
        }

        void Clique(IEnumerable<ActorId> ids, LinkBasis basis)
        {
            var group = ids.Select(Principal).Where(InScope).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var id in group)
                seen.Add(id);
            for (int i = 0; i < group.Count; i++)
            {
                for (int j = i + 1; j < group.Count; j++)
                    Link(group[i], group[j], basis);
            }
        }

        var directed = ImmutableArray.CreateBuilder<CaseTie>();
        if (options.Ties)
        {
            foreach (var t in coalition.Ties.Where(t => t.Kind != TieKind.Opposition))
            {
                string from = Principal(t.From), to = Principal(t.To);
                Link(from, to, new LinkBasis("tie", KebabCase.Name(t.Kind), t.Provenance));
                if (t.Directed && from != to && InScope(from) && InScope(to))
                    directed.Add(new CaseTie(from, to, KebabCase.Name(t.Kind), t.Provenance));
            }
        }

        var coverage = ImmutableArray.CreateBuilder<ParticipantCoverage>();
        if (options.Events)
        {
            foreach (var e in coalition.Events)
            {
                var named = new List<ActorId>(e.Participants);
                named.AddRange(e.CoHosts);
                named.AddRange(e.CoChairs);
                foreach (var role in new[] { e.Host, e.Chair, e.Initiator })
                {
                    if (role is { } r)
                        named.Add(r);
                }

                int inNetwork = named.Select(Principal).Where(InScope).Distinct(StringComparer.Ordinal).Count();
                if (inNetwork == 0)
                    continue;
                var cover = new ParticipantCoverage(e.Id.Value, named.Select(Principal).Distinct(StringComparer.Ordinal).Count(), e.ParticipantsCount);
                coverage.Add(cover);
                if (!options.CompleteListsOnly || cover.Complete)
                    Clique(named, new LinkBasis("event", e.Id.Value, e.Provenance));
            }
        }

        if (options.Bodies)
        {
            foreach (var b in coalition.Bodies)
                Clique(b.Members, new LinkBasis("body", b.Id.Value, b.Provenance));
        }

        if (options.Lists)
        {
            foreach (var l in coalition.Lists)
                Clique(l.Entries.Select(x => x.Actor), new LinkBasis("list", l.Id.Value, l.Provenance));
        }

        if (options.RoleImplied)
        {
            var members = coalition.Members.Select(m => m.Actor.Value).Where(InScope).ToList();
            foreach (var lead in coalition.Members.Where(m => m.Has(Role.Leader) || m.Has(Role.CoLeader) || m.Has(Role.LeadNation)))
            {
                foreach (var other in members.Where(o => o != lead.Actor.Value))
                    Link(lead.Actor.Value, other, new LinkBasis("role", KebabCase.Name(lead.Roles.First(r => r is Role.Leader or Role.CoLeader or Role.LeadNation)), lead.Provenance));
            }
        }

        var nodes = coalition.Actors.Where(a => seen.Contains(a.Id.Value))
            .Select(a => new CaseActor(a.Id.Value, a.Name, KebabCase.Name(a.Kind), ActorSides.IsStateSide(coalition, a.Id), StandingOf(a.Id.Value)))
            .ToImmutableArray();
        var links = bases.OrderBy(kv => kv.Key.Item1, StringComparer.Ordinal).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal)
            .Select(kv => new CaseLink(kv.Key.Item1, kv.Key.Item2, [.. kv.Value]))
            .ToImmutableArray();
        return new CoordinationNetwork(coalition.Id, options, nodes, links, directed.ToImmutable(), coverage.ToImmutable());
    }

    private static string Standing(Membership? m) =>
        m is null ? "none"
        : m.IsMember ? "member"
        : m.Roles.Contains(Role.Courted) ? "prospect"
        : m.Roles.Contains(Role.Opponent) ? "opponent"
        : m.Roles.Contains(Role.Beneficiary) ? "beneficiary"
        : m.Roles.Contains(Role.Target) ? "target"
        : m.Roles.Contains(Role.Bystander) ? "bystander" : "none";

    /// <summary>The node of an actor.</summary>
    public CaseActor Node(string id) => Nodes.First(n => n.Id == id);

    /// <summary>
    /// The undirected graph for the metrics: the nodes <paramref name="keep"/> keeps (kind, group
    /// <c>state</c> or <c>non-state</c>, member flag), and a link for every pair joined by a basis that
    /// <paramref name="include"/> keeps, weighted by the number of such bases when <paramref name="weighted"/>, else 1.
    /// </summary>
    /// <param name="weighted">Whether a link's weight is its number of bases, or 1.</param>
    /// <param name="include">Which bases count; all by default.</param>
    /// <param name="keep">Which nodes the graph keeps (with their links); all by default.</param>
    public Graph ToGraph(bool weighted = false, Func<LinkBasis, bool>? include = null, Func<CaseActor, bool>? keep = null)
    {
        var builder = new GraphBuilder(directed: false);
        var kept = Nodes.Where(n => keep is null || keep(n)).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var n in Nodes.Where(n => kept.Contains(n.Id)))
            builder.AddNode(n.Id, n.Kind, n.StateSide ? "state" : "non-state", n.IsMember);
        foreach (var l in Links.Where(l => kept.Contains(l.A) && kept.Contains(l.B)))
        {
            int w = include is null ? l.Weight : l.Bases.Count(include);
            if (w > 0)
                builder.AddEdge(l.A, l.B, weighted ? w : 1);
        }

        return builder.Build();
    }

    /// <summary>The directed graph of the directed ties (parallel ties merged, weight their number when <paramref name="weighted"/>).</summary>
    public Graph ToDirectedGraph(bool weighted = false)
    {
        var builder = new GraphBuilder(directed: true);
        foreach (var n in Nodes)
            builder.AddNode(n.Id, n.Kind, n.StateSide ? "state" : "non-state", n.IsMember);
        foreach (var group in Directed.GroupBy(t => (t.From, t.To)))
            builder.AddEdge(group.Key.From, group.Key.To, weighted ? group.Count() : 1);
        return builder.Build();
    }
}
