using Willing.Core.Model;
using Willing.Networks.Cases;
using Willing.Networks.Metrics;

namespace Willing.Networks.Tests.Cases;

/// <summary>How a case's facts become its coordination network, each rule on a small synthetic coalition.</summary>
public class CoordinationNetworkTests
{
    // USA leads; GBR and POL join; TUR is courted; FRA opposes; IRQ is the target; AFG benefits.
    private const string Template = """
        id: synthetic
        name: Synthetic coalition
        summary: A made-up coalition for the network tests.
        issue_area: { category: hard-security, sources: [book] }
        period: { start: 2003-01, end: 2003-12, sources: [book] }
        trigger: { kind: other, date: 2002-12, sources: [book] }
        institutions: { relation: none, sources: [book] }
        sources:
          - { id: book, citation: An imaginary handbook, kind: academic }
        actors:
          - { id: USA, kind: state }
          - { id: GBR, kind: state }
          - { id: POL, kind: state }
          - { id: TUR, kind: state }
          - { id: FRA, kind: state }
          - { id: IRQ, kind: state }
          - { id: AFG, kind: state }
          - { id: grp, kind: state-group, name: A group of states }
          - { id: powell, kind: person, name: An envoy, acts_for: USA }
          - { id: ngo, kind: ngo, name: An NGO }
        memberships:
          - { actor: USA, roles: [leader], joined: 2003-01, sources: [book] }
          - { actor: GBR, roles: [troop-contributor], joined: 2003-02, sources: [book] }
          - { actor: POL, roles: [troop-contributor], joined: 2003-02, sources: [book] }
          - { actor: TUR, roles: [courted], sources: [book] }
          - { actor: FRA, roles: [opponent], sources: [book] }
          - { actor: IRQ, roles: [target], sources: [book] }
          - { actor: AFG, roles: [beneficiary], sources: [book] }
        EXTRA
        """;

    private static Coalition Read(string extra) => CaseText.ReadValid(Template.Replace("EXTRA", extra, StringComparison.Ordinal));

    private const string Ties = """
        ties:
          - { from: powell, to: GBR, kind: coordination, sources: [book] }
          - { from: USA, to: POL, kind: recruitment, sources: [book] }
          - { from: USA, to: TUR, kind: lobbying, sources: [book] }
          - { from: USA, to: IRQ, kind: other, sources: [book] }
          - { from: AFG, to: USA, kind: lobbying, sources: [book] }
          - { from: FRA, to: USA, kind: opposition, sources: [book] }
          - { from: GBR, to: grp, kind: coordination, sources: [book] }
          - { from: USA, to: POL, kind: funding, sources: [book] }
        """;

    [Fact]
    public void Default_KeepsMembersAndProspects_PersonsAsTheirPrincipals_AndWeighsParallelTies()
    {
        var network = CoordinationNetwork.Of(Read(Ties));

        Assert.Equal(["USA", "GBR", "POL", "TUR"], network.Nodes.Select(n => n.Id));
        Assert.Equal(["GBR USA 1", "POL USA 2", "TUR USA 1"], network.Links.Select(l => $"{l.A} {l.B} {l.Weight}"));
        Assert.Equal("prospect", network.Node("TUR").Standing);
        Assert.Equal(4, network.Directed.Count(t => t.From == "USA")); // the envoy's tie is the USA's
        Assert.DoesNotContain(network.Directed, t => t.From == "AFG");
    }

    [Fact]
    public void AllActors_AddsTargetsBeneficiariesAndOpponentsButNeverOppositionTiesOrGroups()
    {
        var network = CoordinationNetwork.Of(Read(Ties), NetworkOptions.Default with { Scope = NetworkScope.AllActors });

        Assert.Contains(network.Links, l => l.A == "IRQ" && l.B == "USA");
        Assert.Contains(network.Links, l => l.A == "AFG" && l.B == "USA");
        Assert.DoesNotContain(network.Links, l => l.A == "FRA" || l.B == "FRA");
        Assert.DoesNotContain(network.Nodes, n => n.Id == "grp");
        Assert.Equal("target", network.Node("IRQ").Standing);
    }

    [Fact]
    public void Events_LinkTheirHostsChairsAndNamedParticipantsPairwise_AndPartialListsCanBeLeftOut()
    {
        const string events = """
            events:
              - { id: summit, kind: meeting, date: 2003-03, host: POL, participants: [USA, GBR], participants_count: 3, sources: [book] }
              - { id: conference, kind: conference, date: 2003-04, chair: GBR, participants: [USA, TUR], participants_count: 40, sources: [book] }
            """;

        var all = CoordinationNetwork.Of(Read(events));
        var complete = CoordinationNetwork.Of(Read(events), NetworkOptions.Default with { CompleteListsOnly = true });

        Assert.Equal(["GBR POL", "GBR TUR", "GBR USA", "POL USA", "TUR USA"], all.Links.Select(l => $"{l.A} {l.B}"));
        Assert.Equal(2, all.Links.Single(l => l.A == "GBR" && l.B == "USA").Weight);
        Assert.Equal([true, false], all.Coverage.Select(c => c.Complete));
        Assert.Equal(["GBR POL", "GBR USA", "POL USA"], complete.Links.Select(l => $"{l.A} {l.B}"));
    }

    [Fact]
    public void Lists_AreLeftOutUnlessAskedFor_AndRoleTiesAreMarkedAsImplied()
    {
        const string lists = """
            lists:
              - id: roster
                name: A published list
                kind: membership
                published: 2003-03
                entries: [{ actor: GBR }, { actor: POL }]
                sources: [book]
            """;

        Assert.Empty(CoordinationNetwork.Of(Read(lists)).Links);
        var listed = CoordinationNetwork.Of(Read(lists), NetworkOptions.Default with { Lists = true });
        Assert.Equal("list", Assert.Single(listed.Links).Bases.Single().Origin);
        var implied = CoordinationNetwork.Of(Read(lists), NetworkOptions.Default with { RoleImplied = true });
        Assert.Equal(["GBR USA", "POL USA"], implied.Links.Select(l => $"{l.A} {l.B}"));
        Assert.All(implied.Links, l => Assert.Equal("role", l.Bases.Single().Origin));
    }

    [Fact]
    public void ToGraph_CarriesKindSideAndMembership_AndAStarOfTiesIsFullyCentralized()
    {
        const string star = """
            ties:
              - { from: USA, to: GBR, kind: recruitment, sources: [book] }
              - { from: USA, to: POL, kind: recruitment, sources: [book] }
              - { from: USA, to: TUR, kind: lobbying, sources: [book] }
            """;

        var graph = CoordinationNetwork.Of(Read(star)).ToGraph();

        Assert.Equal(1.0, Centralization.Degree(graph), 12);
        Assert.True(graph.Nodes[graph.IndexOf("USA")].Member);
        Assert.False(graph.Nodes[graph.IndexOf("TUR")].Member);
        Assert.Equal("state", graph.Nodes[graph.IndexOf("USA")].Group);
    }
}
