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

    [Fact]
    public void Classify_Model_IsReadFromTheFourAxisCornerAndTheCellAddsR()
    {
        foreach (var coalition in Base.Value.Coalitions)
        {
            var result = Engine.Classify(coalition);
            if (result.Cell is not { } cell)
                continue;

            Assert.Equal(5, cell.Code.Length);
            Assert.Equal(result[Axis.Institutions].Membership > 0.5, cell.R);
            Assert.Equal(cell.Corner switch { "1111" => ModelKind.One, "0000" => ModelKind.Two, _ => ModelKind.Hybrid }, result.Model);
        }
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
                if (axis.Indicators.All(i => i.HasData && i.Interval is null) && axis.Membership is { } full)
                {
                    Assert.Equal(full, axis.Low, 12);
                    Assert.Equal(full, axis.High, 12);
                }

                if (axis.Indicators.All(i => !i.HasData))
                    Assert.True(axis.Low == 0 && axis.High == 1, $"{coalition.Id} {axis.Axis}: no data must leave the whole range open");
                if (axis.Measured < axis.MinMeasured)
                    Assert.Null(axis.Membership);
            }
        }
    }

    [Fact]
    public void Classify_MembershipInsideTheBand_IsFlaggedIndeterminateButStillPlaced()
    {
        // ISAF's motivation rests on few joiners' statements and sits just above the crossover.
        var isaf = Classify("isaf-afghanistan");
        var c = isaf[Axis.Motivation];

        Assert.InRange(c.Membership!.Value, 0.55, 0.6);
        Assert.True(c.Indeterminate);
        Assert.Contains("indeterminate:motivation", isaf.Flags);
        var narrow = new TypologyEngine(CodebookReader.BuiltIn() with { IndeterminacyBand = (0.45, 0.55) }).Classify(Base.Value.Find("isaf-afghanistan")!);
        Assert.False(narrow[Axis.Motivation].Indeterminate);
    }

    [Theory]
    [InlineData("kosovo-1999")]
    [InlineData("interfet-1999")]
    [InlineData("isaf-afghanistan")]
    public void Classify_ByDefault_LeavesOutThePapersReadings(string id)
    {
        // These cases carry justifications that are the paper's glosses: by default none of them is evidence.
        var coalition = Base.Value.Find(id)!;
        var seed = new Willing.Core.Model.SourceId("seed");

        var c3 = Engine.Classify(coalition)[Axis.Motivation].Indicators.Single(i => i.Id == "C3");
        var withReadings = ReadingsEngine.Classify(coalition)[Axis.Motivation].Indicators.Single(i => i.Id == "C3");

        Assert.True(Willing.Core.Sources.Readings.Count(coalition) > 0);
        Assert.DoesNotContain(c3.Evidence, e => e.Sources.Length > 0 && e.Sources.All(s => s == seed));
        Assert.True(withReadings.Evidence.Length >= c3.Evidence.Length);
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
            // Indeterminacy is measured on the four-axis corner, R left out.
            var m = AxisInfo.Core.Select(a => result[a].Membership!.Value).ToArray();
            Assert.Equal(1 - result.Cell.Value.CornerMembershipOf(m[0], m[1], m[2], m[3]), result.Indeterminacy!.Value, 12);
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
        var arms = Classify("small-arms");

        var c1 = arms[Axis.Motivation].Indicators.Single(i => i.Id == "C1");
        Assert.False(c1.HasData);
        Assert.Contains("no inducement", c1.MissingReason, StringComparison.Ordinal);
        Assert.Contains("C-mat=–", arms[Axis.Motivation].Applied, StringComparison.Ordinal);
        Assert.Contains("C1=–", arms[Axis.Motivation].Dimensions.Single(d => d.Id == "C-mat").Applied, StringComparison.Ordinal);
        Assert.NotNull(arms[Axis.Motivation].Membership);
        // The missing dimension opens the bounds: filled at 1, the OR would be 1.
        Assert.Equal(1, arms[Axis.Motivation].High, 12);
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

        Assert.Contains(result[Axis.Organization].Indicators, i => !i.HasData);
        Assert.True(result[Axis.Actorness].Membership < 0.5, "an NGO network coordinating the campaign makes it mixed-actor");
        // Its only justification is the leader's, which does not count, and no inducement is recorded.
        Assert.Null(result[Axis.Motivation].Membership);
        Assert.Equal(ModelKind.Undetermined, result.Model);
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
            Dimensions = [.. codebook.Dimensions.Where(d => d.Axis != Axis.Trigger)],
            Rules = codebook.Rules.SetItem(Axis.Trigger, CombinationRule.Parse("T1")),
        };

        var result = TypologyEngine.Score(iraq.Id, iraq.Name, raw, edited);

        Assert.True(result[Axis.Trigger].AtCrossover);
        Assert.Null(result.Cell);
        Assert.Equal(ModelKind.Undetermined, result.Model);
        Assert.Contains("indeterminate:trigger", result.Flags);
    }
}
