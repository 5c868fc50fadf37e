using Willing.Core.Model;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;
using Willing.Typology.Indicators;

namespace Willing.Typology.Tests.Indicators;

/// <summary>S5 (inroads into the un-likeminded) and the cross-cutting set D (public events, celebrities) on small synthetic coalitions.</summary>
public class DiplomacyAndInroadsTests
{
    // CAN leads a campaign; the USA opposes it. Placeholders are replaced per test.
    private const string Template = """
        id: synthetic
        name: Synthetic campaign
        summary: A made-up campaign for the indicator tests.
        issue_area: { category: humanitarian-disarmament, sources: [book] }
        period: { start: 1996-01, end: 1997-12, sources: [book] }
        trigger: { kind: other, date: 1995-10, sources: [book] }
        institutions: { relation: outside-standing-forum, sources: [book] }
        sources:
          - { id: book, citation: An imaginary handbook, kind: academic }
        actors:
          - { id: CAN, kind: state }
          - { id: NOR, kind: state }
          - { id: USA, kind: state }
          - { id: senate, kind: legislature, name: A Senate, based_in: USA }
          - { id: senator, kind: person, name: A Senator, acts_for: senate }
          - { id: envoy, kind: person, name: A US envoy, acts_for: USA }
          - { id: vets, kind: ngo, name: A Veterans' Foundation, based_in: USA }
          - { id: star, kind: person, name: A Celebrity, based_in: NOR }
          - { id: aide, kind: person, name: A Campaign Aide, acts_for: vets }
        memberships:
          - { actor: CAN, roles: [leader], joined: 1996-01, sources: [book] }
          - { actor: NOR, roles: [core-group-member], joined: 1996-01, sources: [book] }
        MEMBERS
        TIES
        EVENTS
        """;

    private const string Opponent = "  - { actor: USA, roles: [opponent], sources: [book] }\n";

    private static Coalition Read(string members = "", string ties = "", string events = "")
    {
        string text = Template.Replace("MEMBERS", members, StringComparison.Ordinal)
            .Replace("TIES", ties, StringComparison.Ordinal).Replace("EVENTS", events, StringComparison.Ordinal);
        return CaseText.ReadValid(text);
    }

    private static string Events(params string[] levels)
    {
        var lines = levels.Select((level, i) =>
            $"  - {{ id: e{i}, kind: meeting, date: 1996-0{(i % 9) + 1}, {(level.Length > 0 ? $"level: {level}, " : string.Empty)}participants: [CAN, NOR], sources: [book] }}");
        return "events:\n" + string.Join("\n", lines) + "\n";
    }

    [Fact]
    public void Inroads_ALegislatorOfTheOpponentAsMember_CountsAsInroads()
    {
        var c = Read(Opponent + "  - { actor: senator, roles: [advocate], joined: 1996-05, sources: [book] }\n");

        var m = IndicatorLibrary.UnlikemindedInroads(c);

        Assert.Equal("inroads", m.Category);
        Assert.Contains(m.Evidence, e => e.Fact.Contains("A Senator", StringComparison.Ordinal) && e.Fact.Contains("inside USA", StringComparison.Ordinal));
    }

    [Fact]
    public void Inroads_AnNgoMerelyBasedInTheOpponent_IsNone()
    {
        var c = Read(Opponent + "  - { actor: vets, roles: [advocate], joined: 1996-05, sources: [book] }\n");

        Assert.Equal("none", IndicatorLibrary.UnlikemindedInroads(c).Category);
    }

    [Fact]
    public void Inroads_AnNgoOfTheOpponentLobbyingItsGovernment_CountsAsInroads()
    {
        var c = Read(
            Opponent + "  - { actor: vets, roles: [advocate], joined: 1996-05, sources: [book] }\n",
            "ties:\n  - { from: vets, to: USA, kind: lobbying, sources: [book] }\n");

        Assert.Equal("inroads", IndicatorLibrary.UnlikemindedInroads(c).Category);
    }

    [Fact]
    public void Inroads_ANonMemberTiedToAMember_CountsWhenItIsAnInstitutionOfTheOpponent()
    {
        var c = Read(Opponent, "ties:\n  - { from: NOR, to: senator, kind: coordination, sources: [book] }\n");

        Assert.Equal("inroads", IndicatorLibrary.UnlikemindedInroads(c).Category);
    }

    [Fact]
    public void Inroads_DiplomacyWithTheOpponentsGovernment_IsNone()
    {
        var c = Read(Opponent, "ties:\n  - { from: CAN, to: envoy, kind: lobbying, sources: [book] }\n  - { from: CAN, to: USA, kind: lobbying, sources: [book] }\n");

        Assert.Equal("none", IndicatorLibrary.UnlikemindedInroads(c).Category);
    }

    [Fact]
    public void Inroads_OppositionTiesDoNotCount()
    {
        var c = Read(Opponent, "ties:\n  - { from: NOR, to: senator, kind: opposition, sources: [book] }\n");

        Assert.Equal("none", IndicatorLibrary.UnlikemindedInroads(c).Category);
    }

    [Fact]
    public void Inroads_NoStateStayedOut_IsNoData()
    {
        var c = Read("  - { actor: senator, roles: [advocate], joined: 1996-05, sources: [book] }\n");

        var m = IndicatorLibrary.UnlikemindedInroads(c);

        Assert.False(m.HasData);
        Assert.Contains("no state that opposed", m.Missing, StringComparison.Ordinal);
    }

    [Fact]
    public void PublicEvents_AreASharekOfTheEventsWithALevel()
    {
        var c = Read(events: Events("public", "ministerial", "officials", "mixed", ""));

        var m = IndicatorLibrary.PublicEventShare(c);

        Assert.Equal((1, 4), (m.Count, m.N));
        Assert.Equal(0.25, m.Value!.Value, 12);
    }

    [Fact]
    public void PublicEvents_FewerThanThreeWithALevel_IsNoData()
    {
        var c = Read(events: Events("public", "ministerial", "", ""));

        Assert.False(IndicatorLibrary.PublicEventShare(c).HasData);
    }

    [Fact]
    public void Celebrity_APrivatePersonTakingPart_IsPresent()
    {
        var c = Read(events: "events:\n  - { id: visit, kind: other, date: 1997-01, level: public, participants: [star, CAN], sources: [book] }\n");

        var m = IndicatorLibrary.CelebrityPresence(c);

        Assert.Equal("present", m.Category);
        Assert.Contains(m.Evidence, e => e.Fact.Contains("A Celebrity", StringComparison.Ordinal));
    }

    [Fact]
    public void Celebrity_APersonActingForAnOrganisation_IsNotPrivate()
    {
        var c = Read(
            "  - { actor: aide, roles: [advocate], joined: 1996-05, sources: [book] }\n",
            events: Events("officials", "officials", "officials", "officials", "officials"));

        Assert.Equal("absent", IndicatorLibrary.CelebrityPresence(c).Category);
    }

    [Fact]
    public void Celebrity_NoneInAThinlyDocumentedCase_IsNoDataNotAbsence()
    {
        var c = Read(events: Events("officials", "officials", "officials", "officials"));

        var m = IndicatorLibrary.CelebrityPresence(c);

        Assert.False(m.HasData);
        Assert.Contains($"need {IndicatorLibrary.CelebrityMinEvents}", m.Missing, StringComparison.Ordinal);
    }

    [Fact]
    public void Engine_DiplomacyIsScoredButIsNotADigitOfTheCell()
    {
        var c = Read(
            Opponent + "  - { actor: star, roles: [advocate], joined: 1996-05, sources: [book] }\n",
            events: Events("public", "public", "officials", "officials", "officials"));

        var result = new TypologyEngine(CodebookReader.BuiltIn()).Classify(c);

        Assert.NotNull(result[Axis.Diplomacy].Membership);
        Assert.True(result[Axis.Diplomacy].Membership < 0.5);
        Assert.Equal(5, result.Cell?.Code.Length ?? 5);
        Assert.Equal(5, AxisInfo.Cell.Count);
        Assert.DoesNotContain(Axis.Diplomacy, AxisInfo.Cell);
    }

    [Fact]
    public void Engine_ACodebookWithoutDiplomacy_LeavesDUnscoredAndTheCellAsItWas()
    {
        var builtIn = CodebookReader.BuiltIn();
        var without = builtIn with
        {
            Indicators = [.. builtIn.Indicators.Where(i => i.Axis != Axis.Diplomacy)],
            Dimensions = [.. builtIn.Dimensions.Where(d => d.Axis != Axis.Diplomacy)],
            Rules = builtIn.Rules.Remove(Axis.Diplomacy),
        };
        var c = Read(Opponent, events: Events("public", "officials", "officials"));

        var a = new TypologyEngine(builtIn).Classify(c);
        var b = new TypologyEngine(without).Classify(c);

        Assert.Null(b[Axis.Diplomacy].Membership);
        Assert.Equal("not defined by this codebook", b[Axis.Diplomacy].Applied);
        Assert.Equal(a.Cell?.Code, b.Cell?.Code);
        Assert.Equal(a.Model, b.Model);
        Assert.Equal(a[Axis.Actorness].Membership, b[Axis.Actorness].Membership);
    }
}
