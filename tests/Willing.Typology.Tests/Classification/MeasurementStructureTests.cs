using System.Collections.Immutable;
using Willing.Core.Model;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;
using Willing.Typology.Indicators;

namespace Willing.Typology.Tests.Classification;

/// <summary>The measurement structure of codebook 2: dimensions, the coverage rule, bounds and shrinkage, on synthetic raw measures.</summary>
public class MeasurementStructureTests
{
    private static readonly TypologyCodebook BuiltIn = CodebookReader.BuiltIn();

    private static Dictionary<string, RawMeasure> NoData() =>
        BuiltIn.Indicators.ToDictionary(i => i.Id, _ => RawMeasure.None("not in this test"), StringComparer.Ordinal);

    private static CaseClassification Score(Dictionary<string, RawMeasure> raw, TypologyCodebook? codebook = null) =>
        TypologyEngine.Score(new CoalitionId("synthetic"), "Synthetic", raw, codebook ?? BuiltIn);

    [Fact]
    public void BuiltIn_EveryAxisIsMadeOfDimensionsWithCoopersPassage()
    {
        foreach (var axis in AxisInfo.All)
        {
            var dims = BuiltIn.DimensionsOf(axis).ToList();
            Assert.NotEmpty(dims);
            Assert.All(dims, d => Assert.False(string.IsNullOrWhiteSpace(d.Passage)));
            Assert.All(dims, d => Assert.StartsWith("§", d.At, StringComparison.Ordinal));
            // Every indicator of the axis is in some dimension; no first() switch.
            var named = dims.SelectMany(d => d.Rule.Indicators).ToHashSet();
            Assert.All(BuiltIn.IndicatorsOf(axis), i => Assert.Contains(i.Id, named));
            Assert.DoesNotContain("first(", BuiltIn.Rules[axis].ToString(), StringComparison.Ordinal);
        }

        Assert.NotNull(BuiltIn.Frozen);
    }

    [Fact]
    public void CoverageRule_TooFewDimensions_AxisUndeterminedWithOpenBounds()
    {
        var raw = NoData();
        raw["H1"] = RawMeasure.Number(0.9, "test", []);   // only H-hub measured; organization asks 2 of 4

        var result = Score(raw);
        var h = result[Axis.Organization];

        Assert.Null(h.Membership);
        Assert.Equal((1, 4, 2), (h.Measured, h.Terms, h.MinMeasured));
        Assert.Contains("undetermined:organization", result.Flags);
        Assert.Equal(ModelKind.Undetermined, result.Model);
        // The bounds still say what filling the gaps could give: at most H1's membership under the AND.
        Assert.Equal(0, h.Low, 12);
        Assert.Equal(h.Dimensions.Single(d => d.Id == "H-hub").Membership!.Value, h.High, 12);
    }

    [Fact]
    public void CoverageRule_EnoughDimensions_AxisScoredAndBoundsContainIt()
    {
        var raw = NoData();
        raw["H1"] = RawMeasure.Number(0.9, "test", []);
        raw["H6"] = RawMeasure.Of("command", "test", []);

        var h = Score(raw)[Axis.Organization];

        Assert.NotNull(h.Membership);
        Assert.InRange(h.Membership!.Value, h.Low, h.High);
        Assert.True(h.BoundsStraddle || h.Low >= 0.5 || h.High <= 0.5);
    }

    [Fact]
    public void Shrinkage_NeverCrossesTheCrossover_AndFadesWithN()
    {
        var random = new Random(2005);
        for (int draw = 0; draw < 2000; draw++)
        {
            int n = random.Next(1, 60);
            int k = random.Next(0, n + 1);
            double crossover = random.NextDouble();
            double share = (double)k / n;
            var measure = RawMeasure.Share(k, n, "test", []);

            double shrunk = measure.Shrunk(1.96, crossover)!.Value;

            Assert.InRange(shrunk, Math.Min(share, crossover) - 1e-12, Math.Max(share, crossover) + 1e-12);
            var bigger = RawMeasure.Share(k * 10, n * 10, "test", []);
            Assert.True(Math.Abs(bigger.Shrunk(1.96, crossover)!.Value - share) <= Math.Abs(shrunk - share) + 1e-12);
        }
    }

    [Fact]
    public void Shrinkage_WithHalf_IsTheWilsonCentre()
    {
        // Wilson (1927): centre (k + z²/2) / (n + z²); 1 of 1 at z = 1.96 is 2.9208 / 4.8416.
        Assert.Equal(2.9208 / 4.8416, RawMeasure.Share(1, 1, "test", []).Shrunk(1.96)!.Value, 12);
    }

    [Fact]
    public void Shrinkage_OneSentence_IsLessSureThanFifty()
    {
        var one = NoData();
        one["C3"] = RawMeasure.Share(1, 1, "test", []);
        var fifty = NoData();
        fifty["C3"] = RawMeasure.Share(50, 50, "test", []);

        double m1 = Score(one)[Axis.Motivation].Membership!.Value;
        double m50 = Score(fifty)[Axis.Motivation].Membership!.Value;

        Assert.True(m1 < 0.5 && m50 < m1, $"one sentence {m1}, fifty {m50}");
        var c3 = Score(one)[Axis.Motivation].Indicators.Single(i => i.Id == "C3");
        Assert.Equal((1, 1), c3.Share);
        Assert.NotNull(c3.Shrunk);
    }

    [Fact]
    public void CellOf_AgreesWithScore_OnTheBuiltInCases()
    {
        var caseBase = Willing.Core.Reading.CaseBase.LoadBuiltIn().CaseBase!;
        var engine = new TypologyEngine(BuiltIn);
        foreach (var coalition in caseBase.Coalitions)
        {
            var raw = engine.Measure(coalition);
            Assert.Equal(TypologyEngine.Score(coalition.Id, coalition.Name, raw, BuiltIn).Cell, TypologyEngine.CellOf(raw, BuiltIn));
        }
    }

    [Theory]
    [InlineData("dimensions:\n  - { id: D1, axis: organization, name: D, rule: or(H9) }", "the rule names 'H9', which is not an indicator of the codebook")]
    [InlineData("dimensions:\n  - { id: D1, axis: organization, name: D, rule: or(C1) }", "'C1' measures motivation, not organization")]
    [InlineData("dimensions:\n  - { id: H1, axis: organization, name: D, rule: H2 }", "'H1' is already an indicator id: dimensions and indicators need different ids")]
    public void Reader_BadDimension_Located(string dimensions, string message)
    {
        string text = File.ReadAllText(Path.Combine(RepoRoot.Find(), "data", "codebook.yaml"));
        int at = text.IndexOf("dimensions:", StringComparison.Ordinal);
        int end = text.IndexOf("\n  - id: H-hub", at, StringComparison.Ordinal);
        // Replace the first dimension with the broken one, keep the rest.
        string broken = text[..at] + dimensions + text[end..];

        var result = CodebookReader.Read("codebook.yaml", broken);

        Assert.Null(result.Codebook);
        Assert.Contains(result.Errors, e => e.Message == message && e.Line > 0);
    }

    [Fact]
    public void Reader_AxisRuleLeavingOutADimension_Reported()
    {
        string text = File.ReadAllText(Path.Combine(RepoRoot.Find(), "data", "codebook.yaml"))
            .Replace("rule: \"and(H-res, H-hub, H-init, H-aut)\"", "rule: \"and(H-res, H-hub, H-init)\"", StringComparison.Ordinal);

        var result = CodebookReader.Read("codebook.yaml", text);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("axes.organization.rule", "the rule leaves out the dimension 'H-aut' of organization: every dimension of an axis is part of it"), (error.FieldPath, error.Message));
    }

    [Theory]
    [InlineData("min_dimensions: 2 }", "min_dimensions: 9 }", "the coverage rule asks for 9 measured, but organization has only 4")]
    [InlineData("min_dimensions: 2 }", "min_dimensions: 0 }", "the coverage rule is a whole number of dimensions, at least 1")]
    [InlineData("shares: { shrink: wilson, z: 1.96 }", "shares: { shrink: bayes }", "'bayes' is not a shrinkage: wilson or none")]
    public void Reader_BadCoverageOrShrinkage_Reported(string from, string to, string message)
    {
        string text = File.ReadAllText(Path.Combine(RepoRoot.Find(), "data", "codebook.yaml"));
        Assert.Contains(from, text, StringComparison.Ordinal);

        var result = CodebookReader.Read("codebook.yaml", text.Replace(from, to, StringComparison.Ordinal));

        Assert.Contains(result.Errors, e => e.Message == message);
    }

    [Fact]
    public void Annotation_FourDigitCode_LabelsBothCellsOfItsCorner()
    {
        Assert.Equal(BuiltIn.Annotation("11100")?.Label, BuiltIn.Annotation("11101")?.Label);
        Assert.Equal(EmptyCellTag.TheoreticallyUnexpected, BuiltIn.Annotation("01001")!.Tag);
        _ = ImmutableArray<int>.Empty;
    }
}
