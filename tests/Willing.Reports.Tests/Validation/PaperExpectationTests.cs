using Willing.Core.Model;
using Willing.Reports.Validation;
using Willing.Typology;

namespace Willing.Reports.Tests.Validation;

public sealed class PaperExpectationTests
{
    [Theory]
    [InlineData(CooperPlacement.ModelOne, "1111x")]
    [InlineData(CooperPlacement.ModelTwo, "0000x")]
    [InlineData(CooperPlacement.Hybrid, "10110")]
    [InlineData(CooperPlacement.Antecedent, "1111x")]
    public void Of_Placement_GivesTheCellAnExpertReadingExpects(CooperPlacement placement, string code)
    {
        var expected = PaperExpectation.Of(placement);

        Assert.NotNull(expected);
        Assert.Equal(code, expected.Code);
    }

    [Fact]
    public void Of_CounterCoalition_HasNoExpectation()
    {
        Assert.Null(PaperExpectation.Of(CooperPlacement.CounterCoalition));
    }

    [Fact]
    public void Judge_EverySetOnTheExpectedSide_Agrees()
    {
        var hybrid = PaperExpectation.Of(CooperPlacement.Hybrid)!;

        Assert.Equal(ValidationVerdict.Agree, hybrid.Judge(Fixtures.Classification("c", 0.8, 0.2, 0.9, 0.7, 0.1)));
    }

    [Fact]
    public void Judge_ModelOne_LeavesROpen()
    {
        var one = PaperExpectation.Of(CooperPlacement.ModelOne)!;

        Assert.Equal(ValidationVerdict.Agree, one.Judge(Fixtures.Classification("c", 0.8, 0.9, 0.9, 0.7, null)));
        Assert.Equal(ValidationVerdict.Agree, one.Judge(Fixtures.Classification("c", 0.8, 0.9, 0.9, 0.7, 0.1)));
    }

    [Fact]
    public void Judge_HybridWithRAboveTheCrossover_DisagreesOnROnly()
    {
        var hybrid = PaperExpectation.Of(CooperPlacement.Hybrid)!;
        var kosovoLike = Fixtures.Classification("c", 0.8, 0.2, 0.9, 0.7, 0.67);

        Assert.Equal(ValidationVerdict.Disagree, hybrid.Judge(kosovoLike));
        Assert.Equal([Axis.Institutions], hybrid.Departures(kosovoLike));
    }

    [Fact]
    public void Judge_ASetOnTheOtherSide_DisagreesEvenWithAnotherUndetermined()
    {
        var two = PaperExpectation.Of(CooperPlacement.ModelTwo)!;
        var c = Fixtures.Classification("c", null, 0.2, 0.9, 0.1, 0.1);

        Assert.Equal(ValidationVerdict.Disagree, two.Judge(c));
        Assert.Equal([Axis.Organization, Axis.Actorness], two.Departures(c));
    }

    [Fact]
    public void Judge_OnlyUndeterminedOrAtTheCrossover_IsUndetermined()
    {
        var two = PaperExpectation.Of(CooperPlacement.ModelTwo)!;

        Assert.Equal(ValidationVerdict.Undetermined, two.Judge(Fixtures.Classification("c", null, 0.2, 0.1, 0.1, 0.9)));
        Assert.Equal(ValidationVerdict.Undetermined, two.Judge(Fixtures.Classification("c", 0.5, 0.2, 0.1, 0.1, 0.9)));
    }
}
