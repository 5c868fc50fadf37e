using Spectre.Console.Cli;
using Willing.Cli.Output;

namespace Willing.Cli.Commands;

/// <summary><c>willing cases list</c>: one row per coalition.</summary>
/// <remarks>JSON contract: <c>[{ id, name, start, end, members }]</c>, plus issue_area, actors, memberships and sources.</remarks>
public sealed class CasesListCommand(CliOutput output) : Command<CaseSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, CaseSettings settings, CancellationToken cancellationToken)
    {
        var caseBase = CaseBaseLoader.Load(settings, output);
        if (caseBase is null)
            return WillingApp.InvalidInput;

        var rows = new Tabular("id", "name", "start", "end", "members", "issue_area", "actors", "sources");
        foreach (var c in caseBase.Coalitions)
        {
            rows.Add(
                c.Id.Value,
                c.Name,
                c.Period.Start.ToString(),
                c.Period.End?.ToString(),
                c.Members.Count(),
                Core.Model.KebabCase.Name(c.IssueArea.Category),
                c.Actors.Length,
                c.Sources.Length);
        }

        rows.Write(output, settings.Format, $"{caseBase.Coalitions.Length} coalitions");
        return WillingApp.Success;
    }
}
