using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Core.Model;

namespace Willing.Cli.Commands;

/// <summary><c>willing cases show &lt;id&gt;</c>: one coalition in full.</summary>
/// <remarks>
/// JSON is the whole coalition as the case file records it (snake_case fields, every fact with
/// its sources); CSV is the membership table; the table view is a summary for people.
/// </remarks>
public sealed class CasesShowCommand(CliOutput output) : Command<CasesShowSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, CasesShowSettings settings, CancellationToken cancellationToken)
    {
        // A path to a case file (an existing file, or a name ending in .yaml or .yml) is read on its own.
        bool isFile = File.Exists(settings.Id) || settings.Id.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || settings.Id.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        var caseBase = CaseBaseLoader.Load(isFile ? [settings.Id] : settings.Cases, output);
        if (caseBase is null)
            return WillingApp.InvalidInput;
        var coalition = isFile ? caseBase.Coalitions.FirstOrDefault() : caseBase.Find(settings.Id);
        if (coalition is null)
        {
            CaseBaseLoader.UnknownId(caseBase, settings.Id, output);
            return WillingApp.InvalidInput;
        }

        switch (settings.Format)
        {
            case OutputFormat.Json:
                output.Data.WriteLine(JsonSerializer.Serialize(coalition, Json.Options));
                break;
            case OutputFormat.Csv:
                MembershipRows(coalition).Write(output, OutputFormat.Csv);
                break;
            default:
                WriteTables(coalition);
                break;
        }

        return WillingApp.Success;
    }

    private static Tabular MembershipRows(Coalition c)
    {
        var rows = new Tabular("actor", "name", "kind", "member", "roles", "joined", "left", "exit_reason", "peak_troops", "inducements_received", "sources");
        foreach (var m in c.Memberships)
        {
            var actor = c.Actor(m.Actor);
            rows.Add(
                m.Actor.Value,
                actor.Name,
                KebabCase.Name(actor.Kind),
                m.IsMember,
                string.Join(' ', m.Roles.Select(KebabCase.Name)),
                m.Joined?.ToString(),
                m.Left?.ToString(),
                m.Exit is { } e ? KebabCase.Name(e.Reason) : null,
                m.PeakTroops,
                c.InducementsTo(m.Actor).Count(),
                string.Join(' ', m.Provenance.Sources.Select(s => s.Value)));
        }

        return rows;
    }

    private void WriteTables(Coalition c)
    {
        var console = output.Console;
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string label, string? value)
        {
            if (value is not null)
                grid.AddRow(new Markup($"[bold]{label}[/]"), new Text(value));
        }

        Row("id", c.Id.Value);
        Row("period", $"{c.Period.Start} – {c.Period.End?.ToString() ?? "active"}");
        Row("issue area", $"{KebabCase.Name(c.IssueArea.Category)}{(c.IssueArea.Description is { } d ? $": {d}" : string.Empty)}");
        Row("trigger", $"{KebabCase.Name(c.Trigger.Kind)}{(c.Trigger.Date is { } td ? $" ({td})" : string.Empty)}{(c.Trigger.Description is { } t ? $": {t}" : string.Empty)}");
        Row("institutions", $"{KebabCase.Name(c.Institutions.Relation)}{(c.Institutions.Forum is { } f ? $" ({f})" : string.Empty)}");
        if (c.Venue is { } v)
            Row("venue", KebabCase.Name(v.Kind));
        Row("leaders", string.Join(", ", c.Leaders.Select(l => c.Actor(l).Name)));
        // The same sides as the typology (ActorSides): IGOs, subnational governments and legislatures are on the state side, and a person counts as the actor it acts for.
        Row("members", $"{c.Members.Count()} ({c.Members.Count(m => ActorSides.IsNonState(c, m.Actor))} non-state), {c.Memberships.Length - c.Members.Count()} non-members (opponents, courted, observers, bystanders, neutral participants, beneficiaries)");
        Row("facts", $"{c.Inducements.Length} inducements, {c.Ties.Length} ties, {c.Events.Length} events, {c.Lists.Length} lists, {c.Bodies.Length} bodies, {c.Series.Length} series, {c.Sources.Length} sources");
        if (c.Cooper is { } cooper)
            Row("in the paper", $"{KebabCase.Name(cooper.Placement)} {cooper.Passage}".Trim());
        Row("summary", c.Summary);
        console.Write(new Panel(grid).Header(Markup.Escape(c.Name)).Border(BoxBorder.Rounded));

        MembershipRows(c).Write(output, OutputFormat.Table, "Memberships");

        if (c.Lists.Length > 0)
        {
            var lists = new Tabular("list", "kind", "published", "named", "reported", "sources");
            foreach (var l in c.Lists)
                lists.Add(l.Name, KebabCase.Name(l.Kind), l.Published?.ToString(), l.Entries.Length, l.EntriesCount, string.Join(' ', l.Provenance.Sources.Select(s => s.Value)));
            lists.Write(output, OutputFormat.Table, "Lists");
        }

        if (c.Events.Length > 0)
        {
            var events = new Tabular("date", "kind", "event", "sources");
            foreach (var e in c.Events.OrderBy(e => e.Date))
                events.Add(e.Date.ToString(), KebabCase.Name(e.Kind), e.Name ?? e.Id.Value, string.Join(' ', e.Provenance.Sources.Select(s => s.Value)));
            events.Write(output, OutputFormat.Table, "Events");
        }

        var sources = new Tabular("id", "kind", "source");
        foreach (var s in c.Sources)
            sources.Add(s.Id.Value, s.Kind is { } k ? KebabCase.Name(k) : null, s.Display);
        sources.Write(output, OutputFormat.Table, "Sources");
    }
}
