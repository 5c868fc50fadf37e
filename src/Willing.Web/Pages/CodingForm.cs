using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Willing.Core.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Willing.Web.Pages;

/// <summary>A field of the coding form: its name (the form's <c>name</c>, also the key of its value) and its label.</summary>
/// <param name="Name">The field's name within its row (<c>joined</c>) or at the top (<c>period.start</c>).</param>
/// <param name="Label">Its label, e.g. “Joined”.</param>
internal sealed record FormField(string Name, string Label);

/// <summary>A section of the coding form made of rows (actors, events, sources, …): each row's fields are named <c>KEY[i].FIELD</c>.</summary>
/// <param name="Key">The section's key, e.g. <c>actors</c>.</param>
/// <param name="Singular">One row in words, e.g. “Actor”.</param>
/// <param name="Minimum">How many rows a new form shows.</param>
/// <param name="Fields">The fields of each row, the first being where a row's errors go when no field is named.</param>
internal sealed record RowSection(string Key, string Singular, int Minimum, ImmutableArray<FormField> Fields)
{
    /// <summary>The field of a row, by its name within the row.</summary>
    public FormField Field(string name) => Fields.First(f => f.Name == name);
}

/// <summary>An error of the coding form, beside the field it belongs to (null for the form as a whole).</summary>
/// <param name="Field">The field's name, e.g. <c>actors[2].joined</c>; null when the error names no field of the form.</param>
/// <param name="Message">What is wrong, in the reader's words.</param>
/// <param name="Path">The field path of the case file the form makes, e.g. <c>memberships[1].joined</c>.</param>
internal sealed record FormError(string? Field, string Message, string Path);

/// <summary>The case-file text a coding form makes, with the map from the file's field paths back to the form's fields.</summary>
/// <param name="Text">The case file (YAML), written by YamlDotNet's emitter from a node tree.</param>
/// <param name="CaseId">The coalition's id as written (made from the name when the form leaves it empty).</param>
/// <param name="Paths">For each field path of the file, the form field it came from.</param>
/// <param name="Errors">What the form itself finds wrong before the file is read (a leader that is none of the actors).</param>
internal sealed record CodedCase(string Text, string CaseId, IReadOnlyDictionary<string, string> Paths, IReadOnlyList<FormError> Errors);

/// <summary>
/// The coding form's values: every field by its name, as posted or as a draft kept them, and the rows
/// of each section. It turns into a case file (<see cref="Build"/>) that <see cref="CaseFileReader"/>
/// checks, and maps each of the reader's errors back to the field it came from (<see cref="Locate"/>).
/// </summary>
/// <remarks>
/// An actor row is both an actor (declared in <c>actors</c>) and its membership; the other sections are
/// one row per fact. Empty rows are left out of the file. Actors are typed by ISO code, id or name and
/// resolved against the known actors (<see cref="KnownActors"/>); a name that matches none is a new actor.
/// Sources are entered once, in their own section, and cited by id from every fact
/// (<c>seed (§3), nbc-spain</c>: a locator in parentheses).
/// </remarks>
internal sealed partial class CodingForm
{
    /// <summary>The most rows a section may have.</summary>
    public const int MaxRows = 300;

    /// <summary>The longest value kept from a field.</summary>
    public const int MaxValueLength = 20_000;

    /// <summary>The actors and their memberships.</summary>
    public static readonly RowSection Actors = new("actors", "Actor", 5, [
        new("actor", "Actor (ISO code, id or name)"), new("kind", "Kind"), new("roles", "Roles"), new("joined", "Joined"),
        new("left", "Left"), new("exit", "Exit reason"), new("sources", "Sources")]);

    /// <summary>The inducements and pressure.</summary>
    public static readonly RowSection Inducements = new("inducements", "Inducement", 1, [
        new("from", "From"), new("to", "To"), new("kind", "Kind"), new("direction", "Direction"), new("amount_usd", "Amount (US$)"),
        new("date", "Date"), new("description", "Description"), new("sources", "Sources")]);

    /// <summary>The ties between actors.</summary>
    public static readonly RowSection Ties = new("ties", "Tie", 1, [
        new("from", "From"), new("to", "To"), new("kind", "Kind"), new("start", "Start"), new("description", "Description"), new("sources", "Sources")]);

    /// <summary>The dated events.</summary>
    public static readonly RowSection Events = new("events", "Event", 2, [
        new("name", "Name"), new("id", "Id"), new("kind", "Kind"), new("date", "Date"), new("description", "Description"), new("sources", "Sources")]);

    /// <summary>The sources, each entered once and cited by its id.</summary>
    public static readonly RowSection Sources = new("sources", "Source", 3, [
        new("id", "Id"), new("kind", "Kind"), new("citation", "Citation"), new("url", "Address (URL)")]);

    /// <summary>Every row section, in the form's order.</summary>
    public static readonly ImmutableArray<RowSection> Sections = [Actors, Inducements, Ties, Events, Sources];

    /// <summary>The fields of the coalition itself, its trigger and its relation to institutions.</summary>
    public static readonly ImmutableArray<FormField> TopFields = [
        new("id", "Case id"), new("name", "Name"), new("summary", "Summary"),
        new("issue_area.category", "Issue area"), new("issue_area.description", "The issue, in words"), new("issue_area.sources", "Sources for the issue area"),
        new("period.start", "Start"), new("period.end", "End"), new("period.sources", "Sources for the period"), new("leader", "Leader"),
        new("trigger.kind", "Trigger"), new("trigger.date", "Trigger date"), new("trigger.description", "The trigger, in words"),
        new("trigger.leader_directly_threatened", "Was the leader itself threatened?"),
        new("trigger.niche_selection", "Did the initiators choose this issue among others?"), new("trigger.sources", "Sources for the trigger"),
        new("institutions.relation", "Relation to established institutions"), new("institutions.forum", "Forum"),
        new("institutions.description", "The relation, in words"), new("institutions.sources", "Sources for the relation")];

    private static readonly FrozenLabels Labels = new();

    private readonly SortedDictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> rows = new(StringComparer.Ordinal);

    /// <summary>The draft's key: the user's name for the form, once saved; empty before.</summary>
    public string DraftKey { get; set; } = string.Empty;

    /// <summary>A field's value, trimmed; empty when not set.</summary>
    /// <param name="name">The field's name, e.g. <c>name</c> or <c>actors[0].joined</c>.</param>
    public string this[string name] => values.GetValueOrDefault(name) ?? string.Empty;

    /// <summary>A field of a row's value.</summary>
    public string Value(RowSection section, int row, string field) => this[Name(section, row, field)];

    /// <summary>How many rows a section shows.</summary>
    public int Rows(RowSection section) => Math.Clamp(rows.GetValueOrDefault(section.Key, section.Minimum), section.Minimum, MaxRows);

    /// <summary>Whether any field has a value.</summary>
    public bool IsEmpty => values.Count == 0;

    /// <summary>The name of a row's field: <c>actors[2].joined</c>.</summary>
    public static string Name(RowSection section, int row, string field) =>
        string.Create(CultureInfo.InvariantCulture, $"{section.Key}[{row}].{field}");

    /// <summary>The hidden field that keeps a section's row count: <c>rows.actors</c>.</summary>
    public static string RowsName(RowSection section) => "rows." + section.Key;

    /// <summary>A field's label for the error summary: “Actor 3: Joined”, “Period: Start”.</summary>
    public static string Label(string field) => Labels.Of(field);

    /// <summary>An empty form.</summary>
    public static CodingForm New() => new();

    /// <summary>The form as posted: every known field (others, such as the anti-forgery token, are ignored).</summary>
    /// <param name="form">The posted form.</param>
    public static CodingForm FromForm(IFormCollection form)
    {
        var result = new CodingForm { DraftKey = Clean(form["draft"]) };
        foreach (var (key, value) in form)
            result.Set(key, value.ToString());
        return result;
    }

    /// <summary>The form a draft kept (<see cref="ToDraft"/>); an empty form when the draft is not one (it is never an error).</summary>
    /// <param name="key">The draft's key.</param>
    /// <param name="body">The draft's text.</param>
    public static CodingForm FromDraft(string key, string body)
    {
        var result = new CodingForm { DraftKey = key };
        try
        {
            if (JsonSerializer.Deserialize<Dictionary<string, string>>(body) is { } saved)
            {
                foreach (var (name, value) in saved)
                    result.Set(name, value);
            }
        }
        catch (JsonException)
        {
            // A draft saved by something else (a YAML text through the API) opens as an empty form.
        }

        return result;
    }

    /// <summary>The draft's text: the fields with a value and the row counts, as a JSON object, in name order.</summary>
    public string ToDraft()
    {
        var saved = new SortedDictionary<string, string>(values, StringComparer.Ordinal);
        foreach (var section in Sections)
            saved[RowsName(section)] = Rows(section).ToString(CultureInfo.InvariantCulture);
        return JsonSerializer.Serialize(saved);
    }

    /// <summary>Adds an empty row to a section (at most <see cref="MaxRows"/>).</summary>
    public void AddRow(RowSection section) => rows[section.Key] = Math.Min(MaxRows, Rows(section) + 1);

    /// <summary>The key to save the draft under: the one it has, else the case id, else one made from the time.</summary>
    /// <param name="now">The time, for a key made from it.</param>
    public string NewDraftKey(DateTimeOffset now)
    {
        if (DraftKey.Length > 0)
            return DraftKey;
        string id = this["id"].Length > 0 ? Kebab(this["id"]) : Kebab(this["name"]);
        return id.Length > 0 ? id : "draft-" + now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
    }

    /// <summary>Makes the case file: the coalition, its sources, actors and memberships, inducements, ties and events, leaving out empty rows and empty optional fields.</summary>
    /// <param name="known">The actors the typed names and codes resolve to.</param>
    public CodedCase Build(KnownActors known)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<FormError>();
        var root = new YamlMappingNode();

        string caseId = this["id"].Length > 0 ? this["id"] : Kebab(this["name"]);
        Scalar(root, "id", caseId, "id");
        Scalar(root, "name", this["name"], "name");
        Scalar(root, "summary", this["summary"], "summary");
        Map(root, "issue_area", "issue_area.category", m =>
        {
            Scalar(m, "category", this["issue_area.category"], "issue_area.category", "issue_area.category");
            Scalar(m, "description", this["issue_area.description"], "issue_area.description", "issue_area.description");
            Cite(m, "issue_area", "issue_area.sources");
        });
        Map(root, "period", "period.start", m =>
        {
            Scalar(m, "start", this["period.start"], "period.start", "period.start");
            Scalar(m, "end", this["period.end"], "period.end", "period.end");
            Cite(m, "period", "period.sources");
        });
        Map(root, "trigger", "trigger.kind", m =>
        {
            foreach (string key in (string[])["kind", "date", "description", "leader_directly_threatened", "niche_selection"])
                Scalar(m, key, this["trigger." + key], "trigger." + key, "trigger." + key);
            Cite(m, "trigger", "trigger.sources");
        });
        Map(root, "institutions", "institutions.relation", m =>
        {
            foreach (string key in (string[])["relation", "forum", "description"])
                Scalar(m, key, this["institutions." + key], "institutions." + key, "institutions." + key);
            Cite(m, "institutions", "institutions.sources");
        });

        // Sources first: every fact below cites them by id.
        var sources = new YamlSequenceNode();
        foreach (int i in Filled(Sources))
        {
            string at = At("sources", sources.Children.Count);
            paths[at] = Name(Sources, i, "citation");
            var s = new YamlMappingNode();
            foreach (var field in Sources.Fields)
                Scalar(s, field.Name, Value(Sources, i, field.Name), at + "." + field.Name, Name(Sources, i, field.Name));
            sources.Add(s);
        }

        root.Add("sources", sources);

        // Each actor row declares its actor and gives its membership.
        var actors = new YamlSequenceNode();
        var memberships = new YamlSequenceNode();
        var rowActors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string leader = this["leader"];
        string? leaderId = leader.Length == 0 ? null : Resolve(known, null, leader).Id;
        bool leaderFound = false;
        foreach (int i in Filled(Actors))
        {
            string typed = Value(Actors, i, "actor");
            string kind = Value(Actors, i, "kind");
            var (id, name, knownKind) = Resolve(known, kind, typed);
            if (typed.Length > 0)
            {
                rowActors.TryAdd(typed, id);
                rowActors.TryAdd(id, id);
            }

            string at = At("actors", actors.Children.Count);
            paths[at] = Name(Actors, i, "actor");
            paths[at + ".id"] = Name(Actors, i, "actor");
            paths[at + ".name"] = Name(Actors, i, "actor");
            paths[at + ".kind"] = Name(Actors, i, "kind");
            var a = new YamlMappingNode();
            Scalar(a, "id", id, null);
            Scalar(a, "kind", kind.Length > 0 ? kind : knownKind ?? string.Empty, null);
            if (!(knownKind == "state" && kind is "" or "state"))
                Scalar(a, "name", name, null);
            actors.Add(a);

            string mat = At("memberships", memberships.Children.Count);
            paths[mat] = Name(Actors, i, "actor");
            var m = new YamlMappingNode();
            Scalar(m, "actor", id, mat + ".actor", Name(Actors, i, "actor"));
            var roles = Split(Value(Actors, i, "roles"), ',', ' ', ';').ToList();
            if (leaderId is not null && id == leaderId)
            {
                leaderFound = true;
                if (!roles.Contains("leader", StringComparer.Ordinal) && !roles.Contains("co-leader", StringComparer.Ordinal))
                    roles.Insert(0, "leader");
            }

            if (roles.Count > 0)
                m.Add("roles", Flow(roles.Select(r => new YamlScalarNode(r))));
            paths[mat + ".roles"] = Name(Actors, i, "roles");
            Scalar(m, "joined", Value(Actors, i, "joined"), mat + ".joined", Name(Actors, i, "joined"));
            Scalar(m, "left", Value(Actors, i, "left"), mat + ".left", Name(Actors, i, "left"));
            if (Value(Actors, i, "exit") is { Length: > 0 } reason)
                m.Add("exit", new YamlMappingNode { { "reason", Plain(reason) } });
            paths[mat + ".exit"] = Name(Actors, i, "exit");
            CiteRow(m, mat, Name(Actors, i, "sources"));
            memberships.Add(m);
        }

        if (leaderId is not null && !leaderFound)
            errors.Add(new FormError("leader", $"'{leader}' is none of the actors below: add it as an actor, or type its code or name as in its row", "leader"));
        root.Add("actors", actors);
        root.Add("memberships", memberships);

        Rows(root, Inducements, paths, (m, i, at) =>
        {
            Scalar(m, "from", End(known, rowActors, Value(Inducements, i, "from")), at + ".from", Name(Inducements, i, "from"));
            Scalar(m, "to", End(known, rowActors, Value(Inducements, i, "to")), at + ".to", Name(Inducements, i, "to"));
            foreach (string key in (string[])["kind", "direction", "amount_usd", "date", "description"])
                Scalar(m, key, Value(Inducements, i, key), at + "." + key, Name(Inducements, i, key));
        });
        Rows(root, Ties, paths, (m, i, at) =>
        {
            Scalar(m, "from", End(known, rowActors, Value(Ties, i, "from")), at + ".from", Name(Ties, i, "from"));
            Scalar(m, "to", End(known, rowActors, Value(Ties, i, "to")), at + ".to", Name(Ties, i, "to"));
            foreach (string key in (string[])["kind", "start", "description"])
                Scalar(m, key, Value(Ties, i, key), at + "." + key, Name(Ties, i, key));
        });
        int events = 0;
        Rows(root, Events, paths, (m, i, at) =>
        {
            events++;
            string id = Value(Events, i, "id");
            if (id.Length == 0)
                id = Kebab(Value(Events, i, "name")) is { Length: > 0 } made ? made : string.Create(CultureInfo.InvariantCulture, $"event-{events}");
            Scalar(m, "id", id, at + ".id", Name(Events, i, "id"));
            foreach (string key in (string[])["kind", "name", "date", "description"])
                Scalar(m, key, Value(Events, i, key), at + "." + key, Name(Events, i, key));
        });

        return new CodedCase(Emit(root), caseId, paths, errors);

        void Map(YamlMappingNode parent, string key, string field, Action<YamlMappingNode> fill)
        {
            var node = new YamlMappingNode();
            fill(node);
            parent.Add(key, node);
            paths[key] = field;
        }

        void Scalar(YamlMappingNode node, string key, string value, string? path, string? field = null)
        {
            if (path is not null)
                paths[path] = field ?? path;
            if (value.Length > 0)
                node.Add(key, Plain(value));
        }

        void Cite(YamlMappingNode node, string path, string field)
        {
            paths[path + ".sources"] = field;
            if (SourceRefs(this[field]) is { } refs)
                node.Add("sources", refs);
        }

        void CiteRow(YamlMappingNode node, string path, string field)
        {
            paths[path + ".sources"] = field;
            if (SourceRefs(this[field]) is { } refs)
                node.Add("sources", refs);
        }

        void Rows(YamlMappingNode parent, RowSection section, Dictionary<string, string> map, Action<YamlMappingNode, int, string> fill)
        {
            var list = new YamlSequenceNode();
            foreach (int i in Filled(section))
            {
                string at = At(section.Key, list.Children.Count);
                map[at] = Name(section, i, section.Fields[0].Name);
                var m = new YamlMappingNode();
                fill(m, i, at);
                CiteRow(m, at, Name(section, i, "sources"));
                list.Add(m);
            }

            if (list.Children.Count > 0)
                parent.Add(section.Key, list);
        }
    }

    /// <summary>Where each error of the case file belongs in the form: the field its path came from, or the nearest enclosing one; none for an error of the whole file.</summary>
    /// <param name="coded">The case file the form made.</param>
    /// <param name="errors">The reader's (or the store's) errors in it.</param>
    public static IReadOnlyList<FormError> Locate(CodedCase coded, IEnumerable<InputError> errors)
    {
        var located = new List<FormError>(coded.Errors);
        foreach (var e in errors)
        {
            string? field = null;
            string path = e.FieldPath;
            // "This fact cites no source" is said of the fact; its sources field is where to mend it.
            if (e.Message.Contains("source", StringComparison.Ordinal) && coded.Paths.TryGetValue(path + ".sources", out string? sources))
                field = sources;
            for (string? p = path; field is null && p is { Length: > 0 } && p != "$"; p = Parent(p))
                field = coded.Paths.GetValueOrDefault(p);
            located.Add(new FormError(field, Friendly(e.Message), e.FieldPath));
        }

        return located;
    }

    /// <summary>A case id or event id made from a name: lower-case words joined by hyphens, at most 60 characters.</summary>
    public static string Kebab(string text)
    {
        var id = new StringBuilder();
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
                id.Append(char.ToLowerInvariant(c));
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && id.Length > 0 && id[^1] != '-')
                id.Append('-');
        }

        string made = id.ToString().Trim('-');
        return made.Length <= 60 ? made : made[..60].TrimEnd('-');
    }

    private void Set(string name, string value)
    {
        if (name.StartsWith("rows.", StringComparison.Ordinal))
        {
            if (Sections.FirstOrDefault(s => "rows." + s.Key == name) is { } counted
                && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
                rows[counted.Key] = Math.Clamp(n, counted.Minimum, MaxRows);
            return;
        }

        string clean = Clean(value);
        if (TopFields.Any(f => f.Name == name))
        {
            Keep(name, clean);
            return;
        }

        var match = RowName().Match(name);
        if (!match.Success || Sections.FirstOrDefault(s => s.Key == match.Groups[1].Value) is not { } section
            || !int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int row) || row >= MaxRows
            || section.Fields.All(f => f.Name != match.Groups[3].Value))
            return;
        Keep(name, clean);
        if (clean.Length > 0)
            rows[section.Key] = Math.Max(Rows(section), row + 1);
    }

    private void Keep(string name, string value)
    {
        if (value.Length > 0)
            values[name] = value;
        else
            values.Remove(name);
    }

    private IEnumerable<int> Filled(RowSection section) =>
        Enumerable.Range(0, Rows(section)).Where(i => section.Fields.Any(f => Value(section, i, f.Name).Length > 0));

    /// <summary>A typed actor as an id, a name and the kind it is known by: a known actor, a state's code, or a new actor whose id is made from its name.</summary>
    private static (string Id, string Name, string? KnownKind) Resolve(KnownActors known, string? kind, string typed)
    {
        if (known.Resolve(typed) is { } actor)
            return (actor.Id, actor.Name, actor.Kind);
        // Three letters given as a state: its code, which the reader checks against ISO 3166.
        if (typed.Length == 3 && typed.All(char.IsAsciiLetter) && kind is null or "" or "state")
            return (typed.ToUpperInvariant(), typed, null);
        return (Kebab(typed) is { Length: > 0 } id ? id : typed, typed, null);
    }

    /// <summary>The id of a tie's or an inducement's end: an actor of the rows by what was typed there or its id, else as any actor resolves.</summary>
    private static string End(KnownActors known, Dictionary<string, string> rowActors, string typed) =>
        typed.Length == 0 ? string.Empty : rowActors.GetValueOrDefault(typed) ?? Resolve(known, null, typed).Id;

    /// <summary>Source references as typed: ids separated by commas, each with an optional locator in parentheses (<c>seed (§3)</c>).</summary>
    private static YamlSequenceNode? SourceRefs(string text)
    {
        var refs = new List<YamlNode>();
        var current = new StringBuilder();
        int depth = 0;
        foreach (char c in text + ",")
        {
            if (c == '(')
                depth++;
            else if (c == ')' && depth > 0)
                depth--;
            if (c == ',' && depth == 0)
            {
                if (Ref(current.ToString().Trim()) is { } node)
                    refs.Add(node);
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        return refs.Count == 0 ? null : Flow(refs);

        static YamlNode? Ref(string item)
        {
            if (item.Length == 0)
                return null;
            var m = Locator().Match(item);
            return m.Success
                ? new YamlMappingNode { { "id", Plain(m.Groups[1].Value.Trim()) }, { "at", Plain(m.Groups[2].Value.Trim()) } }
                : Plain(item);
        }
    }

    private static YamlSequenceNode Flow(IEnumerable<YamlNode> items)
    {
        var list = new YamlSequenceNode(items) { Style = YamlDotNet.Core.Events.SequenceStyle.Flow };
        foreach (var item in list.Children.OfType<YamlMappingNode>())
            item.Style = YamlDotNet.Core.Events.MappingStyle.Flow;
        return list;
    }

    /// <summary>A scalar in the style the emitter picks, except text that YAML would read as null, which is quoted.</summary>
    private static YamlScalarNode Plain(string value) => new(value)
    {
        Style = value is "~" or "null" or "Null" or "NULL" || value.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any,
    };

    private static string Emit(YamlMappingNode root)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        text.Write("# Case file made by the workbench's coding form; the format is described in docs/case-file-format.md.\n");
        var settings = EmitterSettings.Default.WithBestIndent(2).WithBestWidth(int.MaxValue).WithIndentedSequences().WithNewLine("\n");
        new YamlStream(new YamlDocument(root)).Save(new Emitter(text, settings), assignAnchors: false);
        return text.ToString();
    }

    private static string At(string key, int index) => string.Create(CultureInfo.InvariantCulture, $"{key}[{index}]");

    /// <summary>The enclosing path: <c>memberships[2].joined</c> → <c>memberships[2]</c> → <c>memberships</c>.</summary>
    private static string? Parent(string path)
    {
        int cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? null : path[..cut];
    }

    /// <summary>The reader's message in the form's terms: a missing field is one to fill in.</summary>
    private static string Friendly(string message) => MissingField().Replace(message, "required: fill this in")
        .Replace("add 'sources: [id]' naming a source declared in sources", "give the id of a source from the Sources section", StringComparison.Ordinal)
        .Replace("add 'sources: [id]' here", "give the id of a source for it here", StringComparison.Ordinal);

    private static string[] Split(string text, params char[] separators) =>
        text.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Clean(string? value)
    {
        string text = (value ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return text.Length <= MaxValueLength ? text : text[..MaxValueLength];
    }

    [GeneratedRegex(@"^([a-z]+)\[(\d{1,3})\]\.([a-z_]+)$")]
    private static partial Regex RowName();

    [GeneratedRegex(@"^([^()]+)\((.+)\)$")]
    private static partial Regex Locator();

    [GeneratedRegex(@"^missing required field '[a-z_]+'")]
    private static partial Regex MissingField();

    /// <summary>The labels of the form's fields, for the error summary.</summary>
    private sealed class FrozenLabels
    {
        private readonly Dictionary<string, string> top = TopFields.ToDictionary(f => f.Name, f => f.Label, StringComparer.Ordinal);

        public string Of(string field)
        {
            if (top.TryGetValue(field, out string? label))
                return field.StartsWith("period.", StringComparison.Ordinal) && !field.EndsWith(".sources", StringComparison.Ordinal) ? "Period: " + label : label;
            var m = RowName().Match(field);
            if (m.Success && Sections.FirstOrDefault(s => s.Key == m.Groups[1].Value) is { } section
                && section.Fields.FirstOrDefault(f => f.Name == m.Groups[3].Value) is { } f)
                return $"{section.Singular} {int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) + 1}: {f.Label}";
            return field;
        }
    }
}
