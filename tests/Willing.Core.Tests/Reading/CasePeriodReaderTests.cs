using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Core.Writing;

namespace Willing.Core.Tests.Reading;

/// <summary>The <c>periods:</c> section of a case file; each test breaks one line of a valid text.</summary>
public class CasePeriodReaderTests
{
    // A valid file with two periods; line numbers below refer to this text.
    private const string Valid = """
        id: test-periods
        name: Test coalition with periods
        summary: A small coalition used by the period tests.
        issue_area: { category: peace-operation, sources: [book] }
        period: { start: 2010-03, end: 2012, sources: [book] }
        periods:
          - { id: launch, name: Launch, start: 2010-03, end: 2010-12, description: The first months., sources: [book] }
          - id: drawdown
            name: Drawdown
            start: 2011-H1
            sources: [{ id: seed, at: "§3" }]
            confidence: medium
        trigger: { kind: humanitarian-emergency, sources: [book] }
        institutions: { relation: authorised-beforehand, sources: [book] }
        sources:
          - { id: book, citation: An imaginary handbook, kind: academic }
          - { id: seed, citation: Cooper 2005, kind: academic, paper: true }
        actors:
          - { id: NOR, kind: state }
        memberships:
          - { actor: NOR, roles: [leader], joined: 2010-03, sources: [book] }
        """;

    private const string Within = "every period lies within the case's period";

    private static CaseFileResult Read(string text) => CaseText.Read(text);

    private static string Replace(string line, string replacement) => CaseText.Replace(Valid, line, replacement);

    private static Coalition ReadValid(string text) => CaseText.ReadValid(text);

    private static InputError SingleError(string text) => CaseText.SingleError(text);

    // ---- what is read ---------------------------------------------------------------------------

    [Fact]
    public void Read_Periods_ReadInFileOrderWithTheirDates()
    {
        var c = ReadValid(Valid);

        Assert.Equal(["launch", "drawdown"], c.Periods.Select(p => p.Id.Value).ToArray());
        var launch = c.Periods[0];
        Assert.Equal(("Launch", "2010-03", "2010-12", "The first months."), (launch.Name, launch.Start.ToString(), launch.End?.ToString(), launch.Description));
        Assert.Equal([new SourceId("book")], launch.Provenance.Sources.ToArray());
        var drawdown = c.Periods[1];
        Assert.Equal((DatePrecision.Months, (PartialDate?)null), (drawdown.Start.Precision, drawdown.End));
        Assert.Equal("§3", drawdown.Provenance.LocatorOf(new SourceId("seed")));
        Assert.Equal(Confidence.Medium, drawdown.Provenance.Confidence);
    }

    [Fact]
    public void Read_OpenPeriod_EndsWithTheCase()
    {
        var c = ReadValid(Valid);

        Assert.Equal(PartialDate.Parse("2012"), c.Periods[1].EndIn(c));
        Assert.Equal(PartialDate.Parse("2010-12"), c.Periods[0].EndIn(c));
        Assert.Equal(c.Periods[1], c.PeriodOf(new ItemId("drawdown")));
        Assert.Null(c.PeriodOf(new ItemId("nothing")));
    }

    [Fact]
    public void Read_WithoutPeriods_HasNone()
    {
        var c = ReadValid(Valid[..Valid.IndexOf("periods:", StringComparison.Ordinal)] + Valid[Valid.IndexOf("trigger:", StringComparison.Ordinal)..]);

        Assert.Empty(c.Periods);
    }

    [Fact]
    public void Read_VagueStartThatMayFallWithinTheCase_Accepted()
    {
        // 2010 may mean a day in or after March 2010, so it is not certainly before the case's start.
        var c = ReadValid(Replace("start: 2010-03, end: 2010-12", "start: 2010, end: 2010-12"));

        Assert.Equal(PartialDate.Parse("2010"), c.Periods[0].Start);
    }

    [Fact]
    public void Read_PeriodEndingAnytimeWhileTheCaseIsActive_Accepted()
    {
        var c = ReadValid(Replace("period: { start: 2010-03, end: 2012,", "period: { start: 2010-03,").Replace("start: 2011-H1", "start: 2011-H1\n    end: 2030", StringComparison.Ordinal));

        Assert.Null(c.Period.End);
        Assert.Equal(PartialDate.Parse("2030"), c.Periods[1].EndIn(c));
    }

    [Fact]
    public void Read_OpenPeriodWhileTheCaseIsActive_HasNoEnd()
    {
        var c = ReadValid(Replace("period: { start: 2010-03, end: 2012,", "period: { start: 2010-03,"));

        Assert.Null(c.Periods[1].EndIn(c));
    }

    // ---- errors, each where it is written ------------------------------------------------------

    [Fact]
    public void Read_DuplicatePeriodId_ReportedAtTheSecond()
    {
        var error = SingleError(Replace("  - id: drawdown", "  - id: launch"));

        Assert.Equal("test.yaml:8:9: error: duplicate period id 'launch' (periods[1].id)", error.ToString());
    }

    [Fact]
    public void Read_EndBeforeStart_ReportedAtTheEnd()
    {
        var error = SingleError(Replace("start: 2010-03, end: 2010-12", "start: 2010-06, end: 2010-04"));

        Assert.Equal("test.yaml:7:54: error: end 2010-04 is before start 2010-06 (periods[0].end)", error.ToString());
    }

    [Fact]
    public void Read_StartBeforeTheCasesStart_ReportedAtTheStart()
    {
        var error = SingleError(Replace("start: 2010-03, end: 2010-12", "start: 2009, end: 2010-12"));

        Assert.Equal($"test.yaml:7:40: error: start 2009 is before the start of the case's period, 2010-03: {Within} (periods[0].start)", error.ToString());
    }

    [Fact]
    public void Read_EndAfterTheCasesEnd_ReportedAtTheEnd()
    {
        var error = SingleError(Replace("start: 2010-03, end: 2010-12", "start: 2010-03, end: 2013-01"));

        Assert.Equal($"test.yaml:7:54: error: end 2013-01 is after the end of the case's period, 2012: {Within} (periods[0].end)", error.ToString());
    }

    [Fact]
    public void Read_StartAfterTheCasesEnd_ReportedAtTheStart()
    {
        var error = SingleError(Replace("start: 2011-H1", "start: 2013-H1"));

        Assert.Equal($"test.yaml:10:12: error: start 2013-H1 is after the end of the case's period, 2012: {Within} (periods[1].start)", error.ToString());
    }

    [Fact]
    public void Read_PeriodWithoutSources_Reported()
    {
        var error = SingleError(Replace(", description: The first months., sources: [book] }", ", description: The first months. }"));

        Assert.Equal("test.yaml:7:5: error: this fact cites no source: add 'sources: [id]' naming a source declared in sources (periods[0])", error.ToString());
    }

    [Fact]
    public void Read_PeriodCitingAnUndeclaredSource_ReportedWithSuggestion()
    {
        var error = SingleError(Replace("The first months., sources: [book] }", "The first months., sources: [boo] }"));

        Assert.Equal(("periods[0].sources[0]", "source 'boo' is not declared in sources; did you mean 'book'?"), (error.FieldPath, error.Message));
    }

    [Theory]
    [InlineData("{ id: launch, name: Launch,", "{ name: Launch,", "periods[0].id", "missing required field 'id'")]
    [InlineData("{ id: launch, name: Launch,", "{ id: launch,", "periods[0].name", "missing required field 'name'")]
    [InlineData("name: Launch, start: 2010-03,", "name: Launch,", "periods[0].start", "missing required field 'start'")]
    public void Read_PeriodWithoutARequiredField_Reported(string written, string rewritten, string path, string message)
    {
        var error = SingleError(Replace(written, rewritten));

        Assert.Equal((7, path, message), (error.Line, error.FieldPath, error.Message));
    }

    [Fact]
    public void Read_PeriodIdNotKebab_Reported()
    {
        var error = SingleError(Replace("id: launch,", "id: Launch_1,"));

        Assert.Equal((7, 11, "periods[0].id"), (error.Line, error.Column, error.FieldPath));
        Assert.StartsWith("'Launch_1' is not a valid id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownKeyInAPeriod_Reported()
    {
        var error = SingleError(Replace("    start: 2011-H1", "    start: 2011-H1\n    ends: 2012"));

        Assert.Equal((11, 5, "periods[1].ends"), (error.Line, error.Column, error.FieldPath));
        Assert.StartsWith("unknown key 'ends'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ImpossibleDate_Reported()
    {
        var error = SingleError(Replace("end: 2010-12,", "end: 2010-13,"));

        Assert.Equal((7, 54, "periods[0].end"), (error.Line, error.Column, error.FieldPath));
    }

    [Fact]
    public void Read_SeveralBrokenPeriods_EveryErrorReportedAtOnce()
    {
        string text = Replace("  - { id: launch, name: Launch, start: 2010-03, end: 2010-12, description: The first months., sources: [book] }",
            "  - { id: drawdown, name: Launch, start: 2009, end: 2008 }");

        var result = Read(text);

        Assert.Null(result.Coalition);
        Assert.Equal(
            [
                "test.yaml:7:42: error: start 2009 is before the start of the case's period, 2010-03: " + Within + " (periods[0].start)",
                "test.yaml:7:53: error: end 2008 is before start 2009 (periods[0].end)",
                "test.yaml:7:53: error: end 2008 is before the start of the case's period, 2010-03: " + Within + " (periods[0].end)",
                "test.yaml:7:5: error: this fact cites no source: add 'sources: [id]' naming a source declared in sources (periods[0])",
                "test.yaml:8:9: error: duplicate period id 'drawdown' (periods[1].id)",
            ],
            result.Errors.Select(e => e.ToString()).Order(StringComparer.Ordinal).ToArray());
    }

    // ---- written and read back -----------------------------------------------------------------

    [Fact]
    public void Write_Periods_ReadBackEqualAndSameBytes()
    {
        var original = ReadValid(Valid);

        string first = CaseFileWriter.Write(original);
        var reread = ReadValid(first);

        Assert.Contains("\nperiods:\n", first, StringComparison.Ordinal);
        Assert.Equal(CanonicalJson.Of(original), CanonicalJson.Of(reread));
        Assert.Equal(2, reread.Periods.Length);
        Assert.Equal(first, CaseFileWriter.Write(reread));
    }

    [Fact]
    public void Write_WithoutPeriods_WritesNoPeriodsKey()
    {
        var c = ReadValid(Valid) with { Periods = [] };

        Assert.DoesNotContain("periods:", CaseFileWriter.Write(c), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExampleFile_HasItsTwoPeriods()
    {
        var result = CaseFileReader.ReadFile(Path.Combine(RepoRoot.Find(), "docs", "examples", "v2-features.yaml"));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(["build-up", "drawdown"], result.Coalition!.Periods.Select(p => p.Id.Value).ToArray());
    }
}
