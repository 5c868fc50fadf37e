using System.ComponentModel;
using System.Text.Json;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Core.Model;
using Willing.Core.Reading;

namespace Willing.Cli.Commands;

/// <summary>Settings of <c>willing cases lineage</c>.</summary>
public sealed class CasesLineageSettings : CaseSettings
{
    /// <summary>The coalition whose antecedents to follow.</summary>
    [CommandArgument(0, "<ID>")]
    [Description("The coalition whose antecedents to follow, e.g. iraq-2003.")]
    public string Id { get; init; } = string.Empty;
}

/// <summary><c>willing cases lineage &lt;id&gt;</c>: the chain of antecedents, each with its relation and lesson.</summary>
/// <remarks>
/// Follows <c>antecedents</c> back from the case, breadth first, each case once. JSON:
/// <c>{ case, chain: [{ case, name, start, antecedent_of, relation, lesson, sources }] }</c>, nearest first.
/// </remarks>
public sealed class CasesLineageCommand(CliOutput output) : Command<CasesLineageSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, CasesLineageSettings settings, CancellationToken cancellationToken)
    {
        var caseBase = CaseBaseLoader.Load(settings, output);
        if (caseBase is null)
            return WillingApp.InvalidInput;
        if (caseBase.Find(settings.Id) is not { } start)
        {
            CaseBaseLoader.UnknownId(caseBase, settings.Id, output);
            return WillingApp.InvalidInput;
        }

        var links = Chain(caseBase, start);
        switch (settings.Format)
        {
            case OutputFormat.Json:
                var json = new
                {
                    @case = start.Id.Value,
                    chain = links.Select(l => new
                    {
                        @case = l.Earlier.Id.Value,
                        name = l.Earlier.Name,
                        start = l.Earlier.Period.Start.ToString(),
                        antecedent_of = l.Later.Id.Value,
                        relation = KebabCase.Name(l.Link.Relation),
                        lesson = l.Link.Lesson,
                        sources = l.Link.Provenance.Sources.Select(s => s.Value),
                    }),
                };
                output.Data.WriteLine(JsonSerializer.Serialize(json, Json.Options));
                break;
            default:
                var table = new Tabular("case", "start", "antecedent_of", "relation", "lesson", "sources");
                foreach (var l in links)
                    table.Add(l.Earlier.Id.Value, l.Earlier.Period.Start.ToString(), l.Later.Id.Value, KebabCase.Name(l.Link.Relation), l.Link.Lesson, string.Join(", ", l.Link.Provenance.Sources.Select(s => s.Value)));
                if (links.Count == 0 && settings.Format == OutputFormat.Table)
                    output.Data.WriteLine($"{start.Id} names no antecedents.");
                else
                    table.Write(output, settings.Format, $"The lineage of {start.Id}: each antecedent, the case it leads to, the relation and the lesson");
                break;
        }

        return WillingApp.Success;
    }

    /// <summary>The antecedent links back from a case, nearest first, each earlier case once.</summary>
    internal static List<(Coalition Later, Antecedent Link, Coalition Earlier)> Chain(CaseBase caseBase, Coalition start)
    {
        var links = new List<(Coalition, Antecedent, Coalition)>();
        var seen = new HashSet<CoalitionId> { start.Id };
        var queue = new Queue<Coalition>([start]);
        while (queue.Count > 0)
        {
            var later = queue.Dequeue();
            foreach (var link in later.Antecedents)
            {
                if (caseBase.Find(link.Case.Value) is not { } earlier)
                    continue;
                links.Add((later, link, earlier));
                if (seen.Add(earlier.Id))
                    queue.Enqueue(earlier);
            }
        }

        return links;
    }
}
