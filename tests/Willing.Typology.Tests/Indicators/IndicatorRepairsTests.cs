using Willing.Core.Model;
using Willing.Typology.Indicators;

namespace Willing.Typology.Tests.Indicators;

/// <summary>The repaired indicators (typology v2) on small synthetic coalitions, each rule its own test.</summary>
public class IndicatorRepairsTests
{
    // A small coalition: NOR leads, CAN and BEL join, an NGO coordinates; the placeholders are replaced per test.
    private const string Template = """
        id: synthetic
        name: Synthetic coalition
        summary: A made-up coalition for the indicator tests.
        issue_area: { category: peace-operation, sources: [book] }
        period: { start: 2010-01, end: 2012-12, sources: [book] }
        trigger: { kind: humanitarian-emergency, date: 2009-12, sources: [book] }
        institutions: { relation: authorised-beforehand, sources: [book] }
        VENUE
        sources:
          - { id: book, citation: An imaginary handbook, kind: academic }
        actors:
          - { id: NOR, kind: state }
          - { id: CAN, kind: state }
          - { id: BEL, kind: state }
          - { id: DNK, kind: state }
          - { id: YEM, kind: state }
          - { id: grp, kind: state-group, name: The group as a whole }
          - { id: ngo, kind: ngo-network, name: A Campaign Network }
        memberships:
          - actor: NOR
            roles: [leader]
            joined: 2010-01
            justifications:
              - { kind: security, description: Our own security., sources: [book] }
              - { kind: security, description: Our own security again., sources: [book] }
            sources: [book]
          - actor: CAN
            roles: [troop-contributor]
            joined: 2010-02
            justifications:
              - { kind: normative, description: The right thing to do., sources: [book] }
            sources: [book]
          - { actor: BEL, roles: [troop-contributor], joined: 2010-03, sources: [book] }
          - { actor: DNK, roles: [troop-contributor], joined: 2010-03, sources: [book] }
          - { actor: ngo, roles: [campaign-coordinator], joined: 2010-01, sources: [book] }
          - { actor: YEM, roles: [opponent], sources: [book] }
        INDUCEMENTS
        TIES
        BODIES
        """;

    private const string NgoHubTies = """
        ties:
          - { from: ngo, to: NOR, kind: coordination, sources: [book] }
          - { from: ngo, to: CAN, kind: coordination, sources: [book] }
          - { from: ngo, to: BEL, kind: coordination, sources: [book] }
          - { from: ngo, to: DNK, kind: coordination, sources: [book] }
          - { from: NOR, to: CAN, kind: lobbying, sources: [book] }
        """;

    private const string StateHubTies = """
        ties:
          - { from: NOR, to: CAN, kind: recruitment, sources: [book] }
          - { from: NOR, to: BEL, kind: recruitment, sources: [book] }
          - { from: NOR, to: DNK, kind: recruitment, sources: [book] }
          - { from: NOR, to: ngo, kind: coordination, sources: [book] }
          - { from: CAN, to: grp, kind: chairing, sources: [book] }
          - { from: BEL, to: grp, kind: chairing, sources: [book] }
          - { from: DNK, to: grp, kind: chairing, sources: [book] }
        """;

    private static Coalition Read(string venue = "", string inducements = "", string ties = "", string bodies = "")
    {
        string text = Template.Replace("VENUE", venue, StringComparison.Ordinal).Replace("INDUCEMENTS", inducements, StringComparison.Ordinal)
            .Replace("TIES", ties, StringComparison.Ordinal).Replace("BODIES", bodies, StringComparison.Ordinal);
        return CaseText.ReadValid(text);
    }

    [Fact]
    public void TieCentralization_AroundAnNgoCoordinator_IsZero()
    {
        var measure = IndicatorLibrary.TieCentralization(Read(ties: NgoHubTies));

        Assert.Equal(0, measure.Value);
        Assert.Contains("is an NGO or network", measure.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void TieCentralization_GroupStandingForManyStates_IsNoNode()
    {
        // Without the group, NOR is the hub of a star over CAN, BEL, DNK and the NGO: centralization 1.
        var measure = IndicatorLibrary.TieCentralization(Read(ties: StateHubTies));

        Assert.Equal(1, measure.Value!.Value, 12);
        Assert.DoesNotContain(measure.Evidence, e => e.Fact.Contains("grp", StringComparison.Ordinal));
    }

    [Fact]
    public void TopInitiatorShare_CountsOnlyStateInitiators_NgoTiesInTheDenominator()
    {
        var measure = IndicatorLibrary.TopInitiatorShare(Read(ties: NgoHubTies));

        Assert.Equal((1, 5), (measure.Count, measure.N));
        Assert.Contains("4 by NGOs or networks", measure.Computation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "", null)]
    [InlineData("venue: { kind: ad-hoc, description: Run ad hoc., sources: [book] }", "", "ad-hoc")]
    [InlineData("", "bodies:\n  - { id: hq, name: HQ, kind: state-only, decides_by: command, sources: [book] }", "command")]
    [InlineData("", "bodies:\n  - { id: council, name: Council, kind: state-only, decides_by: consensus, sources: [book] }", "consensus")]
    [InlineData("", "bodies:\n  - { id: council, name: Council, kind: state-only, sources: [book] }", "state-only")]
    [InlineData("", "bodies:\n  - { id: council, name: Council, kind: state-only, rotating_chair: true, decides_by: consensus, sources: [book] }", "rotating")]
    [InlineData("", "bodies:\n  - { id: hq, name: HQ, kind: state-only, decides_by: command, sources: [book] }\n  - { id: forum, name: Forum, kind: mixed, sources: [book] }", "mixed")]
    [InlineData("", "bodies:\n  - { id: hq, name: HQ, kind: state-only, decides_by: command, planned: true, sources: [book] }", null)]
    public void Institutionalisation_DecisionAutonomy(string venue, string bodies, string? category)
    {
        var measure = IndicatorLibrary.Institutionalisation(Read(venue: venue, bodies: bodies));

        Assert.Equal(category, measure.Category);
        Assert.Equal(category is not null, measure.HasData);
    }

    [Fact]
    public void NormativeJustificationShare_LeavesOutTheLeadersReasons()
    {
        var measure = IndicatorLibrary.NormativeJustificationShare(Read());

        // NOR's two security reasons are the leader's; CAN's normative one is the only joiner's.
        Assert.Equal((1, 1), (measure.Count, measure.N));
        Assert.Contains("2 of the leader's left out", measure.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void SidePaymentShare_OutsideTheJoiningWindow_IsLeftOut()
    {
        const string inducements = """
            inducements:
              - { from: NOR, to: CAN, kind: aid, direction: inducement, date: 2010-02, sources: [book] }
              - { from: NOR, to: BEL, kind: aid, direction: inducement, date: 2011-06, sources: [book] }
              - { from: NOR, to: DNK, kind: aid, direction: inducement, sources: [book] }
            """;

        var measure = IndicatorLibrary.SidePaymentShare(Read(inducements: inducements));

        // CAN within the window, BEL's aid 15 months after it joined left out, DNK's undated aid counts.
        Assert.Equal(2, measure.Count);
        Assert.Contains("1 outside it left out", measure.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void TopTroopShare_RangesCountAtTheirMidpointAndKeepTheirInterval()
    {
        string text = Template
            .Replace("VENUE", "", StringComparison.Ordinal).Replace("INDUCEMENTS", "", StringComparison.Ordinal)
            .Replace("TIES", "", StringComparison.Ordinal).Replace("BODIES", "", StringComparison.Ordinal)
            .Replace("  - { actor: BEL, roles: [troop-contributor], joined: 2010-03, sources: [book] }",
                "  - { actor: BEL, roles: [troop-contributor], joined: 2010-03, contributions: [{ kind: troops, amount: 100, unit: personnel, sources: [book] }], sources: [book] }", StringComparison.Ordinal)
            .Replace("  - { actor: DNK, roles: [troop-contributor], joined: 2010-03, sources: [book] }",
                "  - { actor: DNK, roles: [troop-contributor], joined: 2010-03, contributions: [{ kind: troops, amount: 200-600, unit: personnel, sources: [book] }], sources: [book] }", StringComparison.Ordinal);
        var coalition = CaseText.ReadValid(text);

        var measure = IndicatorLibrary.TopTroopShare(coalition);

        // DNK at its midpoint 400 of 500; at the ends 200 of 300 and 600 of 700.
        Assert.Equal(0.8, measure.Value!.Value, 12);
        Assert.Equal(200.0 / 300, measure.Interval!.Value.Low, 12);
        Assert.Equal(600.0 / 700, measure.Interval!.Value.High, 12);
    }

    [Fact]
    public void MixedTieShare_TiesOfAContractorFirm_AreLeftOut()
    {
        string text = Template
            .Replace("VENUE", "", StringComparison.Ordinal).Replace("INDUCEMENTS", "", StringComparison.Ordinal).Replace("BODIES", "", StringComparison.Ordinal)
            .Replace("  - { id: ngo, kind: ngo-network, name: A Campaign Network }", "  - { id: ngo, kind: ngo-network, name: A Campaign Network }\n  - { id: firm, kind: firm, name: A Contractor }", StringComparison.Ordinal)
            .Replace("  - { actor: YEM, roles: [opponent], sources: [book] }", "  - { actor: YEM, roles: [opponent], sources: [book] }\n  - { actor: firm, roles: [contractor], sources: [book] }", StringComparison.Ordinal)
            .Replace("TIES", StateHubTies + "\n  - { from: firm, to: NOR, kind: funding, sources: [book] }", StringComparison.Ordinal);
        var measure = IndicatorLibrary.MixedTieShare(CaseText.ReadValid(text));

        // Four ties besides the firm's and the three to a group standing for several states (no node of
        // the network); NOR – ngo is the one mixed tie.
        Assert.Equal((1, 4), (measure.Count, measure.N));
        Assert.Contains("embedded as contractors left out", measure.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void ThreatShare_PunishedOpponent_Counts()
    {
        const string inducements = """
            inducements:
              - { from: NOR, to: YEM, kind: aid-cut, direction: pressure, date: 2010-02, sources: [book] }
            """;

        var measure = IndicatorLibrary.ThreatShare(Read(inducements: inducements));

        Assert.Equal(1, measure.Count);
        Assert.Contains("opponents", measure.Computation, StringComparison.Ordinal);
    }
}
