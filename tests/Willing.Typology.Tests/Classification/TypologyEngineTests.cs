using Willing.Core.Reading;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;

namespace Willing.Typology.Tests.Classification;

/// <summary>The paper's placements must come out of the data (Cooper 2005, §2–3), not be typed in.</summary>
public class TypologyEngineTests
{
    private static readonly Lazy<CaseBase> Base = new(() => CaseBase.LoadBuiltIn().CaseBase!);
    private static readonly TypologyEngine Engine = new(CodebookReader.BuiltIn());

    // The paper's readings counted as evidence: what Cooper's own reading of each case implies.
    private static readonly TypologyEngine ReadingsEngine = new(CodebookReader.BuiltIn(), withReadings: true);

    private static CaseClassification Classify(string id) => Engine.Classify(Base.Value.Find(id)!);

    [Theory]
    [InlineData("iraq-2003", ModelKind.One, "1111")]
    [InlineData("gulf-war-1991", ModelKind.One, "1111")]
    [InlineData("landmines-ottawa", ModelKind.Two, "0000")]
    [InlineData("icc-rome-statute", ModelKind.Two, "0000")]
    [InlineData("child-soldiers", ModelKind.Two, "0000")]
    [InlineData("small-arms", ModelKind.Two, "0000")]
    [InlineData("kimberley-process", ModelKind.Two, "0000")]
    [InlineData("alba-1997", ModelKind.Hybrid, "1011")]
    [InlineData("interfet-1999", ModelKind.Hybrid, "1011")]
    [InlineData("isaf-afghanistan", ModelKind.Hybrid, "1011")]
    public void Classify_WithThePapersReadings_PapersCasesLandWhereThePaperPutsThem(string id, ModelKind model, string cell)
    {
        // With the paper's own readings counted, the machinery reproduces the paper: a check of the
        // machinery, not a finding (the agreement is partly built in; see the default-engine tests).
        var result = ReadingsEngine.Classify(Base.Value.Find(id)!);

        Assert.Equal(model, result.Model);
        Assert.Equal(cell, result.Cell?.Code);
        // Placed without a missing axis or a crossover (an axis inside the indeterminacy band is only flagged).
        Assert.DoesNotContain(result.Flags, f => f.StartsWith("no data", StringComparison.Ordinal) || f.Contains("exactly at the crossover", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_KosovoWithThePapersReadings_IsModelOneOrAHybridOneStepFromIt()
    {
        var result = ReadingsEngine.Classify(Base.Value.Find("kosovo-1999")!);

        Assert.NotNull(result.Cell);
        Assert.True(result.Model == ModelKind.One || result.Cell!.Value.Code.Count(ch => ch == '0') == 1, result.Cell?.Code);
        Assert.Equal(0.67, result[Axis.Institutions].Membership!.Value, 2);
    }

    [Fact]
    public void Classify_EveryAxis_HasBoundsAroundItsMembershipAndACoverage()
    {
        foreach (var coalition in Base.Value.Coalitions)
        {
            foreach (var axis in Engine.Classify(coalition).Axes)
            {
                Assert.InRange(axis.Coverage, 0, 1);
                Assert.True(axis.Low <= axis.High);
                if (axis.Membership is { } m)
                    Assert.InRange(m, axis.Low - 1e-12, axis.High + 1e-12);
                if (axis.Measured == axis.Indicators.Length && axis.Membership is { } full)
                {
                    Assert.Equal(full, axis.Low, 12);
                    Assert.Equal(full, axis.High, 12);
                }

                if (axis.Measured == 0)
                    Assert.True(axis.Low == 0 && axis.High == 1, $"{coalition.Id} {axis.Axis}: no data must leave the whole range open");
            }
        }
    }

    [Fact]
    public void Classify_MembershipInsideTheBand_IsFlaggedIndeterminateButStillPlaced()
    {
        var alba = Classify("alba-1997");
        var h = alba[Axis.Organization];

        Assert.InRange(h.Membership!.Value, 0.4, 0.6);
        Assert.True(h.Indeterminate);
        Assert.Contains(alba.Flags, f => f.StartsWith("organization (H) is indeterminate", StringComparison.Ordinal));
        Assert.NotNull(alba.Cell);
        var narrow = new TypologyEngine(CodebookReader.BuiltIn() with { IndeterminacyBand = (0.45, 0.55) }).Classify(Base.Value.Find("alba-1997")!);
        Assert.False(narrow[Axis.Organization].Indeterminate);
    }

    [Theory]
    [InlineData("kosovo-1999")]
    [InlineData("interfet-1999")]
    [InlineData("isaf-afghanistan")]
    public void Classify_ByDefault_LeavesOutThePapersReadingsSoMotivationRestingOnThemHasNoData(string id)
    {
        // These cases' motivation rested only on justifications that are the paper's glosses.
        var coalition = Base.Value.Find(id)!;

        var withoutReadings = Engine.Classify(coalition);
        var withReadings = ReadingsEngine.Classify(coalition);

        Assert.True(Willing.Core.Sources.Readings.Count(coalition) > 0);
        Assert.Null(withoutReadings[Axis.Motivation].Membership);
        Assert.Equal(ModelKind.Undetermined, withoutReadings.Model);
        Assert.NotNull(withReadings[Axis.Motivation].Membership);
        var c3 = withReadings[Axis.Motivation].Indicators.Single(i => i.Id == "C3");
        Assert.Contains(c3.Evidence, e => e.Sources.Contains(new Willing.Core.Model.SourceId("seed")));
    }

    [Theory]
    [InlineData("alba-1997")]
    [InlineData("interfet-1999")]
    [InlineData("isaf-afghanistan")]
    [InlineData("gulf-war-1991")]
    public void Classify_UnAuthorisedOperations_DoNotCircumventInstitutions(string id) =>
        Assert.True(Classify(id)[Axis.Institutions].Membership < 0.5);

    [Theory]
    [InlineData("iraq-2003")]
    [InlineData("landmines-ottawa")]
    public void Classify_BothPureModels_CircumventInstitutions(string id) =>
        Assert.True(Classify(id)[Axis.Institutions].Membership > 0.5);

    public static TheoryData<string> CaseIds() => [.. Base.Value.Coalitions.Select(c => c.Id.Value)];

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Classify_EveryCase_ExactlyOneCornerAboveHalfUnlessOnACrossover(string id)
    {
        var result = Classify(id);

        if (result.Axes.Where(a => AxisInfo.Core.Contains(a.Axis)).Any(a => a.AtCrossover || a.Membership is null))
        {
            Assert.Null(result.Cell);
            Assert.NotEmpty(result.Flags);
        }
        else
        {
            var above = Assert.Single(result.Corners, c => c.Membership > 0.5);
            Assert.Equal(result.Cell!.Value.Code, above.Cell);
            Assert.Equal(1 - above.Membership, result.Hybridity!.Value, 12);
        }
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Explanation_EveryIndicatorWithDataCitesDeclaredSources(string id)
    {
        var coalition = Base.Value.Find(id)!;
        var declared = coalition.Sources.Select(s => s.Id).ToHashSet();

        var result = Engine.Classify(coalition);

        foreach (var indicator in result.Axes.SelectMany(a => a.Indicators))
        {
            if (!indicator.HasData)
            {
                Assert.False(string.IsNullOrWhiteSpace(indicator.MissingReason));
                continue;
            }

            Assert.All(indicator.Evidence, e => Assert.All(e.Sources, s => Assert.Contains(s, declared)));
            // A zero share or an absent category found no fact to cite; anything else must cite one.
            bool foundSomething = indicator.Raw is > 0 || indicator.Category is not (null or "none" or "absent");
            if (foundSomething)
                Assert.True(indicator.Evidence.Length > 0, $"{indicator.Id} has data but cites no fact");
        }
    }

    [Fact]
    public void Classify_MissingIndicators_AreLeftOutNotTreatedAsZero()
    {
        var kosovo = ReadingsEngine.Classify(Base.Value.Find("kosovo-1999")!);

        var c1 = kosovo[Axis.Motivation].Indicators.Single(i => i.Id == "C1");
        Assert.False(c1.HasData);
        Assert.Contains("no inducement", c1.MissingReason, StringComparison.Ordinal);
        Assert.Contains("C1=–", kosovo[Axis.Motivation].Applied, StringComparison.Ordinal);
        Assert.NotNull(kosovo[Axis.Motivation].Membership);
    }

    [Fact]
    public void Classify_Iraq_ExplainsTheHubAndTheSidePayments()
    {
        var iraq = Classify("iraq-2003");

        var h2 = iraq[Axis.Organization].Indicators.Single(i => i.Id == "H2");
        Assert.StartsWith("USA's 250,000", h2.Computation, StringComparison.Ordinal);
        var c1 = iraq[Axis.Motivation].Indicators.Single(i => i.Id == "C1");
        Assert.Contains(c1.Evidence, e => e.Fact.StartsWith("USA → TUR: side-payment $6,000,000,000", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_UserFileOutsideTheBase_IsClassifiedTheSameWay()
    {
        var iraq = Base.Value.Find("iraq-2003")!;
        string text = File.ReadAllText(Path.Combine(RepoRoot.Find(), "data", "cases", "iraq-2003.yaml"))
            .Replace("id: iraq-2003", "id: my-iraq-copy", StringComparison.Ordinal);
        var copy = CaseFileReader.Read("my.yaml", text).Coalition!;

        var fromBase = Engine.Classify(iraq);
        var fromFile = Engine.Classify(copy);

        Assert.Equal(fromBase.Cell, fromFile.Cell);
        Assert.Equal(fromBase.Axes.Select(a => a.Membership), fromFile.Axes.Select(a => a.Membership));
    }

    [Fact]
    public void Classify_MinimalUserCase_IsPlacedFromItsFewFacts()
    {
        var example = CaseFileReader.ReadFile(Path.Combine(RepoRoot.Find(), "docs", "examples", "minimal-case.yaml")).Coalition!;

        var result = Engine.Classify(example);

        Assert.NotNull(result.Cell);
        Assert.Contains(result[Axis.Organization].Indicators, i => !i.HasData);
        Assert.True(result[Axis.Actorness].Membership < 0.5, "an NGO network coordinating the campaign makes it mixed-actor");
    }

    [Fact]
    public void Score_AxisExactlyAtCrossover_IsFlaggedNotAssigned()
    {
        var iraq = Base.Value.Find("iraq-2003")!;
        var raw = Engine.Measure(iraq);
        var codebook = CodebookReader.BuiltIn();
        // The trigger-lag crossover moved onto Iraq's own lag, and the other trigger indicators made neutral.
        double lag = raw["T1"].Value!.Value;
        var t1 = codebook.Indicators.Single(i => i.Id == "T1") with { Calibration = new DirectCalibrationSpec(new Willing.Typology.Sets.Anchors(lag - 100, lag, lag + 100)) };
        var edited = codebook with
        {
            Indicators = [.. codebook.Indicators.Select(i => i.Id == "T1" ? t1 : i)],
            Rules = codebook.Rules.SetItem(Axis.Trigger, CombinationRule.Parse("T1")),
        };

        var result = TypologyEngine.Score(iraq.Id, iraq.Name, raw, edited);

        Assert.True(result[Axis.Trigger].AtCrossover);
        Assert.Null(result.Cell);
        Assert.Equal(ModelKind.Undetermined, result.Model);
        Assert.Contains(result.Flags, f => f.Contains("crossover", StringComparison.Ordinal));
    }
}
