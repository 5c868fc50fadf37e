using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Willing.Core.Countries;
using Willing.Core.Model;
using Willing.Core.Reading.Yaml;

namespace Willing.Core.Reading;

/// <summary>
/// Maps one parsed YAML document onto a <see cref="Coalition"/>, checking the format of
/// <c>docs/case-file-format.md</c>: keys, types, enum values, dates, ids, references and sources.
/// </summary>
/// <remarks>
/// Sections are read in dependency order (sources, actors, event ids, then the rest) so that every
/// reference can be checked where it is written, and every error carries the position of the node
/// that is wrong. Nothing stops at the first error.
/// </remarks>
internal sealed partial class CaseFileParser
{
    private static readonly string[] ProvenanceKeys = ["sources", "confidence", "note", "alternatives", "reading"];

    private static readonly string[] TopKeys =
    [
        "id", "name", "summary", "issue_area", "period", "periods", "trigger", "institutions", "venue", "cooper", "antecedents", "sources",
        "actors", "memberships", "inducements", "ties", "events", "lists", "bodies", "series", "notes",
    ];

    private readonly InputDiagnostics _d;
    private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _eventIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _listIds = new(StringComparer.Ordinal);

    // Ids that are declared but whose declaration has errors of its own: references to them are
    // not reported again as undeclared.
    private readonly HashSet<string> _brokenActors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _brokenSources = new(StringComparer.Ordinal);

    private CaseFileParser(InputDiagnostics diagnostics) => _d = diagnostics;

    /// <summary>The antecedent cases the file names, with where, for checking across the case base.</summary>
    public List<(string Case, YamlPosition Position, string Path)> AntecedentRefs { get; } = [];

    public static (Coalition? Coalition, IReadOnlyList<(string Case, YamlPosition Position, string Path)> Antecedents) Parse(YamlNode root, InputDiagnostics diagnostics)
    {
        var parser = new CaseFileParser(diagnostics);
        return (parser.ParseRoot(root), parser.AntecedentRefs);
    }

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*\z")]
    private static partial Regex KebabId();

    [GeneratedRegex(@"^[A-Z]{3}\z")]
    private static partial Regex StateCode();

    [GeneratedRegex(@"^[A-Z]{3}\z")]
    private static partial Regex CurrencyCode();

    private Coalition? ParseRoot(YamlNode root)
    {
        var top = YamlFields.Open(root, string.Empty, _d, TopKeys);
        if (top is null)
            return null;

        string? id = Id(top, "id");
        string? name = top.Text("name", required: true);
        string? summary = top.Text("summary", required: true);

        ReadSources(top);
        ReadActors(top);
        CollectIds(top);

        var issue = Section(top, "issue_area", required: true, ["category", "description"], f =>
        {
            var category = f.Enum<IssueCategory>("category", required: true);
            string? description = f.Text("description");
            var p = Provenance(f, null, ["category", "description"]);
            return category is null || p is null ? null : new IssueArea(category.Value, description, p);
        });
        var period = Section(top, "period", required: true, ["start", "end"], f =>
        {
            var start = f.Date("start", required: true);
            var end = f.Date("end");
            CheckOrder(f, "start", start, "end", end);
            var p = Provenance(f, null, ["start", "end"]);
            return start is null || p is null ? null : new Period(start.Value, end, p);
        });
        var periods = List(top, "periods", (node, path) => ReadCasePeriod(node, path, period));
        CheckUnique(top, "periods", "id", "period");
        var trigger = Section(top, "trigger", required: true, ["kind", "date", "event", "leader_directly_threatened", "niche_selection", "description"], f =>
        {
            // Every field is read (and so checked) before deciding whether the fact can be built.
            var kind = f.Enum<TriggerKind>("kind", required: true);
            var date = f.Date("date");
            var ev = EventRef(f, "event");
            bool? threatened = f.Bool("leader_directly_threatened"), niche = f.Bool("niche_selection");
            string? description = f.Text("description");
            var p = Provenance(f, null, ["kind", "date", "event", "leader_directly_threatened", "niche_selection", "description"]);
            return kind is null || p is null ? null : new Trigger(kind.Value, date, ev, threatened, niche, description, p);
        });
        var institutions = Section(top, "institutions", required: true, ["relation", "forum", "events", "description"], f =>
        {
            var relation = f.Enum<InstitutionalRelation>("relation", required: true);
            var events = f.TextItems("events").Select(e => CheckEvent(e.Node, e.Path, e.Value)).OfType<ItemId>().ToImmutableArray();
            string? forum = f.Text("forum"), description = f.Text("description");
            var p = Provenance(f, null, ["relation", "forum", "events", "description"]);
            return relation is null || p is null ? null : new InstitutionalSetting(relation.Value, forum, events, description, p);
        });
        var venue = Section(top, "venue", required: false, ["kind", "description"], f =>
        {
            var kind = f.Enum<VenueKind>("kind", required: true);
            string? description = f.Text("description");
            var p = Provenance(f, null, ["kind", "description"]);
            return kind is null || p is null ? null : new Venue(kind.Value, description, p);
        });
        CooperReading? cooper = null;
        if (top.Get("cooper") is { } cooperNode && YamlFields.Open(cooperNode, "cooper", _d, ["placement", "passage", "note"]) is { } cf)
        {
            var placement = cf.Enum<CooperPlacement>("placement", required: true);
            string? passage = cf.Text("passage"), note = cf.Text("note");
            cooper = placement is null ? null : new CooperReading(placement.Value, passage, note);
        }

        var antecedents = ImmutableArray.CreateBuilder<Antecedent>();
        foreach (var (aNode, aPath) in top.Items("antecedents"))
        {
            string[] fields = ["case", "relation", "lesson"];
            var af = YamlFields.Open(aNode, aPath, _d, [.. fields, .. ProvenanceKeys]);
            if (af is null)
                continue;
            string? caseId = Id(af, "case");
            var relation = af.Enum<LineageRelation>("relation", required: true);
            string? lesson = af.Text("lesson");
            var p = Provenance(af, null, fields);
            if (caseId is not null && id is not null && caseId == id)
                _d.Add(af.Get("case")!, YamlFields.Child(aPath, "case"), "a coalition cannot be its own antecedent");
            else if (caseId is not null && relation is not null && p is not null)
            {
                antecedents.Add(new Antecedent(new CoalitionId(caseId), relation.Value, lesson, p));
                AntecedentRefs.Add((caseId, af.Get("case")!.Start, YamlFields.Child(aPath, "case")));
            }
        }

        var memberships = ReadMemberships(top);
        var inducements = List(top, "inducements", ReadInducement);
        var ties = List(top, "ties", ReadTie);
        var events = List(top, "events", ReadEvent);
        var lists = List(top, "lists", ReadList);
        var bodies = List(top, "bodies", ReadBody);
        var series = List(top, "series", ReadSeries);
        CheckUnique(top, "lists", "id");
        CheckUnique(top, "bodies", "id");
        CheckUnique(top, "series", "id");
        string? notes = top.Text("notes");

        if (_d.HasErrors || id is null || name is null || summary is null || issue is null || period is null || trigger is null || institutions is null)
            return null;

        return new Coalition
        {
            Id = new CoalitionId(id),
            Name = name,
            Summary = summary,
            IssueArea = issue,
            Period = period,
            Periods = periods,
            Trigger = trigger,
            Institutions = institutions,
            Venue = venue,
            Cooper = cooper,
            Sources = [.. _sources.Values],
            Actors = [.. _actors.Values],
            Memberships = memberships,
            Inducements = inducements,
            Antecedents = antecedents.ToImmutable(),
            Ties = ties,
            Events = events,
            Lists = lists,
            Bodies = bodies,
            Series = series,
            Notes = notes,
        };
    }

    // ---- sources and actors ------------------------------------------------------------------

    private void ReadSources(YamlFields top)
    {
        foreach (var (node, path) in top.Items("sources", required: true))
        {
            var f = YamlFields.Open(node, path, _d, ["id", "url", "citation", "kind", "paper", "mirrors", "copy", "note"]);
            if (f is null)
                continue;
            string? id = Id(f, "id");
            string? url = f.Text("url");
            string? citation = f.Text("citation");
            var kind = f.Enum<SourceKind>("kind", required: true);
            bool paper = f.Bool("paper") ?? false;
            string? mirrors = f.Text("mirrors");
            string? note = f.Text("note");
            string? copy = f.Text("copy");
            Uri? copyUri = null;
            if (copy is not null)
            {
                if (!Uri.TryCreate(copy, UriKind.Absolute, out copyUri) || copyUri.Scheme is not ("http" or "https"))
                {
                    _d.Add(f.Get("copy")!, YamlFields.Child(path, "copy"), $"'{Echo.Quote(copy)}' is not an http(s) address");
                    copyUri = null;
                }
                else if (citation is null && url is not null)
                    _d.Add(f.Get("copy")!, YamlFields.Child(path, "copy"), "a copy stands in for a cited work: add 'citation:' naming the original");
                else if (kind == SourceKind.Mirror)
                    _d.Add(f.Get("copy")!, YamlFields.Child(path, "copy"), "a mirror is itself a copy: give the original's kind and keep 'copy:', or drop 'copy:'");
            }

            if (kind == SourceKind.Mirror && mirrors is null)
                _d.Add(f.Get("kind")!, YamlFields.Child(path, "kind"), "a mirror must say what it mirrors: add 'mirrors:' with the original's citation or address");
            if (kind is not null and not SourceKind.Mirror && mirrors is not null)
                _d.Add(f.Get("mirrors")!, YamlFields.Child(path, "mirrors"), "'mirrors' belongs to sources of kind mirror");
            if (paper && kind is not null and not SourceKind.Academic)
                _d.Add(f.Get("kind")!, YamlFields.Child(path, "kind"), "the paper is an academic source: write 'kind: academic'");
            Uri? uri = null;
            if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out uri) || uri.Scheme is not ("http" or "https")))
            {
                _d.Add(f.Get("url")!, YamlFields.Child(path, "url"), $"'{Echo.Quote(url)}' is not an http(s) address");
                uri = null;
            }

            if (url is null && citation is null)
                _d.Add(node, path, copy is null ? "a source needs a 'url' or a 'citation'" : "a source needs a 'url' or a 'citation': 'copy' is only where a cited work was read, so add 'citation:' naming the original");
            if (id is null)
            {
                if (f.Get("id") is YamlScalarNode { Value: var brokenId })
                    _brokenSources.Add(brokenId);
                continue;
            }

            if (kind is null)
            {
                _brokenSources.Add(id);
                continue;
            }

            if (!_sources.TryAdd(id, new Source(new SourceId(id), uri, citation, kind.Value, note) { IsPaper = paper, Mirrors = mirrors, Copy = copyUri }))
                _d.Add(f.Get("id")!, YamlFields.Child(path, "id"), $"duplicate source id '{id}'");
        }
    }

    private void ReadActors(YamlFields top)
    {
        var pendingActsFor = new List<(YamlNode Node, string Path, string Value)>();
        foreach (var (node, path) in top.Items("actors", required: true))
        {
            var f = YamlFields.Open(node, path, _d, ["id", "kind", "name", "acts_for", "position", "based_in", .. ProvenanceKeys]);
            if (f is null)
                continue;
            var kind = f.Enum<ActorKind>("kind", required: true);
            string? id = f.Text("id", required: true);
            string? name = f.Text("name", required: kind is not ActorKind.State);
            string? basedIn = f.Text("based_in");
            string? position = f.Text("position");
            string? actsFor = f.Text("acts_for");
            string? note = f.Text("note");
            // An actor's note is the editor's note on the actor (Actor.Note), so it alone does not make the declaration a sourced fact.
            var provenance = f.Has("sources") || f.Has("confidence") || f.Has("alternatives")
                ? Provenance(f, null, ["id", "kind", "name", "acts_for", "position", "based_in"]) is { } ap ? ap with { Note = null } : null
                : null;
            if (basedIn is not null && !CountryCodes.TryGet(basedIn, out _))
                _d.Add(f.Get("based_in")!, YamlFields.Child(path, "based_in"), $"'{Echo.Quote(basedIn)}' is not an ISO 3166 alpha-3 country code");
            if (actsFor is not null)
                pendingActsFor.Add((f.Get("acts_for")!, YamlFields.Child(path, "acts_for"), actsFor));
            if (id is null || kind is null)
            {
                if (id is not null)
                    _brokenActors.Add(id);
                continue;
            }

            var idNode = f.Get("id")!;
            string idPath = YamlFields.Child(path, "id");
            if (kind == ActorKind.State)
            {
                if (!CountryCodes.TryGet(id, out var country))
                {
                    string hint = StateCode().IsMatch(id) ? "it is not in ISO 3166" : "states are identified by their ISO 3166 alpha-3 code, e.g. USA";
                    _d.Add(idNode, idPath, $"'{Echo.Quote(id)}' is not a state code: {hint}");
                    _brokenActors.Add(id);
                    continue;
                }

                name ??= country.Name;
            }
            else if (!KebabId().IsMatch(id))
            {
                _d.Add(idNode, idPath, $"'{Echo.Quote(id)}' is not a valid id for a non-state actor: use lower-case words joined by hyphens, e.g. icbl");
                _brokenActors.Add(id);
                continue;
            }

            var actor = new Actor(new ActorId(id), kind.Value, name ?? id, actsFor is not null ? new ActorId(actsFor) : null, position, basedIn, provenance, note);
            if (!_actors.TryAdd(id, actor))
                _d.Add(idNode, idPath, $"duplicate actor id '{id}'");
        }

        foreach (var (node, path, value) in pendingActsFor)
            CheckActor(node, path, value);
    }

    private void CollectIds(YamlFields top)
    {
        // List ids likewise, for inducements aimed at a list.
        if (top.Get("lists") is YamlSequenceNode lists)
        {
            foreach (var item in lists.Children)
            {
                if (item is YamlMappingNode map && map.TryGetValue("id", out var listId) && listId is YamlScalarNode { Value: { } lid })
                    _listIds.Add(lid);
            }
        }

        // Event ids are collected first so that triggers, exits and ties can name events that come later in the file.
        if (top.Get("events") is not YamlSequenceNode events)
            return;
        for (int i = 0; i < events.Children.Count; i++)
        {
            if (events.Children[i] is YamlMappingNode map && map.TryGetValue("id", out var idNode) && idNode is YamlScalarNode { Value: { } id } && !_eventIds.Add(id))
                _d.Add(idNode, YamlFields.Item("events", i) + ".id", $"duplicate event id '{Echo.Quote(id)}'");
        }
    }

    // ---- periods -----------------------------------------------------------------------------

    private CasePeriod? ReadCasePeriod(YamlNode node, string path, Period? casePeriod)
    {
        string[] fields = ["id", "name", "start", "end", "description"];
        var f = YamlFields.Open(node, path, _d, [.. fields, .. ProvenanceKeys]);
        if (f is null)
            return null;
        string? id = Id(f, "id");
        string? name = f.Text("name", required: true);
        var start = f.Date("start", required: true);
        var end = f.Date("end");
        CheckOrder(f, "start", start, "end", end);
        if (casePeriod is not null)
        {
            CheckWithinCase(f, "start", start, casePeriod);
            CheckWithinCase(f, "end", end, casePeriod);
        }

        string? description = f.Text("description");
        var p = Provenance(f, null, fields);
        if (id is null || name is null || start is null || p is null)
            return null;
        return new CasePeriod(new ItemId(id), name, start.Value, end, description, p);
    }

    /// <summary>A period's date must not be certainly before the case's start or certainly after its end (by the same rule as <see cref="CheckOrder"/>).</summary>
    private void CheckWithinCase(YamlFields f, string key, PartialDate? date, Period casePeriod)
    {
        if (date is not { } d)
            return;
        const string Rule = "every period lies within the case's period";
        if (d.IsCertainlyBefore(casePeriod.Start))
            _d.Add(f.Get(key)!, YamlFields.Child(f.Path, key), $"{key} {d} is before the start of the case's period, {casePeriod.Start}: {Rule}");
        else if (casePeriod.End is { } caseEnd && caseEnd.IsCertainlyBefore(d))
            _d.Add(f.Get(key)!, YamlFields.Child(f.Path, key), $"{key} {d} is after the end of the case's period, {caseEnd}: {Rule}");
    }

    // ---- memberships -------------------------------------------------------------------------

    private static readonly string[] MembershipFields = ["actor", "roles", "joined", "left", "exit", "changes", "contributions", "justifications", "casualties", "status"];

    private ImmutableArray<Membership> ReadMemberships(YamlFields top)
    {
        var result = ImmutableArray.CreateBuilder<Membership>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, path) in top.Items("memberships", required: true))
        {
            var f = YamlFields.Open(node, path, _d, [.. MembershipFields, .. ProvenanceKeys]);
            if (f is null)
                continue;
            var actor = ActorRef(f, "actor", required: true);
            if (actor is { } a && !seen.Add(a.Value))
                _d.Add(f.Get("actor")!, YamlFields.Child(path, "actor"), $"'{Echo.Quote(a.Value)}' already has a membership in this file: merge the two");

            var roles = new List<Role>();
            foreach (var (roleNode, rolePath, value) in f.TextItems("roles", required: true, allowSingle: true))
            {
                if (f.ParseEnum<Role>(roleNode, rolePath, value, "role") is { } role)
                {
                    if (roles.Contains(role))
                        _d.Add(roleNode, rolePath, $"role '{Echo.Quote(value)}' is listed twice");
                    else
                        roles.Add(role);
                }
            }

            if (f.Has("roles") && roles.Count == 0 && f.Get("roles") is YamlSequenceNode { Children.Count: 0 } empty)
                _d.Add(empty, YamlFields.Child(path, "roles"), "a membership needs at least one role");

            var joined = f.Date("joined");
            var left = f.Date("left");
            CheckOrder(f, "joined", joined, "left", left);
            var status = f.Enum<MembershipStatus>("status") ?? MembershipStatus.Participant;
            var provenance = Provenance(f, null, MembershipFields);
            var inherited = Inheritable(f, provenance);

            Exit? exit = null;
            if (f.Get("exit") is { } exitNode && YamlFields.Open(exitNode, YamlFields.Child(path, "exit"), _d, ["reason", "secondary_reasons", "announced", "event", "description", .. ProvenanceKeys]) is { } ef)
            {
                var reason = ef.Enum<ExitReason>("reason", required: true);
                var secondary = ef.TextItems("secondary_reasons", allowSingle: true)
                    .Select(s => ef.ParseEnum<ExitReason>(s.Node, s.Path, s.Value, "exit reason"))
                    .OfType<ExitReason>()
                    .ToImmutableArray();
                var announced = ef.Date("announced");
                var exitEvent = EventRef(ef, "event");
                string? description = ef.Text("description");
                var p = Provenance(ef, inherited, ["reason", "secondary_reasons", "announced", "event", "description"]);
                if (reason is not null && p is not null)
                    exit = new Exit(reason.Value, secondary, announced, exitEvent, description, p);
            }

            var contributions = ImmutableArray.CreateBuilder<Contribution>();
            foreach (var (cNode, cPath) in f.Items("contributions"))
            {
                string[] fields = ["kind", "amount", "unit", "currency", "price_year", "measure", "date", "start", "end", "description"];
                var cf = YamlFields.Open(cNode, cPath, _d, [.. fields, .. ProvenanceKeys]);
                if (cf is null)
                    continue;
                var kind = cf.Enum<ContributionKind>("kind", required: true);
                var start = cf.Date("start");
                var end = cf.Date("end");
                CheckOrder(cf, "start", start, "end", end);
                var (amount, bounds) = Amount(cf, "amount");
                var unit = cf.Enum<ContributionUnit>("unit");
                string? currency = Currency(cf);
                int? priceYear = cf.Integer("price_year");
                var measure = cf.Enum<ContributionMeasure>("measure");
                var date = cf.Date("date");
                string? description = cf.Text("description");
                var p = Provenance(cf, inherited, fields, number: "amount");
                if (kind is not null && p is not null)
                    contributions.Add(new Contribution(kind.Value, amount, unit, measure, date, start, end, description, p) { Bounds = bounds, Currency = currency, PriceYear = priceYear });
            }

            var justifications = ImmutableArray.CreateBuilder<Justification>();
            foreach (var (jNode, jPath) in f.Items("justifications"))
            {
                string[] fields = ["kind", "date", "description"];
                var jf = YamlFields.Open(jNode, jPath, _d, [.. fields, .. ProvenanceKeys]);
                if (jf is null)
                    continue;
                var kind = jf.Enum<JustificationKind>("kind", required: true);
                var date = jf.Date("date");
                string? description = jf.Text("description");
                var p = Provenance(jf, inherited, fields);
                if (kind is not null && p is not null)
                    justifications.Add(new Justification(kind.Value, date, description, p));
            }

            Casualties? casualties = null;
            if (f.Get("casualties") is { } casNode && YamlFields.Open(casNode, YamlFields.Child(path, "casualties"), _d, ["deaths", "as_of", .. ProvenanceKeys]) is { } kf)
            {
                var deaths = kf.Integer("deaths", required: true);
                var p = Provenance(kf, inherited, ["deaths", "as_of"], number: "deaths");
                var asOf = kf.Date("as_of");
                if (deaths is not null && p is not null)
                    casualties = new Casualties(deaths.Value, asOf, p);
            }

            var changes = ImmutableArray.CreateBuilder<MembershipChange>();
            foreach (var (chNode, chPath) in f.Items("changes"))
            {
                string[] fields = ["date", "kind", "reason", "event", "description"];
                var hf = YamlFields.Open(chNode, chPath, _d, [.. fields, .. ProvenanceKeys]);
                if (hf is null)
                    continue;
                var date = hf.Date("date", required: true);
                var kind = hf.Enum<ChangeKind>("kind", required: true);
                var reason = hf.Enum<ExitReason>("reason");
                var ev = EventRef(hf, "event");
                string? description = hf.Text("description");
                var p = Provenance(hf, inherited, fields);
                if (date is not null && kind is not null && p is not null)
                    changes.Add(new MembershipChange(date.Value, kind.Value, reason, ev, description, p));
            }

            if (actor is null || roles.Count == 0 || provenance is null)
                continue;
            result.Add(new Membership(actor, [.. roles], joined, left, exit, contributions.ToImmutable(), justifications.ToImmutable(), casualties, status, provenance)
            {
                Changes = [.. changes.OrderBy(ch => ch.Date)],
            });
        }

        return result.ToImmutable();
    }

    // ---- inducements, ties, events, lists, bodies, series ------------------------------------

    private Inducement? ReadInducement(YamlNode node, string path)
    {
        string[] fields = ["from", "to", "to_list", "kind", "direction", "amount_usd", "amount", "currency", "price_year", "date", "stage", "description"];
        var f = YamlFields.Open(node, path, _d, [.. fields, .. ProvenanceKeys]);
        if (f is null)
            return null;
        var from = ActorRef(f, "from", required: true);
        var to = ActorRef(f, "to");
        string? toList = f.Text("to_list");
        if (toList is not null && !_listIds.Contains(toList))
            _d.Add(f.Get("to_list")!, YamlFields.Child(path, "to_list"), $"list '{Echo.Quote(toList)}' is not declared in lists{Near(toList, _listIds)}");
        if (f.Has("to") == f.Has("to_list"))
            _d.Add(f.Node, path, f.Has("to") ? "give 'to' (one actor) or 'to_list' (every entry of a list), not both" : "missing required field 'to' (or 'to_list' for every entry of a list)");
        decimal? localAmount = f.Number("amount");
        string? currency = Currency(f);
        int? priceYear = f.Integer("price_year");
        if (localAmount is not null && !f.Has("currency"))
            _d.Add(f.Get("amount")!, YamlFields.Child(path, "amount"), "an amount needs its 'currency' (ISO 4217, e.g. EUR); dollars may also go in amount_usd");
        var kind = f.Enum<InducementKind>("kind", required: true);
        var direction = f.Enum<InducementDirection>("direction", required: true);
        var amount = f.Number("amount_usd");
        var date = f.Date("date");
        var stage = f.Enum<InducementStage>("stage");
        string? description = f.Text("description");
        var p = Provenance(f, null, fields);
        if (from is null || (to is null && (toList is null || !_listIds.Contains(toList))) || (to is not null && toList is not null) || kind is null || direction is null || p is null)
            return null;
        return new Inducement(from, to, kind.Value, direction.Value, amount, date, stage, description, p)
        {
            ToList = toList is null ? null : new ItemId(toList),
            Amount = localAmount,
            Currency = currency,
            PriceYear = priceYear,
        };
    }

    private Tie? ReadTie(YamlNode node, string path)
    {
        string[] fields = ["from", "to", "kind", "directed", "start", "end", "event", "description"];
        var f = YamlFields.Open(node, path, _d, [.. fields, .. ProvenanceKeys]);
        if (f is null)
            return null;
        var from = ActorRef(f, "from", required: true);
        var to = ActorRef(f, "to", required: true);
        if (from is not null && from == to)
            _d.Add(f.Get("to")!, YamlFields.Child(path, "to"), $"a tie cannot join '{Echo.Quote(from.Value)}' to itself");
        var kind = f.Enum<TieKind>("kind", required: true);
        var start = f.Date("start");
        var end = f.Date("end");
        CheckOrder(f, "start", start, "end", end);
        bool directed = f.Bool("directed") ?? kind != TieKind.CoSigning;
        var ev = EventRef(f, "event");
        string? description = f.Text("description");
        var p = Provenance(f, null, fields);
        if (from is null || to is null || kind is null || p is null || from == to)
            return null;
        return new Tie(from, to, kind.Value, directed, start, end, ev, description, p);
    }

    private CoalitionEvent? ReadEvent(YamlNode node, string path)
    {
        string[] fields =
        [
            "id", "kind", "name", "date", "end_date", "place", "host", "co_hosts", "chair", "co_chairs", "initiator", "subject", "participants",
            "participants_count", "level", "government_changed", "deaths", "hostages", "vote", "document", "description",
        ];
        var f = YamlFields.Open(node, path, _d, [.. fields, .. ProvenanceKeys]);
        if (f is null)
            return null;
        string? id = Id(f, "id");
        var kind = f.Enum<EventKind>("kind", required: true);
        var date = f.Date("date", required: true);
        var endDate = f.Date("end_date");
        CheckOrder(f, "date", date, "end_date", endDate);
        var participants = ActorRefs(f, "participants");
        VoteTally? vote = null;
        if (f.Get("vote") is { } voteNode && YamlFields.Open(voteNode, YamlFields.Child(path, "vote"), _d, ["yes", "no", "abstain"]) is { } vf)
        {
            int? yes = vf.Integer("yes", required: true), no = vf.Integer("no", required: true), abstain = vf.Integer("abstain");
            if (yes is not null && no is not null)
                vote = new VoteTally(yes.Value, no.Value, abstain ?? 0);
        }

        // Every field is read (and so checked) before deciding whether the event can be built.
        ActorId? host = ActorRef(f, "host"), chair = ActorRef(f, "chair"), initiator = ActorRef(f, "initiator"), subject = ActorRef(f, "subject");
        var coHosts = ActorRefs(f, "co_hosts");
        var coChairs = ActorRefs(f, "co_chairs");
        if (coHosts.Length > 0 && !f.Has("host"))
            _d.Add(f.Get("co_hosts")!, YamlFields.Child(path, "co_hosts"), "co_hosts need a 'host' (the first or main host)");
        if (coChairs.Length > 0 && !f.Has("chair"))
            _d.Add(f.Get("co_chairs")!, YamlFields.Child(path, "co_chairs"), "co_chairs need a 'chair' (the first or main chair)");
        int? count = f.Integer("participants_count"), deaths = f.Integer("deaths"), hostages = f.Integer("hostages");
        var level = f.Enum<EventLevel>("level");
        var changed = f.Bool("government_changed");
        string? name = f.Text("name"), place = f.Text("place"), document = f.Text("document"), description = f.Text("description");
        var p = Provenance(f, null, fields);
        if (id is null || kind is null || date is null || p is null)
            return null;
        return new CoalitionEvent(
            new ItemId(id), kind.Value, name, date.Value, endDate, place, host, chair, initiator, subject, participants,
            count, level, changed, deaths, hostages, vote, document, description, p)
        {
            CoHosts = coHosts,
            CoChairs = coChairs,
        };
    }

    private ActorList? ReadList(YamlNode node, string path)
    {
        string[] fields = ["id", "name", "kind", "published", "publisher", "entries", "entries_count", "description"];
        var f = YamlFields.Open(node, path, _d, [.. fields, .. ProvenanceKeys]);
        if (f is null)
            return null;
        string? id = Id(f, "id");
        string? name = f.Text("name", required: true);
        var kind = f.Enum<ListKind>("kind", required: true);
        var p = Provenance(f, null, fields);
        var entries = ImmutableArray.CreateBuilder<ListEntry>();
        var seen = new HashSet<ActorId>();
        foreach (var (entryNode, entryPath) in f.Items("entries", required: true))
        {
            ListEntry? entry = null;
            YamlNode actorNode = entryNode;
            string actorPath = entryPath;
            if (entryNode is YamlScalarNode { Value: { } value })
            {
                if (CheckActor(entryNode, entryPath, value) is { } a && p is not null)
                    entry = new ListEntry(a, null, null, p);
            }
            else if (YamlFields.Open(entryNode, entryPath, _d, ["actor", "added", "removed", .. ProvenanceKeys]) is { } ef)
            {
                var a = ActorRef(ef, "actor", required: true);
                var added = ef.Date("added");
                var removed = ef.Date("removed");
                CheckOrder(ef, "added", added, "removed", removed);
                var ep = Provenance(ef, Inheritable(f, p), ["actor", "added", "removed"]);
                actorNode = ef.Get("actor") ?? entryNode;
                actorPath = YamlFields.Child(entryPath, "actor");
                if (a is not null && ep is not null)
                    entry = new ListEntry(a, added, removed, ep);
            }

            if (entry is null)
                continue;
            if (!seen.Add(entry.Actor))
                _d.Add(actorNode, actorPath, $"'{Echo.Quote(entry.Actor.Value)}' is on this list twice");
            else
                entries.Add(entry);
        }

        var publisher = ActorRef(f, "publisher");
        var published = f.Date("published");
        var count = f.Integer("entries_count");
        string? description = f.Text("description");
        if (id is null || name is null || kind is null || p is null)
            return null;
        return new ActorList(new ItemId(id), name, kind.Value, published, publisher, entries.ToImmutable(), count, description, p);
    }

    private StandingBody? ReadBody(YamlNode node, string path)
    {
        string[] fields = ["id", "name", "kind", "established", "ended", "rotating_chair", "decides_by", "planned", "members", "members_known", "description"];
        var f = YamlFields.Open(node, path, _d, [.. fields, .. ProvenanceKeys]);
        if (f is null)
            return null;
        string? id = Id(f, "id");
        string? name = f.Text("name", required: true);
        var kind = f.Enum<BodyKind>("kind", required: true);
        var established = f.Date("established");
        var ended = f.Date("ended");
        CheckOrder(f, "established", established, "ended", ended);
        var members = ActorRefs(f, "members");
        var rotating = f.Bool("rotating_chair");
        var decidesBy = f.Enum<DecisionRule>("decides_by");
        bool planned = f.Bool("planned") ?? false;
        bool membersKnown = f.Bool("members_known") ?? true;
        if (!membersKnown && members.Length > 0)
            _d.Add(f.Get("members_known")!, YamlFields.Child(path, "members_known"), "members_known is false but members are listed: list the members, or say they are unknown");
        string? description = f.Text("description");
        var p = Provenance(f, null, fields);
        if (id is null || name is null || kind is null || p is null)
            return null;
        return new StandingBody(new ItemId(id), name, kind.Value, established, ended, rotating, members, description, p) { IsPlanned = planned, MembersKnown = membersKnown, DecidesBy = decidesBy };
    }

    private Series? ReadSeries(YamlNode node, string path)
    {
        string[] fields = ["id", "measure", "description", "points"];
        var f = YamlFields.Open(node, path, _d, [.. fields, .. ProvenanceKeys]);
        if (f is null)
            return null;
        string? id = Id(f, "id");
        var measure = f.Enum<SeriesMeasure>("measure", required: true);
        string? description = f.Text("description");
        var p = Provenance(f, null, fields);
        var points = ImmutableArray.CreateBuilder<SeriesPoint>();
        foreach (var (pointNode, pointPath) in f.Items("points", required: true))
        {
            var pf = YamlFields.Open(pointNode, pointPath, _d, ["date", "value", .. ProvenanceKeys]);
            if (pf is null)
                continue;
            var date = pf.Date("date", required: true);
            var value = pf.Number("value", required: true);
            var pp = Provenance(pf, Inheritable(f, p), ["date", "value"], number: "value");
            if (date is not null && value is not null && pp is not null)
                points.Add(new SeriesPoint(date.Value, value.Value, pp));
        }

        if (id is null || measure is null || p is null)
            return null;
        return new Series(new ItemId(id), measure.Value, description, [.. points.OrderBy(x => x.Date)], p);
    }

    // ---- shared pieces -----------------------------------------------------------------------

    private static ImmutableArray<T> List<T>(YamlFields top, string key, Func<YamlNode, string, T?> read)
        where T : class
    {
        var builder = ImmutableArray.CreateBuilder<T>();
        foreach (var (node, path) in top.Items(key))
        {
            if (read(node, path) is { } item)
                builder.Add(item);
        }

        return builder.ToImmutable();
    }

    private T? Section<T>(YamlFields top, string key, bool required, string[] fields, Func<YamlFields, T?> read)
        where T : class
    {
        var node = top.Get(key, required);
        if (node is null)
            return null;
        var f = YamlFields.Open(node, key, _d, [.. fields, .. ProvenanceKeys]);
        return f is null ? null : read(f);
    }

    /// <summary>
    /// Reads the sources, locators, confidence, note, alternatives and reading flag of a fact. A fact
    /// with no sources of its own inherits <paramref name="parent"/>'s, unless it holds a number
    /// (<paramref name="number"/>: the key of the number it holds): every number cites its own source.
    /// </summary>
    private Provenance? Provenance(YamlFields f, Provenance? parent, IReadOnlyCollection<string> factFields, string? number = null)
    {
        var (sources, locators) = SourceRefs(f, "sources", required: false);
        bool reading = f.Bool("reading") ?? false;

        var confidence = f.Enum<Confidence>("confidence");
        string? note = f.Text("note");
        var alternatives = ImmutableArray.CreateBuilder<Alternative>();
        foreach (var (node, path) in f.Items("alternatives"))
        {
            var af = YamlFields.Open(node, path, _d, ["field", "value", "sources", "note", "confidence"]);
            if (af is null)
                continue;
            string? field = af.Text("field", required: true);
            string? value = af.Text("value", required: true);
            if (field is not null && !factFields.Contains(field))
                _d.Add(af.Get("field")!, YamlFields.Child(path, "field"), $"'{Echo.Quote(field)}' is not a field of this fact; one of: {string.Join(", ", factFields)}");
            var (altSources, altLocators) = SourceRefs(af, "sources", required: true);

            string? altNote = af.Text("note");
            var altConfidence = af.Enum<Confidence>("confidence");
            if (field is not null && value is not null)
                alternatives.Add(new Alternative(field, value, [.. altSources], altNote, altConfidence) { Locators = [.. altLocators] });
        }

        bool citedNothing = !f.Has("sources") || f.Get("sources") is YamlSequenceNode { Children.Count: 0 };
        if (citedNothing && number is not null && f.Has(number))
        {
            _d.Add(f.Node, f.Path, $"this fact holds a number ('{number}'), and every number cites its own source: add 'sources: [id]' here (the parent's sources are not inherited by numbers)");
            return null;
        }

        if (ReferenceEquals(parent, BrokenParent) && (citedNothing || sources.Count == 0))
            return null; // the parent's own sources were wrong, and that is reported already

        if (citedNothing && parent is null)
        {
            _d.Add(f.Node, f.Path, "this fact cites no source: add 'sources: [id]' naming a source declared in sources");
            return null;
        }

        if (sources.Count == 0 && parent is null)
            return null; // every cited source was undeclared; already reported
        var effective = sources.Count > 0 ? [.. sources] : parent!.Sources;
        var effectiveLocators = sources.Count > 0 ? [.. locators] : parent!.Locators;
        return new Provenance(effective, confidence, note, alternatives.ToImmutable()) { Locators = effectiveLocators, IsReading = reading || (sources.Count == 0 && parent!.IsReading) };
    }

    // Stands for a parent fact whose sources were cited but could not be used (each problem already
    // reported), so that its nested facts, which would inherit them, are not reported again as citing nothing.
    private static readonly Provenance BrokenParent = new([]);

    /// <summary>The provenance nested facts inherit: the parent's, or a marker when the parent cited sources that failed.</summary>
    private static Provenance? Inheritable(YamlFields parent, Provenance? provenance) =>
        provenance ?? (parent.Has("sources") ? BrokenParent : null);

    /// <summary>
    /// A list of source references: each an id, or <c>{ id: seed, at: "§3" }</c> giving where in the
    /// work the fact is. The paper (<c>paper: true</c>) must be cited with a locator.
    /// </summary>
    private (List<SourceId> Sources, List<SourceLocator> Locators) SourceRefs(YamlFields f, string key, bool required)
    {
        var sources = new List<SourceId>();
        var locators = new List<SourceLocator>();
        foreach (var (node, path) in f.Items(key, required, allowSingle: true))
        {
            string? id = null;
            string? at = null;
            YamlNode idNode = node;
            if (node is YamlScalarNode { IsNull: false, Value.Length: > 0 } scalar)
            {
                id = scalar.Value;
            }
            else if (node is YamlMappingNode && YamlFields.Open(node, path, _d, ["id", "at"]) is { } rf)
            {
                id = rf.Text("id", required: true);
                at = rf.Text("at", required: true);
                idNode = rf.Get("id") ?? node;
            }
            else if (node is not YamlMappingNode)
            {
                _d.Add(node, path, $"expected a source id or {{ id, at }} but found {YamlFields.Describe(node)}");
            }

            if (id is null || !CheckSource(idNode, path, id))
                continue;
            var source = _sources[id];
            // A { id, at } reference without a usable 'at' was reported when it was read.
            if (source.IsPaper && at is null && node is YamlScalarNode)
                _d.Add(idNode, path, $"the paper is cited with a locator, so a reader can check it: write {{ id: {id}, at: \"§3\" }} (a section or page)");
            sources.Add(source.Id);
            if (at is not null)
                locators.Add(new SourceLocator(source.Id, at));
        }

        return (sources, locators);
    }

    /// <summary>An amount: an exact number, or a range or bound kept as such (<see cref="Quantity"/>).</summary>
    private (decimal? Exact, Quantity? Bounds) Amount(YamlFields f, string key)
    {
        string? text = f.Text(key);
        if (text is null)
            return (null, null);
        if (Quantity.TryParse(text, out var q, out string? error))
            return q.IsExact ? (q.Low, null) : (null, q);
        _d.Add(f.Get(key)!, YamlFields.Child(f.Path, key), $"'{Echo.Quote(text)}' {error}");
        return (null, null);
    }

    private string? Currency(YamlFields f)
    {
        string? code = f.Text("currency");
        if (code is not null && !CurrencyCode().IsMatch(code))
        {
            _d.Add(f.Get("currency")!, YamlFields.Child(f.Path, "currency"), $"'{Echo.Quote(code)}' is not an ISO 4217 currency code (three capital letters, e.g. USD, EUR, GBP)");
            return null;
        }

        return code;
    }

    private string? Id(YamlFields f, string key)
    {
        string? id = f.Text(key, required: true);
        if (id is not null && !KebabId().IsMatch(id))
        {
            _d.Add(f.Get(key)!, YamlFields.Child(f.Path, key), $"'{Echo.Quote(id)}' is not a valid id: use lower-case letters and digits joined by hyphens, e.g. iraq-2003");
            return null;
        }

        return id;
    }

    private ActorId? ActorRef(YamlFields f, string key, bool required = false)
    {
        string? value = f.Text(key, required);
        return value is null ? null : CheckActor(f.Get(key)!, YamlFields.Child(f.Path, key), value);
    }

    private ImmutableArray<ActorId> ActorRefs(YamlFields f, string key)
    {
        var result = ImmutableArray.CreateBuilder<ActorId>();
        foreach (var (node, path, value) in f.TextItems(key))
        {
            if (CheckActor(node, path, value) is { } a)
                result.Add(a);
        }

        return result.ToImmutable();
    }

    private ActorId? CheckActor(YamlNode node, string path, string value)
    {
        if (_actors.ContainsKey(value))
            return new ActorId(value);
        if (!_brokenActors.Contains(value))
            _d.Add(node, path, $"actor '{Echo.Quote(value)}' is not declared in actors{Near(value, _actors.Keys)}");
        return null;
    }

    private bool CheckSource(YamlNode node, string path, string value)
    {
        if (_sources.ContainsKey(value))
            return true;
        if (!_brokenSources.Contains(value))
            _d.Add(node, path, $"source '{Echo.Quote(value)}' is not declared in sources{Near(value, _sources.Keys)}");
        return false;
    }

    private ItemId? EventRef(YamlFields f, string key)
    {
        string? value = f.Text(key);
        return value is null ? null : CheckEvent(f.Get(key)!, YamlFields.Child(f.Path, key), value);
    }

    private ItemId? CheckEvent(YamlNode node, string path, string value)
    {
        if (_eventIds.Contains(value))
            return new ItemId(value);
        _d.Add(node, path, $"event '{Echo.Quote(value)}' is not declared in events{Near(value, _eventIds)}");
        return null;
    }

    private void CheckOrder(YamlFields f, string startKey, PartialDate? start, string endKey, PartialDate? end)
    {
        if (start is { } s && end is { } e && e.IsCertainlyBefore(s))
            _d.Add(f.Get(endKey)!, YamlFields.Child(f.Path, endKey), $"{endKey} {e} is before {startKey} {s}");
    }

    private void CheckUnique(YamlFields top, string key, string idKey, string? what = null)
    {
        // Reads the list's nodes directly: a section that is not a list was reported when it was read.
        if (top.Get(key) is not YamlSequenceNode list)
            return;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < list.Children.Count; i++)
        {
            if (list.Children[i] is YamlMappingNode map && map.TryGetValue(idKey, out var idNode) && idNode is YamlScalarNode { Value: { } id } && !seen.Add(id))
                _d.Add(idNode, YamlFields.Child(YamlFields.Item(key, i), idKey), $"duplicate {what ?? key} id '{Echo.Quote(id)}'");
        }
    }

    private string Near(string value, IEnumerable<string> known) =>
        _d.Suggest(value, known) is { } near ? $"; did you mean '{near}'?" : string.Empty;
}
