using System.ComponentModel;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Core.Sources;

namespace Willing.Cli.Commands;

/// <summary>Settings of <c>willing cases sources</c>.</summary>
public sealed class CasesSourcesSettings : CaseSettings
{
    /// <summary>One coalition's id, or none for every case.</summary>
    [CommandArgument(0, "[ID]")]
    [Description("A coalition's id; without one, every case.")]
    public string? Id { get; init; }
}

/// <summary><c>willing cases sources [&lt;id&gt;]</c>: the source mix per case and the facts that rest only on weak sources.</summary>
/// <remarks>
/// JSON: <c>[{ case, sources, by_kind: { official, primary, academic, news, reference, mirror, blog, forum },
/// facts, weak_only_facts, weak_only: [{ path, sources }], mirror_only_facts, paper_only_facts, mirror_share }]</c>.
/// The table lists, per case, the counts; with an id it also lists each weak-only fact.
/// </remarks>
public sealed class CasesSourcesCommand(CliOutput output) : Command<CasesSourcesSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, CasesSourcesSettings settings, CancellationToken cancellationToken)
    {
        var caseBase = CaseBaseLoader.Load(settings, output);
        if (caseBase is null)
            return WillingApp.InvalidInput;
        var coalitions = caseBase.Coalitions.AsEnumerable();
        if (settings.Id is { } id)
        {
            if (caseBase.Find(id) is not { } one)
            {
                CaseBaseLoader.UnknownId(caseBase, id, output);
                return WillingApp.InvalidInput;
            }

            coalitions = [one];
        }

        var mixes = coalitions.Select(SourceMix.Of).ToList();
        switch (settings.Format)
        {
            case OutputFormat.Json:
                var rows = mixes.Select(m => new
                {
                    @case = m.Case.Value,
                    sources = m.Sources,
                    by_kind = m.ByKind,
                    facts = m.Facts,
                    weak_only_facts = m.WeakOnly.Length,
                    weak_only = m.WeakOnly.Select(w => new { path = w.Path, sources = w.Sources.Select(s => s.Value) }),
                    mirror_only_facts = m.MirrorOnly.Length,
                    paper_only_facts = m.PaperOnly.Length,
                    mirror_share = m.MirrorShare,
                });
                output.Data.WriteLine(JsonSerializer.Serialize(rows, Json.Options));
                break;
            default:
                var kinds = mixes.SelectMany(m => m.ByKind.Keys).Distinct().ToList();
                var table = new Tabular(["case", "sources", .. kinds, "facts", "weak_only_facts", "mirror_only_facts", "paper_only_facts", "mirror_share"]);
                foreach (var m in mixes)
                    table.Add([m.Case.Value, m.Sources, .. kinds.Select(k => (object?)m.ByKind.GetValueOrDefault(k)), m.Facts, m.WeakOnly.Length, m.MirrorOnly.Length, m.PaperOnly.Length, m.MirrorShare]);
                if (mixes.Count > 1)
                {
                    int total = mixes.Sum(m => m.Sources);
                    table.Add(["all", total, .. kinds.Select(k => (object?)mixes.Sum(m => m.ByKind.GetValueOrDefault(k))), mixes.Sum(m => m.Facts), mixes.Sum(m => m.WeakOnly.Length), mixes.Sum(m => m.MirrorOnly.Length), mixes.Sum(m => m.PaperOnly.Length), total == 0 ? 0.0 : (double)mixes.Sum(m => m.ByKind.GetValueOrDefault("mirror")) / total]);
                }

                table.Write(output, settings.Format, "Sources by kind, and facts resting only on weak sources (blogs, forums, proxies), mirrors or the paper");
                if (settings.Format == OutputFormat.Table && mixes.Count == 1 && mixes[0].WeakOnly.Length > 0)
                {
                    var weak = new Tabular("path", "sources");
                    foreach (var w in mixes[0].WeakOnly)
                        weak.Add(w.Path, string.Join(", ", w.Sources.Select(s => s.Value)));
                    weak.Write(output, OutputFormat.Table, "Facts resting only on blogs, forums or proxy addresses");
                }

                break;
        }

        return WillingApp.Success;
    }
}
