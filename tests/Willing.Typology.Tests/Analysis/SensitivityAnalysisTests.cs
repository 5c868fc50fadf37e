using Willing.Core.Reading;
using Willing.Typology.Analysis;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;

namespace Willing.Typology.Tests.Analysis;

/// <summary>The deterministic robustness analysis: rule variants, jackknife over facts and indicators, alternatives, anchor ranges.</summary>
public class SensitivityAnalysisTests
{
    private static readonly TypologyCodebook Codebook = CodebookReader.BuiltIn();
    private static readonly Lazy<IReadOnlyList<Willing.Core.Model.Coalition>> Cases = new(() => CaseBase.LoadBuiltIn().CaseBase!.Coalitions);

    private static Willing.Core.Model.Coalition Case(string id) => Cases.Value.Single(c => c.Id.Value == id);

    [Fact]
    public void Of_IsDeterministic()
    {
        var a = SensitivityAnalysis.Of(Case("alba-1997"), Codebook);
        var b = SensitivityAnalysis.Of(Case("alba-1997"), Codebook);

        Assert.Equal(a.Rules.ToList(), b.Rules.ToList());
        Assert.Equal(a.PivotalFacts.Select(f => (f.Path, f.Cell)), b.PivotalFacts.Select(f => (f.Path, f.Cell)));
        Assert.Equal(a.Anchors.ToList(), b.Anchors.ToList());
    }

    [Theory]
    [InlineData("alba-1997")]
    [InlineData("gulf-war-1991")]
    public void PivotalFacts_EachReallyMovesTheCaseWhenDeleted(string id)
    {
        var coalition = Case(id);
        var engine = new TypologyEngine(Codebook);
        var baseline = engine.Classify(coalition);
        var result = SensitivityAnalysis.Of(coalition, Codebook);

        Assert.NotEmpty(result.PivotalFacts);
        var variants = FactVariants.Deletions(Willing.Core.Sources.Readings.Without(coalition)).ToDictionary(v => v.Path);
        foreach (var fact in result.PivotalFacts)
        {
            var without = TypologyEngine.Score(coalition.Id, coalition.Name, engine.MeasureEvidence(variants[fact.Path].Coalition), Codebook);
            Assert.True(without.Cell?.Code != baseline.Cell?.Code || !fact.Moved.IsEmpty, fact.Path);
            Assert.Equal(without.Cell?.Code, fact.Cell);
        }

        Assert.Contains(result.Flags(Codebook), f => f.StartsWith("rests-on-one-fact:", StringComparison.Ordinal));
    }

    [Fact]
    public void Rules_NameEveryVariantAndKeepRateCountsThem()
    {
        var result = SensitivityAnalysis.Of(Case("iraq-2003"), Codebook);

        Assert.Equal(["index-axes", "index-dimensions", "and-dimensions", "or-dimensions", "no-shrinkage", "no-coverage-rule", "missing-at-0", "missing-at-1"], result.Rules.Select(r => r.Name));
        Assert.Equal((double)result.Rules.Count(r => r.Cell == result.Cell) / result.Rules.Length, result.RuleKeepRate, 12);
    }

    [Fact]
    public void AnchorRanges_ContainTheWrittenAnchorAndKeepTheCellInside()
    {
        var coalition = Case("gulf-war-1991");
        var engine = new TypologyEngine(Codebook);
        var raw = engine.Measure(coalition);
        var result = SensitivityAnalysis.Of(coalition, Codebook);

        Assert.NotEmpty(result.Anchors);
        foreach (var range in result.Anchors)
        {
            Assert.True(range.Lowest is null || range.Lowest <= range.Value);
            Assert.True(range.Highest is null || range.Highest >= range.Value);
        }

        // Moving the crossover of a pivotal indicator just past its range changes the cell.
        var bounded = result.Anchors.First(r => r.Anchor == "crossover" && r.Highest is not null && r.Highest > r.Value);
        var def = Codebook.Indicators.Single(i => i.Id == bounded.Indicator);
        var a = ((DirectCalibrationSpec)def.Calibration).Anchors;
        double span = Math.Abs(a.FullMembership - a.FullNonMembership);
        int k = (int)Math.Round((bounded.Highest!.Value - bounded.Value) / (span / SensitivityAnalysis.AnchorSteps));
        var past = Willing.Typology.Sets.Anchors.TryCreate(a.FullMembership, bounded.Value + ((k + 1) * span / SensitivityAnalysis.AnchorSteps), a.FullNonMembership, out _);
        if (past is { } moved)
        {
            var edited = Codebook with { Indicators = [.. Codebook.Indicators.Select(i => i.Id == def.Id ? i with { Calibration = new DirectCalibrationSpec(moved) } : i)] };
            Assert.NotEqual(result.Cell, TypologyEngine.CellOf(raw, edited)?.Code);
        }
    }

    [Fact]
    public void Alternatives_AreAppliedOneAtATime()
    {
        var iraq = Case("iraq-2003");

        var variants = FactVariants.Alternatives(iraq).ToList();

        Assert.NotEmpty(variants);
        Assert.All(variants, v => Assert.NotEqual(iraq, v.Coalition));
        Assert.Equal(variants.Count, SensitivityAnalysis.Of(iraq, Codebook).Alternatives.Length);
    }
}
