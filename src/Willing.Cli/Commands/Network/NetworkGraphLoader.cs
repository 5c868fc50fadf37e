using Willing.Cli.Commands.Typology;
using Willing.Cli.Output;
using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Networks;
using Willing.Networks.Cases;
using Willing.Networks.Io;

namespace Willing.Cli.Commands.Network;

/// <summary>The graph a <c>willing network</c> command works on, from its <see cref="NetworkSettings"/>.</summary>
internal static class NetworkGraphLoader
{
    /// <summary>The graph, or null after printing every error (FILE:LINE:COLUMN: error: MESSAGE (FIELD)).</summary>
    public static Graph? Load(NetworkSettings settings, CliOutput output) => settings.Case is null ? FromEdges(settings, output) : LoadCase(settings, output)?.Graph;

    /// <summary>A case's coordination network and its graph, the case (sliced to the period asked for) and the period, or null after printing why not.</summary>
    public static (CoordinationNetwork Network, Graph Graph, Coalition Coalition, CasePeriod? Period)? LoadCase(NetworkSettings settings, CliOutput output)
    {
        // An id of the case base, or a case file of the user's own, as classify takes them.
        if (TypologyLoader.Coalitions([settings.Case!], all: false, settings, output, done: "read") is not [var coalition])
            return null;

        CasePeriod? period = null;
        if (settings.Period is { } periodId)
        {
            period = coalition.Periods.FirstOrDefault(p => p.Id.Value == periodId);
            if (period is null)
            {
                output.Error.WriteLine(coalition.Periods.IsEmpty
                    ? $"willing: --period '{Echo.Quote(periodId)}': {coalition.Id} declares no periods"
                    : $"willing: --period '{Echo.Quote(periodId)}': {coalition.Id} has no such period; its periods are: {string.Join(", ", coalition.Periods.Select(p => p.Id.Value))}");
                return null;
            }

            coalition = CasePeriods.Slice(coalition, period).Coalition;
        }

        var network = CoordinationNetwork.Of(coalition, Options(settings));
        var graph = settings.Directed ? network.ToDirectedGraph(weighted: true) : network.ToGraph(weighted: true);
        return (network, graph, coalition, period);
    }

    /// <summary>The construction the options ask for.</summary>
    public static NetworkOptions Options(NetworkSettings settings)
    {
        var kinds = settings.LinkKinds!;
        return new NetworkOptions(
            settings.Scope == "all" ? NetworkScope.AllActors : NetworkScope.MembersAndProspects,
            Ties: kinds.Contains("ties"),
            Events: kinds.Contains("events"),
            Bodies: kinds.Contains("bodies"),
            Lists: kinds.Contains("lists"),
            RoleImplied: settings.RoleTies,
            CompleteListsOnly: settings.CompleteListsOnly);
    }

    private static Graph? FromEdges(NetworkSettings settings, CliOutput output)
    {
        var (graph, errors) = EdgeListReader.ReadFile(settings.Edges!, new EdgeListOptions(settings.Directed, settings.Weight));
        foreach (var e in errors)
            output.Error.WriteLine(e.ToString());
        return graph;
    }
}
