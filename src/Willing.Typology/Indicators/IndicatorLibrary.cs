using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using Willing.Core.Model;
using Willing.Networks;
using Willing.Networks.Cases;
using Willing.Networks.Metrics;
using Willing.Typology.Classification;

namespace Willing.Typology.Indicators;

/// <summary>
/// The computations that turn a coalition's data into raw indicator values. A codebook names a
/// computation for each of its indicators, so a user's codebook can reuse them with other anchors
/// or combinations. Every computation reports the facts it used, or why the case has no data.
/// </summary>
/// <remarks>
/// Acts of persons count for the state or organisation they acted for (<see cref="ActorSides.Principal"/>).
/// "Members" are memberships with a member role (<see cref="Membership.IsMember"/>).
/// </remarks>
public static class IndicatorLibrary
{
    // The kinds each measure counts, as patterns rather than sets of enum values: a set keyed by an
    // enum is compiled anew at start-up for each enum, for five lookups.
    private static bool IsMaterialInducement(InducementKind kind) => kind is
        InducementKind.SidePayment or InducementKind.Loan or InducementKind.DebtRelief or InducementKind.TradeConcession or InducementKind.Aid
        or InducementKind.MilitaryAid or InducementKind.AccessionPromise or InducementKind.StatusUpgrade or InducementKind.Contract;

    private static bool IsMaterialPressure(InducementKind kind) =>
        kind is InducementKind.Threat or InducementKind.AidCut or InducementKind.Sanction or InducementKind.TradeConcession;

    private static bool IsNormativeJustification(JustificationKind kind) =>
        kind is JustificationKind.Normative or JustificationKind.Humanitarian or JustificationKind.Legal or JustificationKind.Status;

    private static bool IsLeadingRole(Role role) =>
        role is Role.CoDrafter or Role.CampaignCoordinator or Role.Leader or Role.CoLeader or Role.CoreGroupMember or Role.Chair or Role.Host;

    private static bool IsObserverRole(Role role) => role is Role.Observer or Role.Advocate or Role.Contractor;

    /// <summary>Every computation, by the name codebooks use.</summary>
    public static FrozenDictionary<string, Func<Coalition, RawMeasure>> Computations { get; } = new Dictionary<string, Func<Coalition, RawMeasure>>
    {
        ["tie-centralization"] = TieCentralization,
        ["top-troop-share"] = TopTroopShare,
        ["troop-concentration"] = TroopConcentration,
        ["top-host-share"] = TopHostShare,
        ["top-initiator-share"] = TopInitiatorShare,
        ["institutionalisation"] = Institutionalisation,
        ["side-payment-share"] = SidePaymentShare,
        ["threat-share"] = ThreatShare,
        ["normative-justification-share"] = NormativeJustificationShare,
        ["non-state-member-share"] = NonStateMemberShare,
        ["mixed-tie-share"] = MixedTieShare,
        ["ngo-formal-role"] = NgoFormalRole,
        ["firm-autonomy"] = FirmAutonomy,
        ["apex-share"] = ApexShare,
        ["unlikeminded-inroads"] = UnlikemindedInroads,
        ["public-event-share"] = PublicEventShare,
        ["celebrity-presence"] = CelebrityPresence,
        ["trigger-lag-days"] = TriggerLagDays,
        ["trigger-launch-days"] = TriggerLaunchDays,
        ["issue-area"] = IssueAreaCategory,
        ["leader-threatened"] = LeaderThreatened,
        ["niche-selection"] = NicheSelection,
        ["institutional-relation"] = InstitutionalRelationCategory,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly ConditionalWeakTable<Coalition, CoordinationNetwork> MemberTieNetworks = new();
    private static readonly ConditionalWeakTable<Coalition, CoordinationNetwork> AllTieNetworks = new();

    /// <summary>
    /// The network of a case's direct ties (no co-participation) in one scope, built once per coalition
    /// object and shared by the indicators that read it (H1 and H5 the members', S2 and S5 every actor's).
    /// </summary>
    private static CoordinationNetwork TieNetwork(Coalition c, NetworkScope scope) =>
        (scope == NetworkScope.AllActors ? AllTieNetworks : MemberTieNetworks)
            .GetValue(c, x => CoordinationNetwork.Of(x, new NetworkOptions(scope, Ties: true, Events: false, Bodies: false, Lists: false)));

    // ---- organization ------------------------------------------------------------------------

    /// <summary>
    /// Freeman degree centralization of the direct ties among the coalition's members and prospects
    /// (<see cref="CoordinationNetwork"/> with ties only: opposition ties, groups standing for many
    /// states, beneficiaries, targets and opponents left out), computed by
    /// <see cref="Centralization.Degree"/>: Σ(max deg − deg) / ((n − 1)(n − 2)) over the actors with a
    /// link. Co-participation in events is left to H4 and to the network commands: projected onto
    /// actors, an event of k participants is a clique of k(k − 1)/2 links, so the centralization would
    /// measure the size of the coalition's meetings rather than who is linked to whom (Borgatti and
    /// Halgin 2011 on one-mode projections). When the most connected actor is an NGO or network, the value is 0: Cooper gives model two
    /// "one central group (the ICBL)" as a form of its networks (§2), so a centre of civil society is not
    /// a hub-and-spoke matrix around a pivot state.
    /// </summary>
    public static RawMeasure TieCentralization(Coalition c)
    {
        var network = TieNetwork(c, NetworkScope.MembersAndProspects);
        var linked = network.Links.SelectMany(l => (string[])[l.A, l.B]).ToHashSet(StringComparer.Ordinal);
        var graph = network.ToGraph(keep: a => linked.Contains(a.Id));
        int n = graph.NodeCount, links = graph.EdgeCount;
        if (n < 4 || links < 3)
            return RawMeasure.None($"too few ties to measure centralization ({links} distinct ties among {n} members and prospects; need 3 among 4)");
        var degree = Degrees.Degree(graph);
        int max = degree.Max();
        var hubs = Enumerable.Range(0, n).Where(i => degree[i] == max).Select(i => graph.Nodes[i].Id).Order(StringComparer.Ordinal).ToList();
        double value = Centralization.Degree(graph);
        var evidence = network.Links.Select(l => Evidence.Of($"tie {string.Join(", ", l.Bases.Select(b => b.Label))}: {l.A} – {l.B}", Merge(l.Bases)));
        string made = $"{links} distinct ties among {n} members and prospects";
        if (hubs.All(h => ActorSides.IsCivilSociety(c, new ActorId(h))))
            return RawMeasure.Number(0, $"{made}; the most connected, {hubs[0]} ({max} links, centralization {value:0.###}), is an NGO or network, so no state hub: 0", evidence);
        return RawMeasure.Number(value, $"{made}; the most connected, {hubs[0]}, has {max}", evidence);
    }

    private static Provenance Merge(IEnumerable<LinkBasis> bases)
    {
        var list = bases.ToList();
        return list.Count == 1 ? list[0].Provenance : list[0].Provenance with { Sources = [.. list.SelectMany(b => b.Provenance.Sources).Distinct()] };
    }

    /// <summary>
    /// The largest contributor's share of all members' force figures (troops, else aircraft, else
    /// ships; each member's largest figure). A range counts at its midpoint, a lower bound alone at the
    /// bound; the interval over the ranges' ends is kept (<see cref="RawMeasure.Interval"/>).
    /// </summary>
    public static RawMeasure TopTroopShare(Coalition c)
    {
        var troops = TroopFigures(c);
        if (troops.Count < 2)
            return RawMeasure.None("fewer than two members have troop, aircraft or ship figures");
        double total = troops.Sum(t => t.Amount);
        var top = troops.MaxBy(t => t.Amount)!;
        var measure = RawMeasure.Number(
            top.Amount / total,
            $"{top.Actor}'s {Fmt(top.Amount)} of {Fmt(total)} {top.Unit} contributed by {troops.Count} members{RangeNote(troops)}",
            troops.Select(t => t.Evidence));
        if (!troops.Any(t => t.IsRange))
            return measure;
        // Share i is largest with i at its high and the others at their lows, smallest the other way round;
        // the top share lies between the largest of the lows and the largest of the highs.
        double Share(TroopFigure i, bool high)
        {
            double own = high ? i.High : i.Low;
            double others = troops.Where(t => t != i).Sum(t => high ? t.Low : t.High);
            return double.IsPositiveInfinity(own) ? 1 : double.IsPositiveInfinity(others) ? 0 : own / (own + others);
        }

        return measure with { Interval = (troops.Max(t => Share(t, false)), troops.Max(t => Share(t, true))) };
    }

    /// <summary>Normalised Herfindahl–Hirschman index of members' force figures: (Σ s² − 1/n) / (1 − 1/n); with ranges, the interval from the most and the least concentrated ends (approximate).</summary>
    public static RawMeasure TroopConcentration(Coalition c)
    {
        var troops = TroopFigures(c);
        if (troops.Count < 2)
            return RawMeasure.None("fewer than two members have troop, aircraft or ship figures");
        double Hhi(IReadOnlyList<double> amounts)
        {
            double total = amounts.Sum();
            double hhi = amounts.Sum(a => Math.Pow(a / total, 2));
            double n = amounts.Count;
            return (hhi - (1 / n)) / (1 - (1 / n));
        }

        var point = troops.Select(t => t.Amount).ToList();
        double value = Hhi(point);
        var measure = RawMeasure.Number(value, $"HHI over {troops.Count} members' force figures, normalised: {value:0.###}{RangeNote(troops)}", troops.Select(t => t.Evidence));
        if (!troops.Any(t => t.IsRange))
            return measure;
        // The most concentrated end: the largest figure at its high, the others at their lows; an open
        // upper end (">80") can make one figure dominate, so the index can reach 1. The most spread end:
        // the largest at its low, the others at their highs (an open end taken at its low).
        var top = troops.MaxBy(t => t.High)!;
        bool open = troops.Any(t => double.IsPositiveInfinity(t.High));
        double High(TroopFigure t) => double.IsPositiveInfinity(t.High) ? t.Low : t.High;
        double most = open ? 1 : Hhi([.. troops.Select(t => t == top ? t.High : t.Low)]);
        double least = Hhi([.. troops.Select(t => t == top ? t.Low : High(t))]);
        return measure with { Interval = (Math.Min(value, Math.Min(most, least)), Math.Max(value, Math.Max(most, least))) };
    }

    private static string RangeNote(List<TroopFigure> troops) =>
        troops.Count(t => t.IsRange) is var n and > 0 ? $"; {n} figure(s) a range or bound, taken at the midpoint or the bound, interval kept" : string.Empty;

    /// <summary>The share of hosted or chaired events that the busiest host or chair hosted or chaired (rotation of functional responsibility, reversed).</summary>
    public static RawMeasure TopHostShare(Coalition c)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var evidence = new List<Evidence>();
        int events = 0;
        foreach (var e in c.Events)
        {
            var actors = new[] { e.Host, e.Chair }.OfType<ActorId>().Select(a => ActorSides.Principal(c, a).Value).Distinct().ToList();
            if (actors.Count == 0)
                continue;
            events++;
            foreach (var a in actors)
                counts[a] = counts.GetValueOrDefault(a) + 1;
            evidence.Add(Evidence.Of($"{e.Date} {e.Name ?? e.Id.Value}: host/chair {string.Join(", ", actors)}", e.Provenance));
        }

        if (events < 3)
            return RawMeasure.None($"{events} event(s) record a host or chair; need 3");
        int max = counts.Values.Max();
        string top = counts.Where(kv => kv.Value == max).Select(kv => kv.Key).Order(StringComparer.Ordinal).First();
        return RawMeasure.Share(max, events, $"{top} hosted or chaired {max} of {events} events; {counts.Count} actors hosted or chaired any", evidence);
    }

    /// <summary>
    /// The busiest state-side initiator's share of the directed ties among the coalition's members and
    /// prospects (the coordination network's directed ties, <see cref="CoordinationNetwork"/>; membership
    /// ties left out), counted with <see cref="Degrees.Strength"/> on the directed graph. Ties from
    /// beneficiaries or targets (a state asking for help) are not the coalition rounding itself up.
    /// </summary>
    public static RawMeasure TopInitiatorShare(Coalition c)
    {
        var network = TieNetwork(c, NetworkScope.MembersAndProspects);
        var ties = network.Directed.Where(t => t.Kind != "membership").ToList();
        if (ties.Count < 3)
            return RawMeasure.None($"{ties.Count} directed tie(s) among members and prospects; need 3");
        var graph = (network with { Directed = [.. ties] }).ToDirectedGraph(weighted: true);
        var started = Degrees.Strength(graph, NeighborMode.Out);
        var evidence = ties.Select(t => Evidence.Of($"{t.Kind} from {t.From} to {t.To}", t.Provenance));
        var states = Enumerable.Range(0, graph.NodeCount).Where(i => network.Node(graph.Nodes[i].Id).StateSide && started[i] > 0).ToList();
        int civil = (int)Enumerable.Range(0, graph.NodeCount).Where(i => !network.Node(graph.Nodes[i].Id).StateSide).Sum(i => started[i]);
        if (states.Count == 0)
            return RawMeasure.Share(0, ties.Count, $"no state-side member or prospect initiated any of {ties.Count} directed ties ({civil} by NGOs or networks)", evidence);
        int max = (int)states.Max(i => started[i]);
        string top = states.Where(i => (int)started[i] == max).Select(i => graph.Nodes[i].Id).Order(StringComparer.Ordinal).First();
        return RawMeasure.Share(max, ties.Count, $"{top}, the busiest state-side initiator, started {max} of {ties.Count} directed ties among members and prospects ({civil} by NGOs or networks)", evidence);
    }

    /// <summary>
    /// The hub's decision autonomy, from the coalition's standing bodies and their decision rules:
    /// <c>mixed</c> (a body shared with non-state actors, or non-state bodies beside the states'),
    /// <c>rotating</c> (a state body whose chair rotates), <c>command</c> (a unified command),
    /// <c>consensus</c> (a council deciding by consensus or vote, or a coordinating committee of states),
    /// <c>state-only</c> (a state body whose decision rule is not recorded), or <c>ad-hoc</c> (no
    /// standing body, and the file says the coalition was run ad hoc). No body recorded without an ad
    /// hoc venue is unknown, not a zero: the absence may be a gap in the data (Goertz 2006).
    /// Planned bodies do not count.
    /// </summary>
    public static RawMeasure Institutionalisation(Coalition c)
    {
        var bodies = c.Bodies.Where(b => !b.IsPlanned).ToList();
        var evidence = bodies.Select(b => Evidence.Of(
            $"{b.Name}: {KebabCase.Name(b.Kind)}{(b.RotatingChair == true ? ", rotating chair" : string.Empty)}{(b.DecidesBy is { } r ? $", decides by {KebabCase.Name(r)}" : string.Empty)}", b.Provenance)).ToList();
        if (bodies.Count == 0)
        {
            return c.Venue is { Kind: VenueKind.AdHoc } venue
                ? RawMeasure.Of("ad-hoc", "no standing body; the venue is ad hoc, so the lead decides and partners opt in", [Evidence.Of($"venue {KebabCase.Name(venue.Kind)}{(venue.Description is { } d ? $": {d}" : string.Empty)}", venue.Provenance)])
                : RawMeasure.None("no standing body is recorded and the venue is not recorded as ad hoc, so the absence cannot be told from a gap in the data");
        }

        bool nonState = bodies.Any(b => b.Kind is BodyKind.Mixed or BodyKind.NonStateOnly);
        bool rotating = bodies.Any(b => b.RotatingChair == true);
        bool command = bodies.Any(b => b.DecidesBy == DecisionRule.Command);
        bool council = bodies.Any(b => b.DecidesBy is DecisionRule.Consensus or DecisionRule.Majority or DecisionRule.Coordination);
        string category = nonState ? "mixed" : rotating ? "rotating" : command ? "command" : council ? "consensus" : "state-only";
        string how = category switch
        {
            "mixed" => "a standing body is shared with non-state actors, or non-state bodies stand beside the states'",
            "rotating" => "a state body's chair rotates",
            "command" => "a unified command decides",
            "consensus" => "a state council or committee decides together",
            _ => "state bodies whose decision rule is not recorded",
        };
        return RawMeasure.Of(category, $"{how} ({bodies.Count} standing bod{(bodies.Count == 1 ? "y" : "ies")})", evidence);
    }

    // ---- motivation --------------------------------------------------------------------------

    /// <summary>
    /// The share of members and courted states that received a material inducement (payment, loan,
    /// debt relief, trade, aid, accession or status, contracts) from a member; courted states count
    /// because their decision was what the inducement bought (Cooper §3 on the Gulf War).
    /// </summary>
    public static RawMeasure SidePaymentShare(Coalition c) => AimedShare(
        c,
        i => i.Direction == InducementDirection.Inducement && IsMaterialInducement(i.Kind),
        withOpponents: false,
        (k, n, items, outside) => $"{k} of {n} members and courted states received a material inducement from a member ({items} recorded items within the joining window{outside})");

    /// <summary>
    /// The share of members, courted states and opponents that the coalition's side pressed with
    /// material threats (threats, aid cuts, sanctions, trade penalties) within the joining window;
    /// a punished opponent (Yemen's aid cut after its vote against Resolution 678) counts, since the
    /// threat was aimed at its decision (§3, "quid pro quo by omission").
    /// </summary>
    public static RawMeasure ThreatShare(Coalition c) => AimedShare(
        c,
        i => i.Direction == InducementDirection.Pressure && IsMaterialPressure(i.Kind),
        withOpponents: true,
        (k, n, items, outside) => $"{k} of {n} members, courted states and opponents were pressed with material threats ({items} recorded items within the joining window{outside})");

    /// <summary>
    /// C1 and C2: the share of the prospects (members and courted states, and for pressure also
    /// opponents) that a member aimed a qualifying inducement at within the joining window
    /// (<see cref="InWindow"/>). An inducement aimed at a list counts once for each of its entries;
    /// an actor's inducement to itself never counts. No data when the case records no inducement.
    /// </summary>
    private static RawMeasure AimedShare(Coalition c, Func<Inducement, bool> qualifies, bool withOpponents, Func<int, int, int, string, string> describe)
    {
        if (c.Inducements.IsEmpty)
            return RawMeasure.None("no inducement or pressure is recorded for this case, so its absence cannot be told from a gap in the data");
        var members = c.Members.Select(m => m.Actor).ToHashSet();
        var prospects = Prospects(c, members);
        if (withOpponents)
            prospects.UnionWith(c.Memberships.Where(m => m.Has(Role.Opponent) && !m.IsMember).Select(m => m.Actor));
        var candidates = c.Inducements
            .Where(qualifies)
            .SelectMany(i => c.TargetsOf(i).Select(t => (Item: i, Target: t)))
            .Where(x => members.Contains(ActorSides.Principal(c, x.Item.From)) && prospects.Contains(x.Target) && ActorSides.Principal(c, x.Item.From) != x.Target)
            .ToList();
        var aimed = candidates.Where(x => InWindow(c, x.Item, x.Target)).ToList();
        var items = aimed.Select(x => x.Item).Distinct().ToList();
        var targets = aimed.Select(x => x.Target).ToHashSet();
        int outside = candidates.Select(x => x.Item).Distinct().Count() - items.Count;
        return RawMeasure.Share(
            targets.Count,
            prospects.Count,
            describe(targets.Count, prospects.Count, items.Count, outside > 0 ? $"; {outside} outside it left out" : string.Empty),
            items.Select(i => Evidence.Of(DescribeInducement(i), i.Provenance)));
    }

    /// <summary>
    /// The share of the joiners' own recorded public justifications that are normative,
    /// humanitarian, legal or about status. The leader's reasons are left out: Cooper's axis is "the
    /// motivations for coalition membership", "for the joiners" (§2). Security and alliance count
    /// against the share: they are the "structural or situational imperatives" from which model two
    /// "shifts the bias" (§2), though neither is coercion (the C2 and C1 indicators measure that).
    /// </summary>
    public static RawMeasure NormativeJustificationShare(Coalition c)
    {
        var items = c.Members.Where(m => !m.Has(Role.Leader)).SelectMany(m => m.Justifications.Select(j => (m.Actor, j))).ToList();
        int leaders = c.Members.Where(m => m.Has(Role.Leader)).Sum(m => m.Justifications.Length);
        if (items.Count == 0)
            return RawMeasure.None($"no joiner's public justification is recorded{(leaders > 0 ? $" ({leaders} of the leader's left out)" : string.Empty)}");
        int normative = items.Count(x => IsNormativeJustification(x.j.Kind));
        return RawMeasure.Share(
            normative,
            items.Count,
            $"{normative} of {items.Count} joiners' recorded justifications are normative, humanitarian, legal or status claims{(leaders > 0 ? $" ({leaders} of the leader's left out)" : string.Empty)}",
            items.Select(x => Evidence.Of($"{x.Actor}: {KebabCase.Name(x.j.Kind)}{(x.j.Description is { } d ? $" — {d}" : string.Empty)}", x.j.Provenance)));
    }

    // ---- actorness ---------------------------------------------------------------------------

    /// <summary>The share of members that are civil-society actors (NGOs, networks, firms, media, private persons).</summary>
    public static RawMeasure NonStateMemberShare(Coalition c)
    {
        var members = c.Members.ToList();
        var nonState = members.Where(m => ActorSides.IsCivilSociety(c, m.Actor)).ToList();
        return RawMeasure.Share(
            nonState.Count,
            members.Count,
            $"{nonState.Count} of {members.Count} members are NGOs, networks, firms, media or private persons",
            nonState.Select(m => Evidence.Of($"{c.Actor(m.Actor).Name} ({KebabCase.Name(c.Actor(m.Actor).Kind)}): {string.Join(", ", m.Roles.Select(KebabCase.Name))}", m.Provenance)));
    }

    /// <summary>
    /// The share of ties that join a state-side actor and a civil-society actor, counted with
    /// <see cref="Composition.CrossClass"/> on the network of every actor's sourced ties (weights the
    /// number of ties). Opposition ties are not partnership and are left out, as are ties of armed
    /// groups (non-state, but not civil society) and of a firm that takes part only as a contractor
    /// (Halliburton, Bechtel): such a firm is embedded in a state's machinery, which S4 measures (Cooper
    /// §2 on private firms in model one), so counting its ties here would code it twice, on the wrong side.
    /// </summary>
    public static RawMeasure MixedTieShare(Coalition c)
    {
        var embedded = c.Actors.Where(a => a.Kind == ActorKind.Firm && !c.Members.Any(m => m.Actor == a.Id && m.Roles.Any(r => r != Role.Contractor)))
            .Select(a => a.Id.Value).ToHashSet(StringComparer.Ordinal);
        var network = TieNetwork(c, NetworkScope.AllActors);
        bool Keep(CaseActor a) => !embedded.Contains(a.Id) && (a.StateSide || ActorSides.IsCivilSociety(c, new ActorId(a.Id)));
        var graph = network.ToGraph(weighted: true, keep: Keep);
        var kept = network.Links.Where(l => Keep(network.Node(l.A)) && Keep(network.Node(l.B))).ToList();
        int ties = kept.Sum(l => l.Weight);
        int left = network.Links.Sum(l => l.Weight) - ties;
        if (ties < 3)
            return RawMeasure.None($"{ties} tie(s) recorded{(left > 0 ? $" besides {left} of embedded firms or armed groups" : string.Empty)}; need 3");
        var share = Composition.CrossClass(graph, node => node.Group == "state");
        var mixed = kept.Where(l => network.Node(l.A).StateSide != network.Node(l.B).StateSide).ToList();
        return RawMeasure.Share(
            (int)share.Weight,
            ties,
            $"{(int)share.Weight} of {ties} ties join a state-side and a civil-society actor{(left > 0 ? $" ({left} ties of firms embedded as contractors left out, as S4 measures them, and of armed groups, which are not civil society)" : string.Empty)}",
            mixed.Select(l => Evidence.Of($"{string.Join(", ", l.Bases.Select(b => b.Label))}: {l.A} – {l.B}", Merge(l.Bases))));
    }

    /// <summary>The most formal role any non-state member held: leading (co-drafting, coordinating, chairing), participant, observer, or absent.</summary>
    public static RawMeasure NgoFormalRole(Coalition c)
    {
        var nonState = c.Members.Where(m => ActorSides.IsCivilSociety(c, m.Actor)).ToList();
        if (nonState.Count == 0)
            return RawMeasure.Of("absent", "no NGO, network, firm or private person is a member", []);
        var leading = nonState.Where(m => m.Roles.Any(IsLeadingRole)).ToList();
        var participants = nonState.Where(m => m.Roles.Any(r => !IsObserverRole(r) && !Membership.NonMemberRoles.Contains(r))).ToList();
        var (category, shown) = leading.Count > 0 ? ("leading", leading) : participants.Count > 0 ? ("participant", participants) : ("observer", nonState);
        return RawMeasure.Of(
            category,
            $"{nonState.Count} non-state members; the most formal role is {category}",
            shown.Select(m => Evidence.Of($"{c.Actor(m.Actor).Name}: {string.Join(", ", m.Roles.Select(KebabCase.Name))}", m.Provenance)));
    }

    /// <summary>Whether firms take part as autonomous members (as in the tripartite Kimberley Process) or only as contractors embedded in a state's machinery.</summary>
    public static RawMeasure FirmAutonomy(Coalition c)
    {
        var firms = c.Actors.Where(a => a.Kind == ActorKind.Firm).Select(a => a.Id).ToHashSet();
        if (firms.Count == 0)
            return RawMeasure.None("no firm is recorded");
        var autonomous = c.Members.Where(m => firms.Contains(m.Actor) && m.Roles.Any(r => r != Role.Contractor)).ToList();
        if (autonomous.Count > 0)
        {
            return RawMeasure.Of("autonomous", $"{autonomous.Count} firm(s) take part as members in their own right",
                autonomous.Select(m => Evidence.Of($"{c.Actor(m.Actor).Name}: {string.Join(", ", m.Roles.Select(KebabCase.Name))}", m.Provenance)));
        }

        var embedded = c.Ties.Where(t => firms.Contains(t.From) || firms.Contains(t.To)).Select(t => Evidence.Of($"{KebabCase.Name(t.Kind)}: {t.From} – {t.To}", t.Provenance))
            .Concat(c.Memberships.Where(m => firms.Contains(m.Actor)).Select(m => Evidence.Of($"{c.Actor(m.Actor).Name}: {string.Join(", ", m.Roles.Select(KebabCase.Name))}", m.Provenance)))
            .ToList();
        // A declared firm that no sourced tie or membership places is no evidence either way.
        if (embedded.Count == 0)
            return RawMeasure.None("firms are declared, but no sourced tie or membership places them");
        return RawMeasure.Of("embedded", "firms appear only as contractors, opponents or ties, not as autonomous members", embedded);
    }

    /// <summary>The share of events with a recorded level that took place between heads of state or government.</summary>
    public static RawMeasure ApexShare(Coalition c)
    {
        var leveled = c.Events.Where(e => e.Level is not null).ToList();
        if (leveled.Count < 3)
            return RawMeasure.None($"{leveled.Count} event(s) record their level; need 3");
        var apex = leveled.Where(e => e.Level == EventLevel.HeadOfGovernment).ToList();
        return RawMeasure.Share(
            apex.Count,
            leveled.Count,
            $"{apex.Count} of {leveled.Count} events with a recorded level were between heads of state or government",
            leveled.Select(e => Evidence.Of($"{e.Date} {e.Name ?? e.Id.Value}: {KebabCase.Name(e.Level!.Value)}", e.Provenance)));
    }

    /// <summary>
    /// Whether the coalition made inroads into the "un-likeminded" (Cooper §2: Jody Williams, the
    /// Vietnam Veterans of America and Senator Leahy inside the United States that opposed the ban):
    /// an actor inside a state that opposed the coalition, was courted and stayed out, or stood by,
    /// other than its government, that is a member or tied to a member, and works inside that
    /// state's politics: it is one of its institutions (a legislature, a subnational government, or a
    /// person acting for one), or it has a tie to the state's government or to one of those
    /// institutions (VVAF lobbying Washington). An NGO merely headquartered there is not an inroad,
    /// nor is diplomacy with the government itself. No data when the file records no such state.
    /// </summary>
    public static RawMeasure UnlikemindedInroads(Coalition c)
    {
        var unlikeminded = c.Memberships
            .Where(m => !m.IsMember && m.Roles.Any(r => r is Role.Opponent or Role.Courted or Role.Bystander) && c.Actor(m.Actor).Kind == ActorKind.State)
            .ToList();
        if (unlikeminded.Count == 0)
            return RawMeasure.None("no state that opposed the coalition, was courted and stayed out, or stood by is recorded");
        var states = unlikeminded.Select(m => m.Actor.Value).ToHashSet(StringComparer.Ordinal);

        // The state an actor is inside, other than as its government: its base, or its principal's base.
        string? Home(ActorId id, int depth = 0)
        {
            var a = c.Actor(id);
            if (a.Kind == ActorKind.State || depth > 4)
                return null;
            if (a.Kind == ActorKind.Person)
                return a.ActsFor is { } p && p != id ? (c.Actor(p).Kind == ActorKind.State ? null : Home(p, depth + 1)) : a.BasedIn;
            return a.BasedIn;
        }

        bool Institution(ActorId id) => ActorSides.Principal(c, id) is var p && c.Actor(p).Kind is ActorKind.Legislature or ActorKind.SubnationalGovernment;

        // Whether an actor counts as the state's government or one of its institutions, for the ties test.
        bool OfState(string id, string state) => id == state || (Institution(new ActorId(id)) && Home(new ActorId(id)) == state);

        // The ties of every actor, persons counted as their principals (Willing.Networks' coordination network, ties only).
        var network = TieNetwork(c, NetworkScope.AllActors);
        var members = c.Members.Select(m => ActorSides.Principal(c, m.Actor).Value).ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, Evidence>(StringComparer.Ordinal);
        void Consider(string id, string how, Provenance provenance)
        {
            var actor = new ActorId(id);
            if (found.ContainsKey(id) || Home(actor) is not { } home || !states.Contains(home))
                return;
            var a = c.Actor(actor);
            if (Institution(actor))
            {
                found[id] = Evidence.Of($"{how} {a.Name} ({KebabCase.Name(a.Kind)}), inside {home}, which stayed out", provenance);
                return;
            }

            var inside = network.Links.FirstOrDefault(l => (l.A == id && OfState(l.B, home)) || (l.B == id && OfState(l.A, home)));
            if (inside is not null)
                found[id] = Evidence.Of($"{how} {a.Name}, inside {home}, which stayed out; tie {string.Join(", ", inside.Bases.Select(b => b.Label))}: {inside.A} – {inside.B}", Merge(inside.Bases));
        }

        foreach (var m in c.Members)
        {
            var principal = ActorSides.Principal(c, m.Actor);
            Consider(principal.Value, principal == m.Actor ? "member" : $"member {c.Actor(m.Actor).Name}, for", m.Provenance);
        }

        foreach (var l in network.Links)
        {
            if (members.Contains(l.A) && !members.Contains(l.B))
                Consider(l.B, $"tied to member {l.A}:", Merge(l.Bases));
            if (members.Contains(l.B) && !members.Contains(l.A))
                Consider(l.A, $"tied to member {l.B}:", Merge(l.Bases));
        }

        string stayedOut = string.Join(", ", states.Order(StringComparer.Ordinal));
        return found.Count > 0
            ? RawMeasure.Of("inroads", $"{found.Count} actor(s) working inside states that stayed out ({stayedOut}) were members or tied to members", found.Values)
            : RawMeasure.Of("none", $"no member or member's partner works inside the states that stayed out ({stayedOut}) other than through their governments",
                unlikeminded.Select(m => Evidence.Of($"{m.Actor}: {string.Join(", ", m.Roles.Select(KebabCase.Name))}", m.Provenance)));
    }

    // ---- diplomacy ---------------------------------------------------------------------------

    /// <summary>
    /// The share of the coalition's events with a recorded level that were public: held before or
    /// addressed to the public at large (open letters, campaign launches, rallies, visits staged for
    /// the media) rather than meetings of governments. Cooper §4: model two "made appeals directly
    /// over the heads of all governments/negotiators through the use of the mass media"; model one
    /// "did not attempt ... a wider campaign of public diplomacy".
    /// </summary>
    public static RawMeasure PublicEventShare(Coalition c)
    {
        var leveled = c.Events.Where(e => e.Level is not null).ToList();
        if (leveled.Count < 3)
            return RawMeasure.None($"{leveled.Count} event(s) record their level; need 3");
        var open = leveled.Where(e => e.Level == EventLevel.Public).ToList();
        return RawMeasure.Share(
            open.Count,
            leveled.Count,
            $"{open.Count} of {leveled.Count} events with a recorded level were public",
            (open.Count > 0 ? open : leveled).Select(e => Evidence.Of($"{e.Date} {e.Name ?? e.Id.Value}: {KebabCase.Name(e.Level!.Value)}", e.Provenance)));
    }

    /// <summary>The fewest events naming their participants for the absence of a private person to count as data (<see cref="CelebrityPresence"/>).</summary>
    public const int CelebrityMinEvents = 5;

    /// <summary>
    /// Whether a private person (a person acting for no state or organisation: Princess Diana) is a
    /// member of the coalition or hosts, initiates or takes part in its events: Cooper's "mobilization
    /// of key change-agents among individual celebrities" (§4). Absence is data only in a case that
    /// names the participants of at least <see cref="CelebrityMinEvents"/> events; otherwise unknown.
    /// </summary>
    public static RawMeasure CelebrityPresence(Coalition c)
    {
        bool Private(ActorId id) => c.Actor(id) is { Kind: ActorKind.Person } a && (a.ActsFor is not { } p || p == id);
        var found = new Dictionary<string, Evidence>(StringComparer.Ordinal);
        foreach (var m in c.Members.Where(m => Private(m.Actor)))
            found.TryAdd(m.Actor.Value, Evidence.Of($"member {c.Actor(m.Actor).Name}: {string.Join(", ", m.Roles.Select(KebabCase.Name))}", m.Provenance));
        foreach (var e in c.Events)
        {
            var named = e.Participants.Concat(e.CoHosts).ToList();
            if (e.Host is { } host)
                named.Add(host);
            if (e.Initiator is { } initiator)
                named.Add(initiator);
            foreach (var id in named.Where(Private))
                found.TryAdd(id.Value, Evidence.Of($"{e.Date} {e.Name ?? e.Id.Value}: {c.Actor(id).Name}", e.Provenance));
        }

        if (found.Count > 0)
            return RawMeasure.Of("present", $"{found.Count} private person(s) took part", found.Values);
        int listed = c.Events.Count(e => e.Participants.Length > 0);
        return listed < CelebrityMinEvents
            ? RawMeasure.None($"no private person is recorded, and only {listed} event(s) name their participants; need {CelebrityMinEvents} for the absence to count")
            : RawMeasure.Of("absent", $"no private person among the members or the participants of {listed} events that name theirs", []);
    }

    // ---- trigger -----------------------------------------------------------------------------

    /// <summary>
    /// Days from the trigger to the coalition's culmination: the first treaty signature or entry
    /// into force where there is one (model-two campaigns deliver an instrument), otherwise the
    /// start of the coalition's action (its period start).
    /// </summary>
    public static RawMeasure TriggerLagDays(Coalition c)
    {
        if (c.Trigger.Date is not { } trigger)
            return RawMeasure.None("the trigger has no date");
        var culmination = c.Events.Where(e => e.Kind is EventKind.Signature or EventKind.EntryIntoForce).OrderBy(e => e.Date).FirstOrDefault();
        var (end, what, provenance) = culmination is not null
            ? (culmination.Date, $"the first {KebabCase.Name(culmination.Kind)} ({culmination.Name ?? culmination.Id.Value})", culmination.Provenance)
            : (c.Period.Start, "the start of the coalition's action", c.Period.Provenance);
        int days = Math.Max(0, end.EarliestDay.DayNumber - trigger.EarliestDay.DayNumber);
        return RawMeasure.Number(
            days,
            $"{days} days from the trigger ({trigger}) to {what} ({end}), counted between the earliest days each date can mean",
            [Evidence.Of($"trigger {KebabCase.Name(c.Trigger.Kind)} on {trigger}", c.Trigger.Provenance), Evidence.Of($"{what} on {end}", provenance)]);
    }

    /// <summary>
    /// Days from the trigger to the coalition's launch (its period start): one construct for every case, the
    /// speed of mobilisation against a crisis ("a conflation between national interest and a sense of crisis"
    /// against "a longer trajectory to build support", Cooper §2).
    /// </summary>
    /// <remarks>
    /// A coalition its initiators set in motion themselves (trigger kind <c>norm-entrepreneurship</c>) has no
    /// external trigger and so no lag: the indicator has no data and the crisis dimension rests on T3 and T4,
    /// rather than reading the founding act as a crisis answered in no time. A date known only to the month or
    /// year is an interval of days: the value is the interval's middle, its ends go into the bounds.
    /// </remarks>
    public static RawMeasure TriggerLaunchDays(Coalition c)
    {
        if (c.Trigger.Kind == TriggerKind.NormEntrepreneurship)
            return RawMeasure.None("the initiators set the coalition in motion themselves (trigger kind norm-entrepreneurship): no external trigger, no lag");
        if (c.Trigger.Date is not { } trigger)
            return RawMeasure.None("the trigger has no date");
        var launch = c.Period.Start;
        int shortest = Math.Max(0, launch.EarliestDay.DayNumber - trigger.LatestDay.DayNumber);
        int longest = Math.Max(0, launch.LatestDay.DayNumber - trigger.EarliestDay.DayNumber);
        double days = (shortest + longest) / 2.0;
        string span = shortest == longest ? $"{shortest} days" : $"{days:0.#} days (between {shortest} and {longest}, as the dates are not both exact days)";
        var measure = RawMeasure.Number(
            days,
            $"{span} from the trigger ({trigger}) to the coalition's launch ({launch})",
            [Evidence.Of($"trigger {KebabCase.Name(c.Trigger.Kind)} on {trigger}", c.Trigger.Provenance), Evidence.Of($"launch (period start) on {launch}", c.Period.Provenance)]);
        return shortest == longest ? measure : measure with { Interval = (shortest, longest) };
    }

    /// <summary>The issue area's category.</summary>
    public static RawMeasure IssueAreaCategory(Coalition c) =>
        RawMeasure.Of(KebabCase.Name(c.IssueArea.Category), "the case file's issue-area category", [Evidence.Of($"issue area {KebabCase.Name(c.IssueArea.Category)}: {c.IssueArea.Description}", c.IssueArea.Provenance)]);

    /// <summary>Whether the lead actor was itself threatened: the crisis touched its core security priorities.</summary>
    public static RawMeasure LeaderThreatened(Coalition c) => c.Trigger.LeaderDirectlyThreatened is { } threatened
        ? RawMeasure.Of(threatened ? "true" : "false", "the trigger's leader_directly_threatened", [Evidence.Of($"leader directly threatened: {(threatened ? "yes" : "no")}", c.Trigger.Provenance)])
        : RawMeasure.None("the case file does not say whether the leader was directly threatened");

    /// <summary>Whether the leading actors chose the issue as their niche ("a strong sense of voluntarism or niche-selection", Cooper §2) rather than having it forced on them by a crisis.</summary>
    public static RawMeasure NicheSelection(Coalition c) => c.Trigger.NicheSelection is { } niche
        ? RawMeasure.Of(niche ? "true" : "false", "the trigger's niche_selection", [Evidence.Of($"niche selection: {(niche ? "yes" : "no")}", c.Trigger.Provenance)])
        : RawMeasure.None("the case file does not say whether the issue was a chosen niche");

    // ---- institutions ------------------------------------------------------------------------

    /// <summary>The relation to established institutions: authorised beforehand, within the forum, endorsed afterwards, outside the forum, or none.</summary>
    public static RawMeasure InstitutionalRelationCategory(Coalition c)
    {
        var evidence = new List<Evidence> { Evidence.Of($"{KebabCase.Name(c.Institutions.Relation)}{(c.Institutions.Forum is { } f ? $" ({f})" : string.Empty)}", c.Institutions.Provenance) };
        evidence.AddRange(c.Institutions.Events.Select(id => c.Event(id)).OfType<CoalitionEvent>()
            .Select(e => Evidence.Of($"{e.Date} {e.Document ?? e.Name ?? e.Id.Value}", e.Provenance)));
        return RawMeasure.Of(KebabCase.Name(c.Institutions.Relation), "the case file's relation to institutions", evidence);
    }

    // ---- helpers -----------------------------------------------------------------------------

    /// <summary>How long after a target joined (or, for a state that never joined, after the coalition's start) an inducement still counts as buying its decision.</summary>
    public const int WindowAfterJoiningDays = 180;

    /// <summary>How long before the trigger an inducement may date and still count (a deal struck as the crisis built).</summary>
    public const int WindowBeforeTriggerDays = 365;

    /// <summary>
    /// The contingency window of C1 and C2: an inducement counts when it can be tied to the target's
    /// joining decision: dated from a year before the trigger up to 180 days after the target joined
    /// (a courted state or opponent: after the coalition's start). Undated items count, their timing unknown.
    /// </summary>
    private static bool InWindow(Coalition c, Inducement item, ActorId target)
    {
        if (item.Date is not { } date)
            return true;
        var joined = c.MembershipOf(target) is { IsMember: true, Joined: { } j } ? j : c.Period.Start;
        var end = joined.LatestDay.AddDays(WindowAfterJoiningDays);
        var start = (c.Trigger.Date ?? c.Period.Start).EarliestDay.AddDays(-WindowBeforeTriggerDays);
        return date.EarliestDay <= end && date.LatestDay >= start;
    }

    /// <summary>True for an actor that stands for a group of states (the network as a whole): not a node of its own in the tie measures.</summary>
    private static bool IsGroup(Coalition c, ActorId actor) => c.Actors.FirstOrDefault(a => a.Id == actor)?.Kind == ActorKind.StateGroup;

    private static HashSet<ActorId> Prospects(Coalition c, HashSet<ActorId> members) =>
        [.. members, .. c.Memberships.Where(m => m.Has(Role.Courted) && !m.IsMember).Select(m => m.Actor)];

    private sealed record TroopFigure(string Actor, double Amount, double Low, double High, string Unit, Evidence Evidence)
    {
        public bool IsRange => Low != High;
    }

    /// <summary>
    /// Each member's largest figure for the coalition's main kind of force: troops where at least two
    /// members have troop figures, otherwise aircraft (an air campaign such as Kosovo), otherwise ships.
    /// An exact amount counts as it is; a range at its midpoint (low and high kept); a lower bound alone
    /// at the bound (high open); an upper bound alone at the bound (low 0).
    /// </summary>
    private static List<TroopFigure> TroopFigures(Coalition c)
    {
        foreach (var kind in new[] { ContributionKind.Troops, ContributionKind.Aircraft, ContributionKind.Ships })
        {
            var figures = c.Members
                .Select(m => (m, best: m.Contributions
                    .Where(x => x.Kind == kind && x.Unit is not ContributionUnit.Usd and not ContributionUnit.Events)
                    .Select(x => (x, q: Figure(x)))
                    .Where(y => y.q is { Point: > 0 })
                    .OrderByDescending(y => y.q!.Value.Point)
                    .FirstOrDefault()))
                .Where(x => x.best.x is not null)
                .Select(x => new TroopFigure(
                    x.m.Actor.Value,
                    x.best.q!.Value.Point,
                    x.best.q.Value.Low,
                    x.best.q.Value.High,
                    KebabCase.Name(kind),
                    Evidence.Of($"{x.m.Actor}: {(x.best.x.Amount is { } a ? Fmt((double)a) : x.best.x.Bounds?.ToString())} {KebabCase.Name(kind)}{(x.best.x.Measure is { } measure ? $" ({KebabCase.Name(measure)})" : string.Empty)}", x.best.x.Provenance)))
                .ToList();
            if (figures.Count >= 2)
                return figures;
        }

        return [];
    }

    private static (double Point, double Low, double High)? Figure(Contribution x)
    {
        if (x.Amount is { } a)
            return ((double)a, (double)a, (double)a);
        if (x.Bounds is not { } q)
            return null;
        return (q.Low, q.High) switch
        {
            ({ } l, { } h) => ((double)(l + h) / 2, (double)l, (double)h),
            ({ } l, null) => ((double)l, (double)l, double.PositiveInfinity),
            (null, { } h) => ((double)h, 0, (double)h),
            _ => null,
        };
    }

    private static string DescribeInducement(Inducement i) =>
        $"{i.From} → {(i.To is { } to ? to.Value : $"every entry of {i.ToList}")}: {KebabCase.Name(i.Kind)}{(i.AmountUsd is { } a ? $" ${Fmt((double)a)}" : string.Empty)}{(i.Date is { } d ? $" ({d})" : string.Empty)}";

    private static string Fmt(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
