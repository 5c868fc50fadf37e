using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Lifecycle.Cases;
using Willing.Lifecycle.Survival;
using Willing.Networks.Metrics;
using Willing.Typology.Classification;

namespace Willing.Web.Api;

/// <summary>
/// The API's read answers, built from a <see cref="WorkbenchSnapshot"/> and kept in its cache: each is computed once
/// per case and snapshot, whatever the number of requests, and rebuilt only when the case base changes.
/// </summary>
internal static class CaseViews
{
    /// <summary>Every stored case as the list shows it, by id.</summary>
    public static CaseListItem[] List(WorkbenchSnapshot snapshot) => snapshot.Cache.Get("api:cases", () =>
        snapshot.Cases.Values.OrderBy(c => c.Id, StringComparer.Ordinal).Select(summary =>
        {
            var found = snapshot.Find(summary.Id);
            if (found is not { } f)
                return new CaseListItem(summary.Id, summary.Name, null, null, null, null, null, null, null, null, [], summary.Revision, summary.UpdatedAt, summary.UpdatedBy);
            var (c, k) = f;
            return new CaseListItem(
                summary.Id, c.Name, PeriodInfo.Of(c.Period), KebabCase.Name(c.IssueArea.Category), k.Model, k.Cell?.Code, k.Cell?.Name,
                AxisValues.Of(k), ApiJson.Finite(k.Indeterminacy), c.Members.Count(),
                [.. c.Leaders.Distinct().Select(l => new ActorRef(l.Value, c.Actors.FirstOrDefault(a => a.Id == l)?.Name ?? l.Value))],
                summary.Revision, summary.UpdatedAt, summary.UpdatedBy);
        }).ToArray());

    /// <summary>The coalition as JSON, in the API's conventions.</summary>
    public static System.Text.Json.JsonElement CoalitionJson(WorkbenchSnapshot snapshot, Coalition coalition) =>
        snapshot.Cache.Get("api:coalition:" + coalition.Id.Value, () => new Holder<System.Text.Json.JsonElement>(
            System.Text.Json.JsonSerializer.SerializeToElement(coalition, ApiJson.Options))).Value;

    /// <summary>The classification of a case, with its trajectory.</summary>
    public static ClassificationInfo Classification(WorkbenchSnapshot snapshot, Coalition coalition, CaseClassification classification) =>
        snapshot.Cache.Get("api:classification:" + coalition.Id.Value, () =>
        {
            var periods = snapshot.Data.Trajectories.FirstOrDefault(t => t.Case == coalition.Id)?.Periods ?? [];
            return ClassificationInfo.Of(classification, coalition, snapshot.Data.Codebook.Name, snapshot.Cases[coalition.Id.Value].Revision, periods);
        });

    /// <summary>The timeline of a case.</summary>
    public static TimelineInfo Timeline(WorkbenchSnapshot snapshot, Coalition coalition) =>
        snapshot.Cache.Get("api:timeline:" + coalition.Id.Value, () => TimelineInfo.Of(coalition, TimelineOf(snapshot, coalition)));

    /// <summary>The coordination network of a case, with every node's measures.</summary>
    public static NetworkInfo Network(WorkbenchSnapshot snapshot, Coalition coalition) =>
        snapshot.Cache.Get("api:network:" + coalition.Id.Value, () =>
        {
            var summary = snapshot.Data.Networks.FirstOrDefault(n => n.Case == coalition.Id)
                ?? Willing.Reports.NetworkSummary.Of(Willing.Networks.Cases.CoordinationNetwork.Of(coalition));
            var network = summary.Network;
            // Unweighted, as willing network metrics --case takes them (a link counts once whatever its weight).
            var graph = network.ToGraph();
            var paths = ShortestPaths.Compute(graph, Willing.Networks.NeighborMode.Out, weighted: false, threads: 1);
            var degree = Degrees.Degree(graph);
            var strength = Degrees.Strength(network.ToGraph(weighted: true));
            var eigenvector = Eigenvector.Compute(graph);
            var pagerank = PageRank.Compute(graph);
            var coreness = Coreness.Compute(graph);
            var constraint = Constraint.Compute(graph);
            var nodes = ImmutableArray.CreateBuilder<NodeInfo>(graph.NodeCount);
            for (int v = 0; v < graph.NodeCount; v++)
            {
                var node = network.Node(graph.Nodes[v].Id);
                nodes.Add(new NodeInfo(
                    node.Id, node.Name, node.Kind, node.StateSide, node.Standing, degree[v], strength[v], ApiJson.Finite(paths.Betweenness[v]),
                    ApiJson.Finite(paths.Closeness[v]), ApiJson.Finite(paths.Harmonic[v]), ApiJson.Finite(eigenvector[v]), ApiJson.Finite(pagerank[v]),
                    coreness[v], ApiJson.Finite(constraint[v])));
            }

            var options = network.Options;
            var from = new List<string>();
            if (options.Ties)
                from.Add("ties");
            if (options.Events)
                from.Add("events");
            if (options.Bodies)
                from.Add("bodies");
            if (options.Lists)
                from.Add("lists");
            return new NetworkInfo(
                coalition.Id.Value,
                new NetworkSummaryInfo(summary.Nodes, summary.Links, summary.Components, ApiJson.Finite(summary.Density), ApiJson.Finite(summary.DegreeCentralization),
                    ApiJson.Finite(Centralization.FromBetweenness(graph, paths.Betweenness)), ApiJson.Finite(summary.TieCentralization), string.Join(", ", from)),
                nodes.MoveToImmutable(),
                [.. network.Links.Select(l => new EdgeInfo(l.A, l.B, l.Weight, [.. l.Bases.Select(b => new LinkBasisInfo(b.Origin, b.Label, Sources(b.Provenance)))]))],
                [.. network.Directed.Select(t => new DirectedTieInfo(t.From, t.To, t.Kind, Sources(t.Provenance)))],
                [.. network.Coverage.Select(c => new CoverageOfEvent(c.Event, c.Named, c.Reported, c.Complete))]);
        });

    /// <summary>The partners' Kaplan–Meier retention of a case.</summary>
    public static SurvivalInfo Survival(WorkbenchSnapshot snapshot, Coalition coalition) =>
        snapshot.Cache.Get("api:survival:" + coalition.Id.Value, () =>
        {
            var timeline = TimelineOf(snapshot, coalition);
            var history = EventHistory.Of(coalition, timeline);
            string origin = timeline.Clock.Label(0);
            if (history.Subjects.IsEmpty || history.Rows.IsEmpty)
            {
                return new SurvivalInfo(coalition.Id.Value, origin, 0, 0, ConfidenceIntervalType.Log, 0.95, null, null, null, [],
                    $"{coalition.Id.Value} has no partner to follow: no member other than the leaders is recorded", history.Notes);
            }

            var curve = KaplanMeier.Estimate(history.ToSurvivalDataPerMember());
            var all = curve.Curves[0];
            string? reason = all.Events == 0
                ? $"none of the {history.Subjects.Length} partners of {coalition.Id.Value} left unilaterally (scheduled exits and leavings that are not exits are censored): the curve stays at 1"
                : null;
            return new SurvivalInfo(coalition.Id.Value, origin, history.Subjects.Length, all.Events, curve.ConfidenceType, curve.ConfidenceLevel,
                ApiJson.Finite(all.Median), ApiJson.Finite(all.MedianLower), ApiJson.Finite(all.MedianUpper), [.. all.Rows.Select(SurvivalRow.Of)], reason, history.Notes);
        });

    private static Timeline TimelineOf(WorkbenchSnapshot snapshot, Coalition coalition) =>
        snapshot.Cache.Get("api:timeline-model:" + coalition.Id.Value, () =>
            snapshot.Data.Lifecycles.FirstOrDefault(l => l.Case == coalition.Id)?.Timeline ?? Willing.Lifecycle.Cases.Timeline.Of(coalition));

    private static ImmutableArray<string> Sources(Provenance provenance) => [.. provenance.Sources.Select(s => s.Value)];

    /// <summary>A value kept in the snapshot's cache, which keeps objects.</summary>
    private sealed record Holder<T>(T Value);
}
