using Willing.Core.Model;
using Willing.Networks.Cases;
using Willing.Networks.Metrics;

namespace Willing.Cli.Commands.Network;

/// <summary>What <c>willing network metrics CASE</c> adds to the graph's metrics: how the network was built, how complete its sources are, and its composition.</summary>
/// <param name="Case">The case.</param>
/// <param name="Period">The period, when one was asked for.</param>
/// <param name="LinksFrom">What links actors (ties, events, bodies, lists; and role-implied ties when asked).</param>
/// <param name="Scope">Which actors are nodes: <c>members</c> (members and prospects) or <c>all</c>.</param>
/// <param name="Events">Events with at least one actor in the network.</param>
/// <param name="EventsComplete">Of those, the events whose sources count no more participants than they name.</param>
/// <param name="DegreeCentralizationCompleteListsOnly">Degree centralization rebuilt from the events named in full only (the sensitivity to partial participant lists).</param>
/// <param name="CrossKindShare">The share of links joining a state-side and a non-state actor.</param>
/// <param name="MembersIntoNonMembers">The members' links into non-members, in the network of every actor (the "penetration of the un-likeminded", Cooper §2).</param>
/// <param name="MembersIntoNonMembersShare">Those links as a share of all the members' links.</param>
public sealed record CaseNetworkSummary(
    string Case, string? Period, string LinksFrom, string Scope, int Events, int EventsComplete,
    double? DegreeCentralizationCompleteListsOnly, double? CrossKindShare, int? MembersIntoNonMembers, double? MembersIntoNonMembersShare)
{
    /// <summary>Computes the summary for a coalition (or its period slice) and the network built from it.</summary>
    public static CaseNetworkSummary Of(Coalition coalition, CoordinationNetwork network, NetworkOptions options, string? period)
    {
        var complete = CoordinationNetwork.Of(coalition, options with { CompleteListsOnly = true });
        var all = CoordinationNetwork.Of(coalition, options with { Scope = NetworkScope.AllActors });
        var allGraph = all.ToGraph();
        var into = Composition.MembersIntoNonMembers(allGraph);
        var graph = network.ToGraph();
        var cross = Composition.CrossClass(graph, n => n.Group == "state");
        var from = new List<string>();
        if (options.Ties)
            from.Add("ties");
        if (options.Events)
            from.Add(options.CompleteListsOnly ? "events (named in full)" : "events");
        if (options.Bodies)
            from.Add("bodies");
        if (options.Lists)
            from.Add("lists");
        if (options.RoleImplied)
            from.Add("role-implied ties");
        return new CaseNetworkSummary(
            coalition.Id.Value, period, string.Join(", ", from), options.Scope == NetworkScope.AllActors ? "all" : "members",
            network.Coverage.Length, network.Coverage.Count(c => c.Complete),
            Defined(Centralization.Degree(complete.ToGraph())), Defined(cross.Share),
            allGraph.EdgeCount == 0 ? null : into.Count, Defined(into.OfBase));
    }

    private static double? Defined(double value) => double.IsNaN(value) ? null : value;
}
