using Willing.Core.Model;
using Willing.Core.Reading;

namespace Willing.Core.Tests.Reading;

public class CaseFileReaderTests
{
    // A valid file; each test breaks one line of it. Line numbers below refer to this text.
    private const string Valid = """
        id: test-coalition
        name: Test coalition
        summary: A small coalition used by the tests.
        issue_area: { category: humanitarian-disarmament, sources: [book] }
        period: { start: 2001-05, end: 2003-12-03, sources: [book] }
        trigger: { kind: norm-entrepreneurship, date: 2000, event: launch, sources: [book] }
        institutions: { relation: outside-standing-forum, sources: [book] }
        sources:
          - { id: book, citation: An imaginary handbook, kind: academic }
          - { id: site, url: https://example.org/page, kind: reference }
        actors:
          - { id: NOR, kind: state }
          - { id: campaign, kind: ngo-network, name: The Campaign }
          - { id: minister, kind: person, name: A Minister, acts_for: NOR }
        memberships:
          - actor: NOR
            roles: [leader, host]
            joined: 2001-05
            left: 2003-12
            exit: { reason: mission-completed }
            contributions:
              - { kind: hosting, amount: 2, unit: events, sources: [book], alternatives: [{ field: amount, value: 3, sources: [site] }] }
            sources: [book]
          - { actor: campaign, roles: [campaign-coordinator], sources: [site] }
        ties:
          - { from: campaign, to: NOR, kind: lobbying, start: 2001, sources: [site] }
        events:
          - { id: launch, kind: launch, date: 2000-10, host: NOR, participants: [NOR, campaign], sources: [book] }
        lists:
          - { id: good, name: Good list, kind: good, entries: [NOR, { actor: campaign, added: 2002 }], sources: [book] }
        series:
          - { id: parties, measure: states-parties, points: [{ date: 2002, value: 3, sources: [book] }, { date: 2001, value: 1, sources: [book] }], sources: [book] }
        """;

    private static CaseFileResult Read(string text) => CaseText.Read(text);

    private static string Replace(string line, string replacement) => CaseText.Replace(Valid, line, replacement);

    private static InputError SingleError(string text) => CaseText.SingleError(text);

    [Fact]
    public void Read_ValidFile_BuildsCoalitionWithInheritedSources()
    {
        var result = Read(Valid);

        Assert.Empty(result.Errors);
        var c = Assert.IsType<Coalition>(result.Coalition);
        Assert.Equal("test-coalition", c.Id.Value);
        Assert.Equal("Norway", c.Actor(new ActorId("NOR")).Name);
        var norway = c.MembershipOf(new ActorId("NOR"))!;
        Assert.Equal([Role.Leader, Role.Host], norway.Roles.ToArray());
        Assert.Equal(ExitReason.MissionCompleted, norway.Exit!.Reason);
        Assert.Equal([new SourceId("book")], norway.Exit.Provenance.Sources.ToArray());
        Assert.Equal([new SourceId("book")], norway.Contributions[0].Provenance.Sources.ToArray());
        Assert.Equal("3", norway.Contributions[0].Provenance.Alternatives.Single().Value);
        Assert.Equal([2001, 2002], c.Series[0].Points.Select(p => p.Date.Year));
        Assert.Equal(2, c.Members.Count());
        Assert.Equal(new PartialDate?(PartialDate.Parse("2002")), c.Lists[0].Entries[1].Added);
    }

    [Fact]
    public void Read_UnknownKey_ReportsKeyWithSuggestion()
    {
        var error = SingleError(Replace("    joined: 2001-05", "    joinde: 2001-05"));

        Assert.Equal("test.yaml:18:5: error: unknown key 'joinde'; did you mean 'joined'? (memberships[0].joinde)", error.ToString());
    }

    [Fact]
    public void Read_WrongType_ReportsExpectedAndFound()
    {
        var error = SingleError(Replace("name: Test coalition", "name: [Test, coalition]"));

        Assert.Equal("test.yaml:2:7: error: expected text but found a list (name)", error.ToString());
    }

    [Fact]
    public void Read_NumberWithComma_IsNotANumber()
    {
        var error = SingleError(Replace("amount: 2,", "amount: '2,500',"));

        Assert.Equal(22, error.Line);
        Assert.Equal("memberships[0].contributions[0].amount", error.FieldPath);
        Assert.Contains("'2,500' is not a number", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2003-02-30", "February 2003 has 28 days")]
    [InlineData("2003-14", "there is no month 14")]
    [InlineData("mid-2003", "is not a date")]
    public void Read_BadDate_ReportsWhyAtTheValue(string value, string why)
    {
        var error = SingleError(Replace("    left: 2003-12", $"    left: {value}"));

        Assert.Equal((19, 11, "memberships[0].left"), (error.Line, error.Column, error.FieldPath));
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EndBeforeStart_Reported()
    {
        var error = SingleError(Replace("period: { start: 2001-05, end: 2003-12-03", "period: { start: 2001-05, end: 2001-04-30"));

        Assert.Equal("test.yaml:5:32: error: end 2001-04-30 is before start 2001-05 (period.end)", error.ToString());
    }

    [Fact]
    public void Read_EndInSameYearAsStartAtCoarserPrecision_Accepted() =>
        Assert.Empty(Read(Replace("period: { start: 2001-05, end: 2003-12-03", "period: { start: 2001-05, end: 2001")).Errors);

    [Fact]
    public void Read_MembershipNamingUndeclaredActor_Reported()
    {
        var error = SingleError(Replace("  - { actor: campaign,", "  - { actor: campain,"));

        Assert.Equal("test.yaml:24:14: error: actor 'campain' is not declared in actors; did you mean 'campaign'? (memberships[1].actor)", error.ToString());
    }

    [Fact]
    public void Read_TieNamingUndeclaredActor_Reported()
    {
        var error = SingleError(Replace("{ from: campaign, to: NOR,", "{ from: campaign, to: SWE,"));

        Assert.Equal((26, 27, "ties[0].to"), (error.Line, error.Column, error.FieldPath));
        Assert.Contains("actor 'SWE' is not declared", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FactCitingUndeclaredSource_Reported()
    {
        var error = SingleError(Replace("  - { actor: campaign, roles: [campaign-coordinator], sources: [site] }", "  - { actor: campaign, roles: [campaign-coordinator], sources: [sitee] }"));

        Assert.Equal("test.yaml:24:65: error: source 'sitee' is not declared in sources; did you mean 'site'? (memberships[1].sources[0])", error.ToString());
    }

    [Fact]
    public void Read_FactCitingNoSource_Reported()
    {
        var error = SingleError(Replace("  - { from: campaign, to: NOR, kind: lobbying, start: 2001, sources: [site] }", "  - { from: campaign, to: NOR, kind: lobbying, start: 2001 }"));

        Assert.Equal((26, 5, "ties[0]"), (error.Line, error.Column, error.FieldPath));
        Assert.Contains("cites no source", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  - { id: site, url: https://example.org/page, kind: reference }", "  - { id: site, url: https://example.org/page, kind: reference }\n  - { id: book, url: https://example.org/x, kind: news }", "duplicate source id 'book'", "sources[2].id")]
    [InlineData("  - { id: campaign, kind: ngo-network, name: The Campaign }", "  - { id: campaign, kind: ngo-network, name: The Campaign }\n  - { id: NOR, kind: state, name: Again }", "duplicate actor id 'NOR'", "actors[2].id")]
    [InlineData("  - { id: launch, kind: launch,", "  - { id: launch, kind: meeting, date: 2001, sources: [book] }\n  - { id: launch, kind: launch,", "duplicate event id 'launch'", "events[1].id")]
    [InlineData("  - { actor: campaign, roles: [campaign-coordinator], sources: [site] }", "  - { actor: NOR, roles: [observer], sources: [site] }", "'NOR' already has a membership", "memberships[1].actor")]
    public void Read_DuplicateId_Reported(string line, string replacement, string message, string path)
    {
        var error = SingleError(Replace(line, replacement));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.FieldPath);
    }

    [Fact]
    public void Read_StateWithUnknownCode_Reported()
    {
        var error = SingleError(Replace("  - { id: NOR, kind: state }", "  - { id: NOR, kind: state }\n  - { id: XYZ, kind: state }"));

        Assert.Equal("test.yaml:13:11: error: 'XYZ' is not a state code: it is not in ISO 3166 (actors[1].id)", error.ToString());
    }

    [Fact]
    public void Read_InvalidEnumValue_SuggestsNearest()
    {
        var error = SingleError(Replace("roles: [leader, host]", "roles: [leader, hots]"));

        Assert.Equal("test.yaml:17:21: error: 'hots' is not a valid role; did you mean 'host'? (memberships[0].roles[1])", error.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    public void Read_EmptyFile_Reported(string text)
    {
        var error = SingleError(text);

        Assert.Equal((1, 1, "$"), (error.Line, error.Column, error.FieldPath));
        Assert.Contains("the file is empty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ id: [unclosed\nname: x\n", "not valid YAML")]
    [InlineData("id: a\n  name: b\n: c\n", "not valid YAML")]
    [InlineData("Just a sentence, not a case file.", "must be a YAML mapping")]
    [InlineData("- a\n- b\n", "must be a YAML mapping")]
    [InlineData("\u0001\u0002\u0000binary", "not text")]
    public void Read_NotYamlOrNotAMapping_ReportedWithoutThrowing(string text, string message)
    {
        var error = SingleError(text);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 1);
    }

    [Fact]
    public void Read_MissingRequiredFields_EachReported()
    {
        var result = Read("id: x\nname: y\n");

        Assert.Null(result.Coalition);
        string[] missing = ["summary", "issue_area", "period", "trigger", "institutions", "sources", "actors", "memberships"];
        Assert.Equal(missing.Order(), result.Errors.Select(e => e.FieldPath).Order());
        Assert.All(result.Errors, e => Assert.StartsWith("missing required field", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ThreeErrors_ReportsAllThreeInFileOrderAndLoadsNothing()
    {
        string text = Valid
            .Replace("{ from: campaign, to: NOR,", "{ from: campaign, to: SWE,", StringComparison.Ordinal)
            .Replace("    joined: 2001-05", "    joined: 2001-13", StringComparison.Ordinal)
            .Replace("roles: [campaign-coordinator], sources: [site]", "roles: [campaign-coordinator], sources: [sitee]", StringComparison.Ordinal);

        var result = Read(text);

        Assert.Null(result.Coalition);
        Assert.Equal(
            [
                "test.yaml:18:13: error: '2001-13' is not a date: there is no month 13 (memberships[0].joined)",
                "test.yaml:24:65: error: source 'sitee' is not declared in sources; did you mean 'site'? (memberships[1].sources[0])",
                "test.yaml:26:27: error: actor 'SWE' is not declared in actors (ties[0].to)",
            ],
            result.Errors.Select(e => e.ToString()).ToArray());
    }

    [Fact]
    public void Read_MisspeltRequiredKey_ReportsUnknownAndMissingSortedByPosition()
    {
        var result = Read(Replace("name: Test coalition", "nmae: Test coalition"));

        Assert.Equal(
            [
                "test.yaml:1:1: error: missing required field 'name' (name)",
                "test.yaml:2:1: error: unknown key 'nmae'; did you mean 'name'? (nmae)",
            ],
            result.Errors.Select(e => e.ToString()).ToArray());
    }

    [Fact]
    public void Read_EventReferenceToUndeclaredEvent_Reported()
    {
        var error = SingleError(Replace("date: 2000, event: launch,", "date: 2000, event: lunch,"));

        Assert.Equal("test.yaml:6:60: error: event 'lunch' is not declared in events; did you mean 'launch'? (trigger.event)", error.ToString());
    }

    [Fact]
    public void Read_SourceWithABadKind_IsOneErrorNotOnePerFactCitingIt()
    {
        // Every fact citing 'book' (the membership, its exit, its contribution, the series) is left
        // unbuilt, but only the source itself is reported.
        var error = SingleError(Replace("  - { id: book, citation: An imaginary handbook, kind: academic }", "  - { id: book, citation: An imaginary handbook, kind: otter }"));

        Assert.Equal("test.yaml:9:56: error: 'otter' is not a valid source kind; one of: official, primary, academic, news, reference, mirror, blog, forum (sources[0].kind)", error.ToString());
    }

    [Fact]
    public void Read_AlternativeForUnknownField_Reported()
    {
        var error = SingleError(Replace("alternatives: [{ field: amount,", "alternatives: [{ field: amout,"));

        Assert.Equal("memberships[0].contributions[0].alternatives[0].field", error.FieldPath);
        Assert.Contains("'amout' is not a field of this fact", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PersonActingForUndeclaredActor_Reported()
    {
        var error = SingleError(Replace("acts_for: NOR }", "acts_for: SWE }"));

        Assert.Equal("actors[2].acts_for", error.FieldPath);
    }

    [Fact]
    public void Read_DuplicateListEntry_Reported()
    {
        var error = SingleError(Replace("entries: [NOR, { actor: campaign", "entries: [NOR, { actor: NOR"));

        Assert.Contains("'NOR' is on this list twice", error.Message, StringComparison.Ordinal);
    }
}
