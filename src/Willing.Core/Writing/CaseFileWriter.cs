using System.Collections.Immutable;
using System.Globalization;
using Willing.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Willing.Core.Writing;

/// <summary>
/// Writes a <see cref="Coalition"/> back as case-file YAML in the format of
/// <c>docs/case-file-format.md</c>, so that reading the text with
/// <see cref="Reading.CaseFileReader.Read(string, string, Reading.InputLimits?)"/> gives an equal coalition.
/// </summary>
/// <remarks>
/// <para>
/// Every field the model holds is written, defaults included (a membership's <c>status</c>, a
/// tie's <c>directed</c>), and every fact's provenance is written in full: its effective sources,
/// confidence, note and alternatives. Nothing relies on the reader's inheritance of sources from
/// a parent fact.
/// </para>
/// <para>
/// The text goes through YamlDotNet's low-level <see cref="Emitter"/>, which chooses each scalar's
/// style and escapes it. Structure is written as block mappings and block sequences; lists of ids
/// and enum values (sources, roles, participants) as one-line flow sequences. Text the reader would
/// take for null, and text holding line breaks other than <c>\n</c> or control characters, is
/// forced into double quotes.
/// </para>
/// <para>
/// Two reader behaviours are mirrored so that a write after a read gives the same bytes: series
/// points are written in date order (the reader sorts them), and a list entry is written as a bare
/// actor id only when it has no dates and exactly the list's provenance (a bare id takes the list's
/// whole provenance, a mapping entry only the list's sources).
/// </para>
/// <para>The output is deterministic, uses LF line ends and starts with a one-line comment.</para>
/// </remarks>
public static class CaseFileWriter
{
    private const string Header = "# Case file written by Willing's case-file writer; the format is described in docs/case-file-format.md.\n";

    private static readonly EmitterSettings Settings = EmitterSettings.Default
        .WithBestIndent(2)
        // No folding: YamlDotNet's emitter can fold a long plain scalar where a reader then sees a
        // line break (found by the reader fuzz test), so long text stays on one line.
        .WithBestWidth(int.MaxValue)
        .WithIndentedSequences()
        .WithNewLine("\n");

    /// <summary>Writes the coalition as the text of one case file.</summary>
    /// <param name="coalition">The coalition, e.g. one read from a case file or built for export.</param>
    /// <returns>The YAML text, LF line ends, ending with a line break.</returns>
    public static string Write(Coalition coalition)
    {
        ArgumentNullException.ThrowIfNull(coalition);
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        text.Write(Header);
        var y = new YamlOut(new Emitter(text, Settings));
        y.Emit(new StreamStart());
        y.Emit(new DocumentStart());
        WriteCoalition(y, coalition);
        y.Emit(new DocumentEnd(isImplicit: true));
        y.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void WriteCoalition(YamlOut y, Coalition c)
    {
        y.BeginMap();
        y.Text("id", c.Id.Value);
        y.Text("name", c.Name);
        y.Text("summary", c.Summary);

        y.Key("issue_area");
        y.BeginMap();
        y.Enum("category", c.IssueArea.Category);
        y.Text("description", c.IssueArea.Description);
        WriteProvenance(y, c.IssueArea.Provenance);
        y.EndMap();

        y.Key("period");
        y.BeginMap();
        y.Date("start", c.Period.Start);
        y.Date("end", c.Period.End);
        WriteProvenance(y, c.Period.Provenance);
        y.EndMap();

        Items(y, "periods", c.Periods, static (y, p) =>
        {
            y.BeginMap();
            y.Text("id", p.Id.Value);
            y.Text("name", p.Name);
            y.Date("start", p.Start);
            y.Date("end", p.End);
            y.Text("description", p.Description);
            WriteProvenance(y, p.Provenance);
            y.EndMap();
        });

        var t = c.Trigger;
        y.Key("trigger");
        y.BeginMap();
        y.Enum("kind", t.Kind);
        y.Date("date", t.Date);
        y.Text("event", t.Event?.Value);
        y.Bool("leader_directly_threatened", t.LeaderDirectlyThreatened);
        y.Bool("niche_selection", t.NicheSelection);
        y.Text("description", t.Description);
        WriteProvenance(y, t.Provenance);
        y.EndMap();

        var inst = c.Institutions;
        y.Key("institutions");
        y.BeginMap();
        y.Enum("relation", inst.Relation);
        y.Text("forum", inst.Forum);
        y.Words("events", inst.Events.Select(e => e.Value), omitEmpty: true);
        y.Text("description", inst.Description);
        WriteProvenance(y, inst.Provenance);
        y.EndMap();

        if (c.Venue is { } venue)
        {
            y.Key("venue");
            y.BeginMap();
            y.Enum("kind", venue.Kind);
            y.Text("description", venue.Description);
            WriteProvenance(y, venue.Provenance);
            y.EndMap();
        }

        if (c.Cooper is { } cooper)
        {
            y.Key("cooper");
            y.BeginMap();
            y.Enum("placement", cooper.Placement);
            y.Text("passage", cooper.Passage);
            y.Text("note", cooper.Note);
            y.EndMap();
        }

        Items(y, "antecedents", c.Antecedents, static (y, a) =>
        {
            y.BeginMap();
            y.Text("case", a.Case.Value);
            y.Enum("relation", a.Relation);
            y.Text("lesson", a.Lesson);
            WriteProvenance(y, a.Provenance);
            y.EndMap();
        });

        y.Key("sources");
        y.BeginSeq();
        foreach (var s in c.Sources)
            WriteSource(y, s);
        y.EndSeq();

        y.Key("actors");
        y.BeginSeq();
        foreach (var a in c.Actors)
            WriteActor(y, a);
        y.EndSeq();

        y.Key("memberships");
        y.BeginSeq();
        foreach (var m in c.Memberships)
            WriteMembership(y, m);
        y.EndSeq();

        Items(y, "inducements", c.Inducements, WriteInducement);
        Items(y, "ties", c.Ties, WriteTie);
        Items(y, "events", c.Events, WriteEvent);
        Items(y, "lists", c.Lists, WriteList);
        Items(y, "bodies", c.Bodies, WriteBody);
        Items(y, "series", c.Series, WriteSeries);
        y.Text("notes", c.Notes);
        y.EndMap();
    }

    /// <summary>An optional top-level list: left out when empty, as the reader reads a missing list as empty.</summary>
    private static void Items<T>(YamlOut y, string key, IReadOnlyCollection<T> items, Action<YamlOut, T> write)
    {
        if (items.Count == 0)
            return;
        y.Key(key);
        y.BeginSeq();
        foreach (var item in items)
            write(y, item);
        y.EndSeq();
    }

    private static void WriteSource(YamlOut y, Source s)
    {
        y.BeginMap();
        y.Text("id", s.Id.Value);
        y.Text("url", s.Url?.OriginalString);
        y.Text("citation", s.Citation);
        y.Enum("kind", s.Kind);
        if (s.IsPaper)
            y.Bool("paper", true);
        y.Text("mirrors", s.Mirrors);
        y.Text("copy", s.Copy?.OriginalString);
        y.Text("note", s.Note);
        y.EndMap();
    }

    private static void WriteActor(YamlOut y, Actor a)
    {
        y.BeginMap();
        y.Text("id", a.Id.Value);
        y.Enum("kind", a.Kind);
        y.Text("name", a.Name);
        y.Text("acts_for", a.ActsFor?.Value);
        y.Text("position", a.Position);
        y.Text("based_in", a.BasedIn);
        // The reader keeps an actor's note as Actor.Note (the editor's note on the actor), never in its provenance.
        if (a.Provenance is { } p)
            WriteProvenance(y, p with { Note = a.Note ?? p.Note });
        else
            y.Text("note", a.Note);
        y.EndMap();
    }

    private static void WriteMembership(YamlOut y, Membership m)
    {
        y.BeginMap();
        y.Text("actor", m.Actor.Value);
        y.Words("roles", m.Roles.Select(KebabCase.Name));
        y.Date("joined", m.Joined);
        y.Date("left", m.Left);
        y.Enum("status", m.Status);

        if (m.Exit is { } exit)
        {
            y.Key("exit");
            y.BeginMap();
            y.Enum("reason", exit.Reason);
            y.Words("secondary_reasons", exit.SecondaryReasons.Select(KebabCase.Name), omitEmpty: true);
            y.Date("announced", exit.Announced);
            y.Text("event", exit.Event?.Value);
            y.Text("description", exit.Description);
            WriteProvenance(y, exit.Provenance);
            y.EndMap();
        }

        Items(y, "changes", m.Changes, static (y, ch) =>
        {
            y.BeginMap();
            y.Date("date", ch.Date);
            y.Enum("kind", ch.Kind);
            y.Enum("reason", ch.Reason);
            y.Text("event", ch.Event?.Value);
            y.Text("description", ch.Description);
            WriteProvenance(y, ch.Provenance);
            y.EndMap();
        });

        Items(y, "contributions", m.Contributions, static (y, k) =>
        {
            y.BeginMap();
            y.Enum("kind", k.Kind);
            y.Text("amount", k.Interval?.ToString());
            y.Enum("unit", k.Unit);
            y.Text("currency", k.Currency);
            y.Integer("price_year", k.PriceYear);
            y.Enum("measure", k.Measure);
            y.Date("date", k.Date);
            y.Date("start", k.Start);
            y.Date("end", k.End);
            y.Text("description", k.Description);
            WriteProvenance(y, k.Provenance);
            y.EndMap();
        });

        Items(y, "justifications", m.Justifications, static (y, j) =>
        {
            y.BeginMap();
            y.Enum("kind", j.Kind);
            y.Date("date", j.Date);
            y.Text("description", j.Description);
            WriteProvenance(y, j.Provenance);
            y.EndMap();
        });

        if (m.Casualties is { } casualties)
        {
            y.Key("casualties");
            y.BeginMap();
            y.Integer("deaths", casualties.Deaths);
            y.Date("as_of", casualties.AsOf);
            WriteProvenance(y, casualties.Provenance);
            y.EndMap();
        }

        WriteProvenance(y, m.Provenance);
        y.EndMap();
    }

    private static void WriteInducement(YamlOut y, Inducement i)
    {
        y.BeginMap();
        y.Text("from", i.From.Value);
        y.Text("to", i.To?.Value);
        y.Text("to_list", i.ToList?.Value);
        y.Enum("kind", i.Kind);
        y.Enum("direction", i.Direction);
        y.Number("amount_usd", i.AmountUsd);
        y.Number("amount", i.Amount);
        y.Text("currency", i.Currency);
        y.Integer("price_year", i.PriceYear);
        y.Date("date", i.Date);
        y.Enum("stage", i.Stage);
        y.Text("description", i.Description);
        WriteProvenance(y, i.Provenance);
        y.EndMap();
    }

    private static void WriteTie(YamlOut y, Tie t)
    {
        y.BeginMap();
        y.Text("from", t.From.Value);
        y.Text("to", t.To.Value);
        y.Enum("kind", t.Kind);
        y.Bool("directed", t.Directed);
        y.Date("start", t.Start);
        y.Date("end", t.End);
        y.Text("event", t.Event?.Value);
        y.Text("description", t.Description);
        WriteProvenance(y, t.Provenance);
        y.EndMap();
    }

    private static void WriteEvent(YamlOut y, CoalitionEvent e)
    {
        y.BeginMap();
        y.Text("id", e.Id.Value);
        y.Enum("kind", e.Kind);
        y.Text("name", e.Name);
        y.Date("date", e.Date);
        y.Date("end_date", e.EndDate);
        y.Text("place", e.Place);
        y.Text("host", e.Host?.Value);
        y.Words("co_hosts", e.CoHosts.Select(a => a.Value), omitEmpty: true);
        y.Text("chair", e.Chair?.Value);
        y.Words("co_chairs", e.CoChairs.Select(a => a.Value), omitEmpty: true);
        y.Text("initiator", e.Initiator?.Value);
        y.Text("subject", e.Subject?.Value);
        y.Words("participants", e.Participants.Select(a => a.Value), omitEmpty: true);
        y.Integer("participants_count", e.ParticipantsCount);
        y.Enum("level", e.Level);
        y.Bool("government_changed", e.GovernmentChanged);
        y.Integer("deaths", e.Deaths);
        y.Integer("hostages", e.Hostages);
        if (e.Vote is { } vote)
        {
            y.Key("vote");
            y.BeginMap(MappingStyle.Flow);
            y.Integer("yes", vote.Yes);
            y.Integer("no", vote.No);
            y.Integer("abstain", vote.Abstain);
            y.EndMap();
        }

        y.Text("document", e.Document);
        y.Text("description", e.Description);
        WriteProvenance(y, e.Provenance);
        y.EndMap();
    }

    private static void WriteList(YamlOut y, ActorList l)
    {
        y.BeginMap();
        y.Text("id", l.Id.Value);
        y.Text("name", l.Name);
        y.Enum("kind", l.Kind);
        y.Date("published", l.Published);
        y.Text("publisher", l.Publisher?.Value);

        // A bare id reads back with the list's whole provenance; anything else is written as a mapping
        // with its own provenance in full (a mapping entry would inherit only the list's sources).
        bool Bare(ListEntry entry) => entry.Added is null && entry.Removed is null && SameProvenance(entry.Provenance, l.Provenance);
        if (l.Entries.All(Bare))
        {
            y.Words("entries", l.Entries.Select(entry => entry.Actor.Value));
        }
        else
        {
            y.Key("entries");
            y.BeginSeq();
            foreach (var entry in l.Entries)
            {
                if (Bare(entry))
                {
                    y.Scalar(entry.Actor.Value);
                    continue;
                }

                y.BeginMap();
                y.Text("actor", entry.Actor.Value);
                y.Date("added", entry.Added);
                y.Date("removed", entry.Removed);
                WriteProvenance(y, entry.Provenance);
                y.EndMap();
            }

            y.EndSeq();
        }

        y.Integer("entries_count", l.EntriesCount);
        y.Text("description", l.Description);
        WriteProvenance(y, l.Provenance);
        y.EndMap();
    }

    private static void WriteBody(YamlOut y, StandingBody b)
    {
        y.BeginMap();
        y.Text("id", b.Id.Value);
        y.Text("name", b.Name);
        y.Enum("kind", b.Kind);
        y.Date("established", b.Established);
        y.Date("ended", b.Ended);
        y.Bool("rotating_chair", b.RotatingChair);
        if (b.DecidesBy is { } rule)
            y.Enum("decides_by", rule);
        if (b.IsPlanned)
            y.Bool("planned", true);
        y.Words("members", b.Members.Select(a => a.Value), omitEmpty: true);
        if (!b.MembersKnown)
            y.Bool("members_known", false);
        y.Text("description", b.Description);
        WriteProvenance(y, b.Provenance);
        y.EndMap();
    }

    private static void WriteSeries(YamlOut y, Series s)
    {
        y.BeginMap();
        y.Text("id", s.Id.Value);
        y.Enum("measure", s.Measure);
        y.Text("description", s.Description);
        y.Key("points");
        y.BeginSeq();

        // The reader sorts points by date (stably); writing them in that order makes a write after a read byte-identical.
        foreach (var point in s.Points.OrderBy(p => p.Date))
        {
            y.BeginMap();
            y.Date("date", point.Date);
            y.Number("value", point.Value);
            WriteProvenance(y, point.Provenance);
            y.EndMap();
        }

        y.EndSeq();
        WriteProvenance(y, s.Provenance);
        y.EndMap();
    }

    /// <summary>Writes a fact's provenance in full: its effective sources always, then confidence, note and alternatives when present.</summary>
    private static void WriteProvenance(YamlOut y, Provenance p)
    {
        WriteSourceRefs(y, p.Sources, p.Locators);
        y.Enum("confidence", p.Confidence);
        y.Text("note", p.Note);
        if (p.IsReading)
            y.Bool("reading", true);
        if (p.Alternatives.IsDefaultOrEmpty)
            return;
        y.Key("alternatives");
        y.BeginSeq();
        foreach (var a in p.Alternatives)
        {
            y.BeginMap();
            y.Text("field", a.Field);
            y.Text("value", a.Value);
            WriteSourceRefs(y, a.Sources, a.Locators);
            y.Enum("confidence", a.Confidence);
            y.Text("note", a.Note);
            y.EndMap();
        }

        y.EndSeq();
    }

    /// <summary>A list of source ids; a source cited with a locator is written <c>{ id: seed, at: "§3" }</c>.</summary>
    private static void WriteSourceRefs(YamlOut y, ImmutableArray<SourceId> sources, ImmutableArray<SourceLocator> locators)
    {
        if (locators.IsDefaultOrEmpty)
        {
            y.Words("sources", sources.Select(s => s.Value));
            return;
        }

        y.Key("sources");
        y.BeginSeq(SequenceStyle.Flow);
        foreach (var source in sources)
        {
            if (locators.FirstOrDefault(l => l.Source == source)?.At is { } at)
            {
                y.BeginMap(MappingStyle.Flow);
                y.Text("id", source.Value);
                y.Text("at", at);
                y.EndMap();
            }
            else
            {
                y.Scalar(source.Value);
            }
        }

        y.EndSeq();
    }

    /// <summary>Structural equality of provenances (records holding immutable arrays compare those by reference).</summary>
    private static bool SameProvenance(Provenance a, Provenance b) =>
        ReferenceEquals(a, b)
        || (a.Sources.SequenceEqual(b.Sources)
            && a.Locators.SequenceEqual(b.Locators)
            && a.IsReading == b.IsReading
            && a.Confidence == b.Confidence
            && string.Equals(a.Note, b.Note, StringComparison.Ordinal)
            && a.Alternatives.Length == b.Alternatives.Length
            && a.Alternatives.Zip(b.Alternatives).All(pair => SameAlternative(pair.First, pair.Second)));

    private static bool SameAlternative(Alternative a, Alternative b) =>
        string.Equals(a.Field, b.Field, StringComparison.Ordinal)
        && string.Equals(a.Value, b.Value, StringComparison.Ordinal)
        && a.Sources.SequenceEqual(b.Sources)
        && a.Locators.SequenceEqual(b.Locators)
        && string.Equals(a.Note, b.Note, StringComparison.Ordinal)
        && a.Confidence == b.Confidence;

    /// <summary>A thin layer over the emitter: keys and typed values, with nulls left out.</summary>
    private sealed class YamlOut(IEmitter emitter)
    {
        public void Emit(ParsingEvent e) => emitter.Emit(e);

        public void BeginMap(MappingStyle style = MappingStyle.Block) => Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, style));

        public void EndMap() => Emit(new MappingEnd());

        public void BeginSeq(SequenceStyle style = SequenceStyle.Block) => Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, style));

        public void EndSeq() => Emit(new SequenceEnd());

        public void Key(string key) => Emit(new YamlDotNet.Core.Events.Scalar(AnchorName.Empty, TagName.Empty, key, ScalarStyle.Plain, true, false));

        /// <summary>
        /// A text value. The emitter picks the style and escapes; only text the reader would take for
        /// null, or that holds characters a plain or single-quoted scalar cannot keep exactly, is
        /// forced into double quotes.
        /// </summary>
        public void Scalar(string value)
        {
            var style = NeedsDoubleQuotes(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;
            Emit(new YamlDotNet.Core.Events.Scalar(AnchorName.Empty, TagName.Empty, value, style, true, true));
        }

        public void Text(string key, string? value)
        {
            if (value is null)
                return;
            Key(key);
            Scalar(value);
        }

        public void Date(string key, PartialDate? value) => Text(key, value?.ToString());

        public void Enum<TEnum>(string key, TEnum value)
            where TEnum : struct, System.Enum => Text(key, KebabCase.Name(value));

        public void Enum<TEnum>(string key, TEnum? value)
            where TEnum : struct, System.Enum => Text(key, value is { } v ? KebabCase.Name(v) : null);

        public void Number(string key, decimal? value) => Text(key, value?.ToString(CultureInfo.InvariantCulture));

        public void Integer(string key, int? value) => Text(key, value?.ToString(CultureInfo.InvariantCulture));

        public void Bool(string key, bool? value) => Text(key, value switch { true => "true", false => "false", null => null });

        /// <summary>A one-line flow list of ids or enum values; an empty list is written as <c>[]</c> unless <paramref name="omitEmpty"/>.</summary>
        public void Words(string key, IEnumerable<string> values, bool omitEmpty = false)
        {
            var list = values.ToList();
            if (list.Count == 0 && omitEmpty)
                return;
            Key(key);
            BeginSeq(SequenceStyle.Flow);
            foreach (string value in list)
                Scalar(value);
            EndSeq();
        }

        private static bool NeedsDoubleQuotes(string value) =>
            value is "" or "~" or "null" or "Null" or "NULL"
            || value.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029')
            || value.Trim() != value;
    }
}
