using Willing.Qca.Diagnostics;

namespace Willing.Qca.Tests;

public sealed class DiagnosticsTests
{
    [Fact]
    public void Classify_DevForSurvival_TypesEveryFuzzyLipsetCase()
    {
        var typology = CaseDiagnostics.Classify(Lipset.Fuzzy, "DEV", "SURV");

        Assert.Equal(["CZ", "FI", "IE", "SE"], typology.Typical.AsEnumerable()); // SE: 0.95 ≤ 0.95
        Assert.Equal(["BE", "FR", "NL", "UK"], typology.DeviantConsistencyInDegree.AsEnumerable());
        Assert.Equal(["AU", "DE"], typology.DeviantConsistency.AsEnumerable());
        Assert.Empty(typology.DeviantCoverage);
        Assert.Equal(["EE", "GR", "HU", "IT", "PL", "PT", "RO", "ES"], typology.Of(CaseType.IndividuallyIrrelevant).AsEnumerable());
        Assert.Equal(18, typology.Cases.Length);
    }

    [Fact]
    public void Classify_Urbanisation_FindsTheCoverageDeviants()
    {
        var typology = CaseDiagnostics.Classify(Lipset.Fuzzy, "URB", "SURV");

        Assert.Equal(["FI", "FR", "IE", "SE"], typology.DeviantCoverage.AsEnumerable());
        Assert.Equal(["DE"], typology.DeviantConsistency.AsEnumerable());
    }

    [Theory]
    [InlineData(0.5, 0.9, CaseType.AtCrossover)]
    [InlineData(0.9, 0.5, CaseType.AtCrossover)]
    [InlineData(0.6, 0.6, CaseType.Typical)]
    [InlineData(0.7, 0.6, CaseType.DeviantConsistencyInDegree)]
    [InlineData(0.7, 0.4, CaseType.DeviantConsistencyInKind)]
    [InlineData(0.4, 0.7, CaseType.DeviantCoverage)]
    [InlineData(0.4, 0.3, CaseType.IndividuallyIrrelevant)]
    public void TypeOf_FollowsTheRegionsOfTheXYPlot(double x, double y, CaseType expected)
    {
        Assert.Equal(expected, CaseDiagnostics.TypeOf(x, y));
    }

    [Fact]
    public void Skewness_FlagsSetsWithTooFewOrTooManyMembers()
    {
        var checks = Skewness.Check(Lipset.Fuzzy, ["DEV", "DEV*URB*~STB", "LIT + STB"]);

        Assert.Equal([10, 1, 15], checks.Select(c => c.Members));
        Assert.Equal([false, true, true], checks.Select(c => c.Skewed));
        Assert.Null(checks[0].Warning);
        Assert.StartsWith("only 1 of 18 cases (5.6 %) are members of DEV*URB*~STB", checks[1].Warning, StringComparison.Ordinal);
        Assert.StartsWith("15 of 18 cases (83.3 %)", checks[2].Warning, StringComparison.Ordinal);
        Assert.False(Skewness.Check(Lipset.Fuzzy, ["DEV*URB*~STB"], low: 0.05)[0].Skewed);
        Assert.Throws<QcaException>(() => Skewness.Check(Lipset.Fuzzy, ["DEV"], 0.9, 0.1));
    }

    [Fact]
    public void SimultaneousSubsets_FlagsAnExpressionSufficientForTheOutcomeAndItsNegation()
    {
        // ~DEV*URB: inclS 0.7207 for SURV and 0.8268 for ~SURV (computed from the formula).
        var flagged = SimultaneousSubsets.Check(Lipset.Fuzzy, "~DEV*URB", "SURV", 0.7);
        var clear = SimultaneousSubsets.Check(Lipset.Fuzzy, "~DEV*URB", "SURV", 0.75);

        Assert.True(flagged.SubsetOfBoth);
        Assert.Equal(0.720670, flagged.InclS!.Value, 6);
        Assert.Equal(0.826816, flagged.InclSNegatedOutcome!.Value, 6);
        Assert.Contains("simultaneous subset relation", flagged.Warning, StringComparison.Ordinal);
        Assert.False(clear.SubsetOfBoth);
        Assert.Null(clear.Warning);
    }

    [Fact]
    public void SimultaneousSubsets_FlagsAnExpressionWhoseNegationIsAlsoSufficient()
    {
        var data = ParametersOfFitTests.Table(("X", [0.8, 0.2, 0.6, 0.3]), ("Y", [0.9, 0.9, 0.9, 0.9]));

        var check = SimultaneousSubsets.Check(data, "X", "Y");

        Assert.True(check.NegationAlsoSufficient);
        Assert.False(check.SubsetOfBoth);
        Assert.Equal(1, check.InclSNegatedExpression);
        Assert.Contains("near-universal", check.Warning, StringComparison.Ordinal);
    }
}
