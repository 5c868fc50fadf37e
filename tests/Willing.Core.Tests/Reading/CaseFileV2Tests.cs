using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Core.Writing;

namespace Willing.Core.Tests.Reading;

/// <summary>The fields case base v2 added to the case-file format; each test breaks one line of a valid text.</summary>
public class CaseFileV2Tests
{
    // A valid file using the v2 fields; line numbers below refer to this text.
    private const string Valid = """
        id: test-v2
        name: Test coalition v2
        summary: A small coalition used by the v2 tests.
        issue_area: { category: peace-operation, sources: [book] }
        period: { start: 2010-03, end: 2012, sources: [book] }
        trigger: { kind: humanitarian-emergency, date: 2010-02, sources: [book] }
        institutions: { relation: authorised-beforehand, sources: [book] }
        antecedents:
          - { case: earlier-case, relation: lesson-drawn, lesson: A mandate first., sources: [book] }
        sources:
          - { id: book, citation: An imaginary handbook, kind: academic }
          - { id: seed, citation: Cooper 2005, kind: academic, paper: true }
          - { id: copy, url: https://example.org/mirror/1, kind: mirror, mirrors: An imaginary wire story }
          - { id: wire, url: https://example.org/wire/1, kind: news }
        actors:
          - { id: NOR, kind: state }
          - { id: CAN, kind: state }
          - { id: BEL, kind: state }
          - { id: XKX, kind: state }
          - { id: relief, kind: ngo, name: A Relief NGO }
        memberships:
          - actor: NOR
            roles: [leader, host]
            joined: 2010-03
            contributions:
              - { kind: troops, amount: 800-1000, unit: personnel, measure: peak, sources: [wire], alternatives: [{ field: amount, value: 1200, sources: [{ id: seed, at: "p. 7" }] }] }
              - { kind: hosting, description: The launch conference }
            casualties: { deaths: 2, as_of: 2011, sources: [wire] }
            justifications:
              - { kind: humanitarian, description: Protecting civilians, sources: [{ id: seed, at: "§3" }], reading: true }
            sources: [book]
          - actor: CAN
            roles: [co-leader]
            joined: 2010-04
            left: 2011-06
            changes:
              - { date: 2011-03, kind: reduced, reason: cost, sources: [copy] }
              - { date: 2011-01, kind: partial-withdrawal, reason: casualties, sources: [book] }
            exit: { reason: kept-national-command }
            sources: [{ id: seed, at: "§2" }]
            reading: true
          - { actor: XKX, roles: [beneficiary], sources: [book] }
          - { actor: BEL, roles: [bystander], sources: [book] }
          - { actor: relief, roles: [co-negotiator], sources: [book] }
        inducements:
          - { from: NOR, to_list: invited, kind: diplomatic-pressure, direction: pressure, sources: [book] }
          - { from: NOR, to: BEL, kind: aid, direction: inducement, amount: 5, currency: EUR, price_year: 2010, sources: [book] }
        events:
          - { id: launch, kind: conference, date: 2010-03-15, host: NOR, co_hosts: [CAN], chair: NOR, co_chairs: [relief], sources: [book] }
        lists:
          - { id: invited, name: States invited, kind: membership, entries: [BEL, CAN], sources: [book] }
        bodies:
          - { id: steering, name: Steering group, kind: state-only, planned: true, members_known: false, sources: [book] }
        series:
          - { id: troops, measure: troops, points: [{ date: 2010, value: 900, sources: [wire] }], sources: [book] }
        """;

    private const string NumberMessage = "every number cites its own source: add 'sources: [id]' here (the parent's sources are not inherited by numbers)";

    private static CaseFileResult Read(string text) => CaseText.Read(text);

    private static string Replace(string line, string replacement) => CaseText.Replace(Valid, line, replacement);

    private static Coalition ReadValid(string text) => CaseText.ReadValid(text);

    private static InputError SingleError(string text) => CaseText.SingleError(text);

    private static Membership Member(Coalition c, string actor) => c.MembershipOf(new ActorId(actor)) ?? throw new InvalidOperationException(actor);

    [Fact]
    public void Read_ValidV2File_ReadsEveryNewField()
    {
        var c = ReadValid(Valid);

        Assert.True(c.Source(new SourceId("seed")).IsPaper);
        Assert.Equal("An imaginary wire story", c.Source(new SourceId("copy")).Mirrors);
        Assert.False(c.Source(new SourceId("book")).IsPaper);
        Assert.Null(c.Source(new SourceId("book")).Mirrors);
        var antecedent = Assert.Single(c.Antecedents);
        Assert.Equal((new CoalitionId("earlier-case"), LineageRelation.LessonDrawn, "A mandate first."), (antecedent.Case, antecedent.Relation, antecedent.Lesson));
    }

    // ---- every number cites its own source -----------------------------------------------------

    [Fact]
    public void Read_ContributionAmountWithoutOwnSources_ReportedAtTheContribution()
    {
        var error = SingleError(Replace("measure: peak, sources: [wire], alternatives:", "measure: peak, alternatives:"));

        Assert.Equal($"test.yaml:26:9: error: this fact holds a number ('amount'), and {NumberMessage} (memberships[0].contributions[0])", error.ToString());
    }

    [Fact]
    public void Read_CasualtiesWithoutOwnSources_ReportedAtTheCasualties()
    {
        var error = SingleError(Replace("casualties: { deaths: 2, as_of: 2011, sources: [wire] }", "casualties: { deaths: 2, as_of: 2011 }"));

        Assert.Equal($"test.yaml:28:17: error: this fact holds a number ('deaths'), and {NumberMessage} (memberships[0].casualties)", error.ToString());
    }

    [Fact]
    public void Read_SeriesPointWithoutOwnSources_ReportedAtThePoint()
    {
        var error = SingleError(Replace("points: [{ date: 2010, value: 900, sources: [wire] }]", "points: [{ date: 2010, value: 900 }]"));

        Assert.Equal($"test.yaml:55:45: error: this fact holds a number ('value'), and {NumberMessage} (series[0].points[0])", error.ToString());
    }

    [Fact]
    public void Read_ContributionWithEmptySourcesAndAmount_Reported()
    {
        var error = SingleError(Replace("measure: peak, sources: [wire], alternatives:", "measure: peak, sources: [], alternatives:"));

        Assert.Equal((26, 9, "memberships[0].contributions[0]"), (error.Line, error.Column, error.FieldPath));
        Assert.Contains(NumberMessage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ContributionWithoutAmount_InheritsTheMembershipsSources()
    {
        var c = ReadValid(Valid);

        var hosting = Member(c, "NOR").Contributions[1];
        Assert.Equal(ContributionKind.Hosting, hosting.Kind);
        Assert.Null(hosting.Interval);
        Assert.Equal([new SourceId("book")], hosting.Provenance.Sources.ToArray());
        Assert.Equal([new SourceId("wire")], Member(c, "NOR").Contributions[0].Provenance.Sources.ToArray());
        Assert.Equal([new SourceId("wire")], Member(c, "NOR").Casualties!.Provenance.Sources.ToArray());
        Assert.Equal([new SourceId("wire")], c.Series[0].Points[0].Provenance.Sources.ToArray());
    }

    // ---- the paper and its locators -------------------------------------------------------------

    [Fact]
    public void Read_PaperCitedWithoutLocator_ReportedWithTheFormToWrite()
    {
        var error = SingleError(Replace("""description: Protecting civilians, sources: [{ id: seed, at: "§3" }]""", "description: Protecting civilians, sources: [seed]"));

        Assert.Equal("""test.yaml:30:76: error: the paper is cited with a locator, so a reader can check it: write { id: seed, at: "§3" } (a section or page) (memberships[0].justifications[0].sources[0])""", error.ToString());
    }

    [Fact]
    public void Read_PaperCitedWithLocator_LocatorKept()
    {
        var c = ReadValid(Valid);

        var justification = Member(c, "NOR").Justifications.Single();
        Assert.Equal([new SourceId("seed")], justification.Provenance.Sources.ToArray());
        Assert.Equal("§3", justification.Provenance.LocatorOf(new SourceId("seed")));
        Assert.Null(justification.Provenance.LocatorOf(new SourceId("book")));
        Assert.Null(Member(c, "NOR").Provenance.LocatorOf(new SourceId("seed")));
    }

    [Fact]
    public void Read_LocatorInAlternative_Kept()
    {
        var c = ReadValid(Valid);

        var alternative = Member(c, "NOR").Contributions[0].Provenance.Alternatives.Single();
        Assert.Equal(("amount", "1200"), (alternative.Field, alternative.Value));
        Assert.Equal([new SourceLocator(new SourceId("seed"), "p. 7")], alternative.Locators.ToArray());
    }

    [Fact]
    public void Read_PaperCitedWithoutLocatorInAlternative_Reported()
    {
        var error = SingleError(Replace("""sources: [{ id: seed, at: "p. 7" }]""", "sources: [seed]"));

        Assert.Equal((26, 147, "memberships[0].contributions[0].alternatives[0].sources[0]"), (error.Line, error.Column, error.FieldPath));
        Assert.StartsWith("the paper is cited with a locator", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ id: seed }", "missing required field 'at'")]
    [InlineData("{ id: seed, at: \"\" }", "'at' must not be empty")]
    public void Read_PaperLocatorWithoutAt_ReportedOnce(string written, string message)
    {
        var error = SingleError(Replace("""sources: [{ id: seed, at: "§3" }], reading""", $"sources: [{written}], reading"));

        Assert.Equal(("memberships[0].justifications[0].sources[0].at", message), (error.FieldPath, error.Message));
        Assert.Equal(30, error.Line);
    }

    // ---- source kinds ---------------------------------------------------------------------------

    [Fact]
    public void Read_MirrorWithoutMirrors_Reported()
    {
        var error = SingleError(Replace(", kind: mirror, mirrors: An imaginary wire story }", ", kind: mirror }"));

        Assert.Equal("test.yaml:13:58: error: a mirror must say what it mirrors: add 'mirrors:' with the original's citation or address (sources[2].kind)", error.ToString());
    }

    [Fact]
    public void Read_MirrorsOnANonMirror_Reported()
    {
        var error = SingleError(Replace("kind: news }", "kind: news, mirrors: Something }"));

        Assert.Equal("test.yaml:14:71: error: 'mirrors' belongs to sources of kind mirror (sources[3].mirrors)", error.ToString());
    }

    [Fact]
    public void Read_CitationWithCopy_KeepsTheOriginalsKindAndTheCopy()
    {
        var coalition = ReadValid(Replace("  - { id: wire, url: https://example.org/wire/1, kind: news }",
            "  - { id: wire, citation: \"Imaginary Wire, 'A story', 2 June 2008\", copy: https://example.org/copy/1, kind: news }"));

        var wire = coalition.Sources.Single(s => s.Id.Value == "wire");
        Assert.Equal((SourceKind.News, "https://example.org/copy/1", false), (wire.Kind, wire.Copy?.OriginalString, wire.IsWeak));
    }

    [Theory]
    [InlineData("{ id: wire, copy: https://example.org/copy/1, kind: news }", "sources[3]", "a source needs a 'url' or a 'citation': 'copy' is only where a cited work was read, so add 'citation:' naming the original")]
    [InlineData("{ id: wire, url: https://example.org/wire/1, copy: https://example.org/copy/1, kind: news }", "sources[3].copy", "a copy stands in for a cited work: add 'citation:' naming the original")]
    [InlineData("{ id: wire, citation: A story, copy: not-an-address, kind: news }", "sources[3].copy", "'not-an-address' is not an http(s) address")]
    [InlineData("{ id: wire, citation: A story, copy: https://example.org/c, kind: mirror, mirrors: A story }", "sources[3].copy", "a mirror is itself a copy: give the original's kind and keep 'copy:', or drop 'copy:'")]
    public void Read_BadCopy_Reported(string written, string path, string message)
    {
        var error = SingleError(Replace("{ id: wire, url: https://example.org/wire/1, kind: news }", written));

        Assert.Equal((path, message), (error.FieldPath, error.Message));
    }

    [Fact]
    public void Read_CopyThroughAProxy_IsWeak()
    {
        var coalition = ReadValid(Replace("  - { id: wire, url: https://example.org/wire/1, kind: news }",
            "  - { id: wire, citation: A story, copy: https://www-example-org.translate.goog/1, kind: news }"));

        Assert.True(coalition.Sources.Single(s => s.Id.Value == "wire").IsWeak);
    }

    [Fact]
    public void Read_PaperOfKindNews_Reported()
    {
        var error = SingleError(Replace("citation: Cooper 2005, kind: academic, paper: true", "citation: Cooper 2005, kind: news, paper: true"));

        Assert.Equal("test.yaml:12:46: error: the paper is an academic source: write 'kind: academic' (sources[1].kind)", error.ToString());
    }

    [Fact]
    public void Read_SourceWithoutKind_ReportedOnceAndItsCitationsNotReportedAgain()
    {
        var error = SingleError(Replace("  - { id: wire, url: https://example.org/wire/1, kind: news }", "  - { id: wire, url: https://example.org/wire/1 }"));

        Assert.Equal("test.yaml:14:5: error: missing required field 'kind' (sources[3].kind)", error.ToString());
    }

    [Fact]
    public void Read_OldKindSecondary_ReportedWithTheKinds()
    {
        var error = SingleError(Replace("url: https://example.org/wire/1, kind: news }", "url: https://example.org/wire/1, kind: secondary }"));

        Assert.Equal("test.yaml:14:56: error: 'secondary' is not a valid source kind; one of: official, primary, academic, news, reference, mirror, blog, forum (sources[3].kind)", error.ToString());
    }

    [Fact]
    public void Read_OldKindSeed_Rejected()
    {
        var error = SingleError(Replace("url: https://example.org/wire/1, kind: news }", "url: https://example.org/wire/1, kind: seed }"));

        Assert.Equal((14, 56, "sources[3].kind"), (error.Line, error.Column, error.FieldPath));
        Assert.StartsWith("'seed' is not a valid source kind", error.Message, StringComparison.Ordinal);
    }

    // ---- readings -------------------------------------------------------------------------------

    [Fact]
    public void Read_Reading_FlaggedAndInheritedByNestedFactsWithoutOwnSources()
    {
        var c = ReadValid(Valid);

        var canada = Member(c, "CAN");
        Assert.True(canada.Provenance.IsReading);
        Assert.Equal("§2", canada.Provenance.LocatorOf(new SourceId("seed")));
        Assert.True(canada.Exit!.Provenance.IsReading);
        Assert.Equal([new SourceId("seed")], canada.Exit.Provenance.Sources.ToArray());
        Assert.Equal("§2", canada.Exit.Provenance.LocatorOf(new SourceId("seed")));
        Assert.False(canada.Changes[0].Provenance.IsReading); // it cites its own source, so it is not the parent's reading
        Assert.True(Member(c, "NOR").Justifications[0].Provenance.IsReading);
        Assert.False(Member(c, "NOR").Provenance.IsReading);
        Assert.False(Member(c, "NOR").Contributions[1].Provenance.IsReading);
    }

    [Fact]
    public void Read_ReadingNotTrueOrFalse_Reported()
    {
        var error = SingleError(Replace("    reading: true", "    reading: maybe"));

        Assert.Equal((41, 14, "memberships[1].reading"), (error.Line, error.Column, error.FieldPath));
    }

    // ---- amounts: exact, ranges and bounds ------------------------------------------------------

    [Theory]
    [InlineData("800-1000", null, 800, 1000, false, false, 900)]
    [InlineData(">300", null, 300, null, true, false, null)]
    [InlineData("<=5", null, null, 5, false, false, null)]
    [InlineData("2500", 2500, 2500, 2500, false, false, 2500)]
    public void Read_ContributionAmount_KeptAsAmountOrBounds(string written, int? exact, int? low, int? high, bool lowExclusive, bool highExclusive, int? point)
    {
        var c = ReadValid(Replace("amount: 800-1000,", $"amount: \"{written}\","));

        var troops = Member(c, "NOR").Contributions[0];
        Assert.Equal(exact, troops.Amount);
        Assert.Equal(exact is null, troops.Bounds is not null);
        var interval = troops.Interval!.Value;
        Assert.Equal((low, high, lowExclusive, highExclusive), ((int?)interval.Low, (int?)interval.High, interval.LowExclusive, interval.HighExclusive));
        Assert.Equal(point, (int?)interval.Point);
        Assert.Equal(written, interval.ToString());
    }

    [Theory]
    [InlineData("12,000", "'12,000' is not a number, a range or a bound: write 2500, 15000-30000, >80 or <100 (digits only, no thousands separators)")]
    [InlineData("1000-800", "'1000-800' is not a range: its upper end is below its lower end")]
    [InlineData("about 900", "'about 900' is not a number, a range or a bound: write 2500, 15000-30000, >80 or <100 (digits only, no thousands separators)")]
    public void Read_BadAmount_ReportedAtTheAmount(string written, string message)
    {
        var error = SingleError(Replace("amount: 800-1000,", $"amount: \"{written}\","));

        Assert.Equal($"test.yaml:26:33: error: {message} (memberships[0].contributions[0].amount)", error.ToString());
    }

    // ---- money ----------------------------------------------------------------------------------

    [Fact]
    public void Read_MoneyInItsCurrency_Kept()
    {
        var c = ReadValid(Replace("{ kind: hosting, description: The launch conference }", "{ kind: money, amount: 12.5, currency: NOK, price_year: 2010, unit: other, sources: [book] }"));

        var money = Member(c, "NOR").Contributions[1];
        Assert.Equal((12.5m, "NOK", 2010), (money.Amount, money.Currency, money.PriceYear));
        var aid = c.Inducements[1];
        Assert.Equal((5m, "EUR", 2010, (decimal?)null), (aid.Amount, aid.Currency, aid.PriceYear, aid.AmountUsd));
    }

    [Theory]
    [InlineData("eur")]
    [InlineData("EURO")]
    [InlineData("E1R")]
    public void Read_ContributionCurrencyNotThreeCapitals_Reported(string code)
    {
        var error = SingleError(Replace("{ kind: hosting, description: The launch conference }", $"{{ kind: money, amount: 2, currency: {code}, sources: [book] }}"));

        Assert.Equal($"test.yaml:27:45: error: '{code}' is not an ISO 4217 currency code (three capital letters, e.g. USD, EUR, GBP) (memberships[0].contributions[1].currency)", error.ToString());
    }

    [Fact]
    public void Read_InducementCurrencyNotThreeCapitals_ReportedOnce()
    {
        var error = SingleError(Replace("amount: 5, currency: EUR,", "amount: 5, currency: eur,"));

        Assert.Equal("test.yaml:47:82: error: 'eur' is not an ISO 4217 currency code (three capital letters, e.g. USD, EUR, GBP) (inducements[1].currency)", error.ToString());
    }

    [Fact]
    public void Read_InducementAmountWithoutCurrency_Reported()
    {
        var error = SingleError(Replace("amount: 5, currency: EUR, price_year: 2010,", "amount: 5, price_year: 2010,"));

        Assert.Equal("test.yaml:47:69: error: an amount needs its 'currency' (ISO 4217, e.g. EUR); dollars may also go in amount_usd (inducements[1].amount)", error.ToString());
    }

    // ---- inducements aimed at a list ------------------------------------------------------------

    [Fact]
    public void Read_InducementToList_TargetsAreTheListsEntries()
    {
        var c = ReadValid(Valid);

        var letter = c.Inducements[0];
        Assert.Null(letter.To);
        Assert.Equal(new ItemId("invited"), letter.ToList);
        Assert.Equal([new ActorId("BEL"), new ActorId("CAN")], c.TargetsOf(letter).ToArray());
        Assert.Equal([new ActorId("BEL")], c.TargetsOf(c.Inducements[1]).ToArray());
        Assert.Equal(2, c.InducementsTo(new ActorId("BEL")).Count());
        Assert.Single(c.InducementsTo(new ActorId("CAN")));
        Assert.Empty(c.InducementsTo(new ActorId("NOR")));
    }

    [Fact]
    public void Read_InducementWithToAndToList_Reported()
    {
        var error = SingleError(Replace("{ from: NOR, to_list: invited,", "{ from: NOR, to: BEL, to_list: invited,"));

        Assert.Equal("test.yaml:46:5: error: give 'to' (one actor) or 'to_list' (every entry of a list), not both (inducements[0])", error.ToString());
    }

    [Fact]
    public void Read_InducementWithNeitherToNorToList_Reported()
    {
        var error = SingleError(Replace("{ from: NOR, to_list: invited,", "{ from: NOR,"));

        Assert.Equal("test.yaml:46:5: error: missing required field 'to' (or 'to_list' for every entry of a list) (inducements[0])", error.ToString());
    }

    [Fact]
    public void Read_InducementToUnknownList_ReportedWithSuggestion()
    {
        var error = SingleError(Replace("{ from: NOR, to_list: invited,", "{ from: NOR, to_list: invite,"));

        Assert.Equal("test.yaml:46:27: error: list 'invite' is not declared in lists; did you mean 'invited'? (inducements[0].to_list)", error.ToString());
    }

    // ---- co-hosts and co-chairs -----------------------------------------------------------------

    [Fact]
    public void Read_CoHostsAndCoChairs_Read()
    {
        var launch = ReadValid(Valid).Events.Single();

        Assert.Equal((new ActorId("NOR"), new ActorId("NOR")), (launch.Host, launch.Chair));
        Assert.Equal([new ActorId("CAN")], launch.CoHosts.ToArray());
        Assert.Equal([new ActorId("relief")], launch.CoChairs.ToArray());
    }

    [Fact]
    public void Read_CoHostsWithoutHost_Reported()
    {
        var error = SingleError(Replace("host: NOR, co_hosts: [CAN],", "co_hosts: [CAN],"));

        Assert.Equal("test.yaml:49:65: error: co_hosts need a 'host' (the first or main host) (events[0].co_hosts)", error.ToString());
    }

    [Fact]
    public void Read_CoChairsWithoutChair_Reported()
    {
        var error = SingleError(Replace("chair: NOR, co_chairs: [relief],", "co_chairs: [relief],"));

        Assert.Equal((49, 94, "events[0].co_chairs"), (error.Line, error.Column, error.FieldPath));
        Assert.Equal("co_chairs need a 'chair' (the first or main chair)", error.Message);
    }

    [Fact]
    public void Read_CoHostNotDeclared_Reported()
    {
        var error = SingleError(Replace("co_hosts: [CAN]", "co_hosts: [SWE]"));

        Assert.Equal("test.yaml:49:77: error: actor 'SWE' is not declared in actors (events[0].co_hosts[0])", error.ToString());
    }

    // ---- planned bodies and unknown members -----------------------------------------------------

    [Fact]
    public void Read_PlannedBodyWithUnknownMembers_Read()
    {
        var body = ReadValid(Valid).Bodies.Single();

        Assert.True(body.IsPlanned);
        Assert.False(body.MembersKnown);
        Assert.Empty(body.Members);
    }

    [Fact]
    public void Read_BodyWithoutTheFlags_IsStandingWithKnownMembers()
    {
        var body = ReadValid(Replace("planned: true, members_known: false,", "members: [NOR, CAN],")).Bodies.Single();

        Assert.False(body.IsPlanned);
        Assert.True(body.MembersKnown);
        Assert.Equal([new ActorId("NOR"), new ActorId("CAN")], body.Members.ToArray());
    }

    [Fact]
    public void Read_MembersUnknownButListed_Reported()
    {
        var error = SingleError(Replace("members_known: false,", "members_known: false, members: [NOR],"));

        Assert.Equal("test.yaml:53:91: error: members_known is false but members are listed: list the members, or say they are unknown (bodies[0].members_known)", error.ToString());
    }

    // ---- membership changes ---------------------------------------------------------------------

    [Fact]
    public void Read_MembershipChanges_InDateOrderWithKindAndReason()
    {
        var changes = Member(ReadValid(Valid), "CAN").Changes;

        Assert.Equal(
            [(PartialDate.Parse("2011-01"), ChangeKind.PartialWithdrawal, ExitReason.Casualties), (PartialDate.Parse("2011-03"), ChangeKind.Reduced, ExitReason.Cost)],
            changes.Select(ch => (ch.Date, ch.Kind, ch.Reason!.Value)).ToArray());
        Assert.Equal([new SourceId("book")], changes[0].Provenance.Sources.ToArray());
        Assert.Equal([new SourceId("copy")], changes[1].Provenance.Sources.ToArray());
    }

    [Fact]
    public void Read_UnknownChangeKind_ReportedWithHint()
    {
        var error = SingleError(Replace("kind: reduced, reason: cost", "kind: reduce, reason: cost"));

        Assert.Equal("test.yaml:37:32: error: 'reduce' is not a valid change kind; did you mean 'reduced'? (memberships[1].changes[0].kind)", error.ToString());
    }

    [Fact]
    public void Read_ChangeWithoutDate_Reported()
    {
        var error = SingleError(Replace("{ date: 2011-03, kind: reduced,", "{ kind: reduced,"));

        Assert.Equal("test.yaml:37:9: error: missing required field 'date' (memberships[1].changes[0].date)", error.ToString());
    }

    [Fact]
    public void Read_NewExitReason_Read()
    {
        Assert.Equal(ExitReason.KeptNationalCommand, Member(ReadValid(Valid), "CAN").Exit!.Reason);
        Assert.Equal(ExitReason.Death, Member(ReadValid(Replace("reason: kept-national-command", "reason: death")), "CAN").Exit!.Reason);
        Assert.Equal(ExitReason.Succession, Member(ReadValid(Replace("reason: kept-national-command", "reason: succession")), "CAN").Exit!.Reason);
        Assert.Equal(ExitReason.DeniedTakingPart, Member(ReadValid(Replace("reason: kept-national-command", "reason: denied-taking-part")), "CAN").Exit!.Reason);
    }

    // ---- antecedents ----------------------------------------------------------------------------

    [Fact]
    public void Read_LoneFileNamingAnUnknownCase_ReadsFine()
    {
        var result = CaseBase.Combine([Read(Valid)]);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(new CoalitionId("earlier-case"), result.CaseBase!.Coalitions.Single().Antecedents.Single().Case);
    }

    [Fact]
    public void Combine_AntecedentNotInTheCaseBase_ReportedAtTheReference()
    {
        var other = CaseFileReader.Read("other.yaml", Valid.Replace("id: test-v2", "id: other-case", StringComparison.Ordinal).Replace("case: earlier-case", "case: test-v2", StringComparison.Ordinal));

        var result = CaseBase.Combine([Read(Valid), other]);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("test.yaml:9:13: error: antecedent 'earlier-case' is not a case in this case base (antecedents[0].case)", error.ToString());
    }

    [Fact]
    public void Combine_AntecedentInTheCaseBase_Accepted()
    {
        var earlier = CaseFileReader.Read("earlier.yaml", Valid.Replace("id: test-v2", "id: earlier-case", StringComparison.Ordinal).Replace("antecedents:\n  - { case: earlier-case, relation: lesson-drawn, lesson: A mandate first., sources: [book] }\n", string.Empty, StringComparison.Ordinal));
        Assert.True(earlier.Succeeded, string.Join(Environment.NewLine, earlier.Errors));

        var result = CaseBase.Combine([Read(Valid), earlier]);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(2, result.CaseBase!.Coalitions.Length);
    }

    [Fact]
    public void Read_CaseNamingItself_Reported()
    {
        var error = SingleError(Replace("case: earlier-case", "case: test-v2"));

        Assert.Equal("test.yaml:9:13: error: a coalition cannot be its own antecedent (antecedents[0].case)", error.ToString());
    }

    [Fact]
    public void Read_UnknownLineageRelation_ReportedWithHint()
    {
        var error = SingleError(Replace("relation: lesson-drawn", "relation: lessons-drawn"));

        Assert.Equal("test.yaml:9:37: error: 'lessons-drawn' is not a valid lineage relation; did you mean 'lesson-drawn'? (antecedents[0].relation)", error.ToString());
    }

    // ---- Kosovo and the new roles ---------------------------------------------------------------

    [Fact]
    public void Read_Kosovo_AcceptedAsAStateId()
    {
        var c = ReadValid(Valid);

        var kosovo = c.Actor(new ActorId("XKX"));
        Assert.Equal(ActorKind.State, kosovo.Kind);
        Assert.Contains("Kosovo", kosovo.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("beneficiary", Role.Beneficiary, false)]
    [InlineData("bystander", Role.Bystander, false)]
    [InlineData("neutral-participant", Role.NeutralParticipant, false)]
    [InlineData("co-negotiator", Role.CoNegotiator, true)]
    public void Read_NewRole_MemberOrNot(string written, Role role, bool member)
    {
        var c = ReadValid(Replace("{ actor: BEL, roles: [bystander],", $"{{ actor: BEL, roles: [{written}],"));

        var belgium = Member(c, "BEL");
        Assert.Equal([role], belgium.Roles.ToArray());
        Assert.Equal(member, belgium.IsMember);
        Assert.Equal(member, c.Members.Any(m => m.Actor == new ActorId("BEL")));
    }

    [Fact]
    public void Read_ValidV2File_MembersAreLeadersAndTheCoNegotiator()
    {
        var c = ReadValid(Valid);

        Assert.Equal(["NOR", "CAN", "relief"], c.Members.Select(m => m.Actor.Value).ToArray());
        Assert.False(Member(c, "XKX").IsMember);
    }

    // ---- the example file -----------------------------------------------------------------------

    private static string Example(string name) => Path.Combine(RepoRoot.Find(), "docs", "examples", name);

    [Fact]
    public void Example_V2Features_ValidatesWithTheMinimalCase()
    {
        var result = CaseBase.Load([Example("v2-features.yaml"), Example("minimal-case.yaml")]);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        var v2 = result.CaseBase!.Find("example-v2-features")!;
        Assert.Equal(new CoalitionId("example-coalition"), v2.Antecedents.Single().Case);
        Assert.Equal("§3", Member(v2, "NOR").Justifications.Single().Provenance.LocatorOf(new SourceId("seed")));
        Assert.Equal(new Quantity(800, 1000), Member(v2, "NOR").Contributions[0].Bounds);
        Assert.Equal(new Quantity(300, null, LowExclusive: true), Member(v2, "CAN").Contributions[0].Bounds);
        Assert.Equal(ChangeKind.PartialWithdrawal, Member(v2, "CAN").Changes.Single().Kind);
        Assert.Equal(["BEL", "ALB"], v2.TargetsOf(v2.Inducements.Single()).Select(a => a.Value).ToArray());
        Assert.Equal(["CAN"], v2.Events.Single().CoHosts.Select(a => a.Value).ToArray());
        Assert.Equal(["NOR", "CAN", "relief-ngo"], v2.Members.Select(m => m.Actor.Value).ToArray());
    }

    [Fact]
    public void Example_V2FeaturesAlone_ValidatesThoughItsAntecedentIsAbsent() =>
        Assert.True(CaseBase.Load([Example("v2-features.yaml")]).Succeeded);

    [Fact]
    public void Example_V2Features_RoundTripsThroughTheWriter()
    {
        var original = CaseFileReader.ReadFile(Example("v2-features.yaml")).Coalition!;

        string written = CaseFileWriter.Write(original);
        var reread = CaseFileReader.Read("written.yaml", written);

        Assert.True(reread.Succeeded, string.Join(Environment.NewLine, reread.Errors) + Environment.NewLine + written);
        Assert.Equal(CanonicalJson.Of(original), CanonicalJson.Of(reread.Coalition!));
        Assert.Equal(written, CaseFileWriter.Write(reread.Coalition!));
    }

    [Fact]
    public void Valid_RoundTripsThroughTheWriter()
    {
        var original = ReadValid(Valid);

        var reread = ReadValid(CaseFileWriter.Write(original));

        Assert.Equal(CanonicalJson.Of(original), CanonicalJson.Of(reread));
    }
}
