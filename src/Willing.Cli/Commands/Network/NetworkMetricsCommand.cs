using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Networks;

namespace Willing.Cli.Commands.Network;

/// <summary><c>willing network metrics</c> over an edge list, directed or not, weighted or not: the graph's structure and every actor's centralities.</summary>
/// <remarks>
/// JSON contract: <c>{ nodes, edges, density, degree_centralization, components, actors: [{ id, degree,
/// betweenness, closeness, eigenvector }] }</c>, plus directed, weighted, betweenness_centralization,
/// strong_components and, per actor, in/out degree (directed), strength, harmonic, pagerank, coreness and
/// constraint. Betweenness is unnormalised, each unordered pair counted once on an undirected graph;
/// closeness is igraph's over the reachable nodes (along out-edges on a directed graph); eigenvector is
/// scaled to a maximum of 1. A value that is undefined (the closeness of an isolate) is left out, as every
/// null in the contract is.
/// </remarks>
public sealed class NetworkMetricsCommand(CliOutput output) : Command<NetworkMetricsSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, NetworkMetricsSettings settings, CancellationToken cancellationToken)
    {
        Graph? graph;
        CaseNetworkSummary? summaryOfCase = null;
        if (settings.Case is null)
        {
            graph = NetworkGraphLoader.Load(settings, output);
        }
        else
        {
            var loaded = NetworkGraphLoader.LoadCase(settings, output);
            graph = loaded?.Graph;
            if (loaded is { } l)
                summaryOfCase = CaseNetworkSummary.Of(l.Coalition, l.Network, NetworkGraphLoader.Options(settings), settings.Period);
        }

        if (graph is null)
            return WillingApp.InvalidInput;
        var report = NetworkReport.Of(graph, settings.Weight is not null, settings.Threads);
        switch (settings.Format)
        {
            case OutputFormat.Json:
                var json = JsonSerializer.SerializeToNode(report, Json.Options)!.AsObject();
                if (summaryOfCase is not null)
                {
                    var extra = JsonSerializer.SerializeToNode(summaryOfCase, Json.Options)!.AsObject();
                    foreach (var (key, value) in extra.ToList())
                    {
                        extra.Remove(key);
                        json[key] = value;
                    }
                }

                output.Data.WriteLine(json.ToJsonString(Json.Options));
                break;
            case OutputFormat.Csv:
                Actors(report).Write(output, OutputFormat.Csv);
                break;
            default:
                var summary = new Grid().AddColumn().AddColumn();
                void Row(string name, string value) => summary.AddRow(new Text(name), new Text(value));
                Row("nodes", report.Nodes.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Row("edges", report.Edges.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Row("directed", report.Directed ? "yes" : "no");
                Row("weighted", report.Weighted ? "yes" : "no");
                Row("density", Number(report.Density));
                Row("degree centralization", Number(report.DegreeCentralization));
                Row("betweenness centralization", Number(report.BetweennessCentralization));
                Row("components", report.Components.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (summaryOfCase is { } sc)
                {
                    Row("case", sc.Case + (sc.Period is null ? string.Empty : $", period {sc.Period}"));
                    Row("links from", sc.LinksFrom);
                    Row("events named in full", $"{sc.EventsComplete} of {sc.Events}");
                    Row("degree centralization, complete lists only", Number(sc.DegreeCentralizationCompleteListsOnly));
                    Row("share of links across state and non-state", Number(sc.CrossKindShare));
                    Row("members' ties into non-members", sc.MembersIntoNonMembers is { } m ? $"{m} ({Number(sc.MembersIntoNonMembersShare)} of the members' ties)" : "—");
                }
                if (report.StrongComponents is int strong)
                    Row("strong components", strong.ToString(System.Globalization.CultureInfo.InvariantCulture));
                output.Console.Write(summary);
                Actors(report).Write(output, OutputFormat.Table, "actors");
                break;
        }

        return WillingApp.Success;
    }

    private static string Number(double? value) =>
        value is double v ? v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) : "—";

    private static Tabular Actors(NetworkReport report)
    {
        var rows = new Tabular("id", "degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "coreness", "constraint");
        foreach (var a in report.Actors)
            rows.Add(a.Id, a.Degree, a.Strength, a.Betweenness, a.Closeness, a.Harmonic, a.Eigenvector, a.Pagerank, a.Coreness, a.Constraint);
        return rows;
    }
}
