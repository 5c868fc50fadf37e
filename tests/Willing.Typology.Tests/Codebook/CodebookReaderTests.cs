using Willing.Typology.Codebook;
using Willing.Typology.Sets;

namespace Willing.Typology.Tests.Codebook;

public class CodebookReaderTests
{
    [Fact]
    public void BuiltIn_LoadsWithARuleForEveryAxisAndKnownComputations()
    {
        var codebook = CodebookReader.BuiltIn();

        Assert.Equal(CalibrationConvention.Ragin, codebook.Convention);
        Assert.All(AxisInfo.All, axis => Assert.True(codebook.Rules.ContainsKey(axis)));
        Assert.All(AxisInfo.All, axis => Assert.NotEmpty(codebook.IndicatorsOf(axis)));
        Assert.All(codebook.Indicators, i => Assert.NotEmpty(i.Passages));
        Assert.Contains(codebook.Cells, c => c.Code == "1110" && c.Tag == EmptyCellTag.TheorisedFutureType);
    }

    [Fact]
    public void Docs_CodebookPage_DescribesEveryIndicatorAndComputation()
    {
        string page = File.ReadAllText(Path.Combine(RepoRoot.Find(), "docs", "codebook.md"));

        foreach (var indicator in CodebookReader.BuiltIn().Indicators)
        {
            Assert.Contains($"| {indicator.Id} | {indicator.Name} |", page, StringComparison.Ordinal);
            Assert.Contains($"`{indicator.Computation}`", page, StringComparison.Ordinal);
        }
    }

    private const string Small = """
        convention: qca
        indicators:
          - { id: T2, axis: trigger, name: Issue, computation: issue-area, passages: [F-A4.1], calibration: { method: assignment, values: { hard-security: 1 } } }
          - { id: X, axis: organization, name: Ties, computation: tie-centralization, calibration: { method: direct, full: 0.6, crossover: 0.35, non: 0.1 } }
          - { id: C, axis: motivation, name: Justification, computation: normative-justification-share, calibration: { method: direct, full: 0.1, crossover: 0.4, non: 0.8 } }
          - { id: S, axis: actorness, name: NGOs, computation: non-state-member-share, calibration: { method: crisp, threshold: 0.1, increasing: false } }
          - { id: R, axis: institutions, name: UN, computation: institutional-relation, calibration: { method: assignment, values: { none: 1 } } }
        axes: { organization: X, motivation: C, actorness: S, trigger: T2, institutions: R }
        """;

    [Fact]
    public void Read_UserCodebook_ChangesConventionAndCalibration()
    {
        var result = CodebookReader.Read("mine.yaml", Small);

        Assert.Empty(result.Errors);
        Assert.Equal(CalibrationConvention.Qca, result.Codebook!.Convention);
        Assert.IsType<CrispSpec>(result.Codebook.Indicators.Single(i => i.Id == "S").Calibration);
    }

    [Theory]
    [InlineData("indeterminacy_band: [0.45, 0.55]\n", 0.45, 0.55, null)]
    [InlineData("", 0.4, 0.6, null)]
    [InlineData("indeterminacy_band: [0.6, 0.4]\n", 0.4, 0.6, "the indeterminacy band is two numbers")]
    [InlineData("indeterminacy_band: 0.5\n", 0.4, 0.6, "the indeterminacy band is two numbers")]
    public void Read_IndeterminacyBand_ReadOrReported(string line, double low, double high, string? error)
    {
        var result = CodebookReader.Read("mine.yaml", line + Small);

        if (error is null)
        {
            Assert.Empty(result.Errors);
            Assert.Equal((low, high), result.Codebook!.IndeterminacyBand);
        }
        else
        {
            Assert.Contains(result.Errors, e => e.Message.StartsWith(error, StringComparison.Ordinal) && e.Line == 1);
        }
    }

    [Fact]
    public void Read_ErrorsInSeveralPlaces_ReportsEachWithLine()
    {
        string bad = Small
            .Replace("computation: tie-centralization", "computation: tie-centralisation", StringComparison.Ordinal)
            .Replace("full: 0.1, crossover: 0.4, non: 0.8", "full: 0.1, crossover: 0.4, non: 0.3", StringComparison.Ordinal)
            .Replace("motivation: C,", "motivation: \"and(C, T2)\",", StringComparison.Ordinal);

        var result = CodebookReader.Read("mine.yaml", bad);

        Assert.Null(result.Codebook);
        Assert.Collection(
            result.Errors.OrderBy(e => e.Line),
            e => Assert.Equal((4, "indicators[1].computation", true), (e.Line, e.FieldPath, e.Message.Contains("did you mean 'tie-centralization'", StringComparison.Ordinal))),
            e => Assert.Equal((5, "indicators[2].calibration", true), (e.Line, e.FieldPath, e.Message.Contains("strictly ordered", StringComparison.Ordinal))),
            e => Assert.Equal((8, "axes.motivation", true), (e.Line, e.FieldPath, e.Message.Contains("'T2' measures trigger", StringComparison.Ordinal))));
    }

    [Fact]
    public void Read_MissingAxisRule_Reported()
    {
        var result = CodebookReader.Read("mine.yaml", Small.Replace(", institutions: R }", " }", StringComparison.Ordinal));

        Assert.Contains(result.Errors, e => e.FieldPath == "axes.institutions" && e.Message.StartsWith("missing required field", StringComparison.Ordinal));
    }
}
