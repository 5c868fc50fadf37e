using Willing.Typology.Codebook;

namespace Willing.Typology.Tests.Codebook;

public class CombinationRuleTests
{
    private static readonly Dictionary<string, double?> Values = new() { ["A"] = 0.8, ["B"] = 0.3, ["C"] = null, ["D"] = 0.6 };

    [Theory]
    [InlineData("A", 0.8)]
    [InlineData("and(A, B)", 0.3)]
    [InlineData("or(A, B)", 0.8)]
    [InlineData("and(A, or(B, D))", 0.6)]
    [InlineData("and(A, C)", 0.8)]
    [InlineData("index(A, B)", 0.55)]
    [InlineData("index(A: 3, B: 1)", 0.675)]
    [InlineData("index(A, C, B)", 0.55)]
    [InlineData("first(C, B, A)", 0.3)]
    [InlineData("first(or(C), D)", 0.6)]
    public void Evaluate_KnownRules_GiveExpectedMembership(string rule, double expected) =>
        Assert.Equal(expected, CombinationRule.Parse(rule).Evaluate(Values)!.Value, 12);

    [Fact]
    public void Evaluate_NoTermHasData_IsNull() => Assert.Null(CombinationRule.Parse("and(C, or(C))").Evaluate(Values));

    [Fact]
    public void Applied_ShowsValuesAndMissingData() =>
        Assert.Equal("and(A=0.80, or(B=0.30, C=–))", CombinationRule.Parse("and(A, or(B, C))").Applied(Values));

    [Fact]
    public void ToString_RoundTrips() =>
        Assert.Equal("and(H1, or(H2, H3), index(H4: 2, H5), first(C1, C3))", CombinationRule.Parse("and(H1,or(H2 ,H3), index(H4:2, H5), first(C1, C3))").ToString());

    [Theory]
    [InlineData("and(A, B", "expected ',' or ')'")]
    [InlineData("xor(A, B)", "unknown operator 'xor'")]
    [InlineData("and(A: 2, B)", "weights belong in index")]
    [InlineData("and(A) B", "unexpected text")]
    [InlineData("", "expected an indicator id")]
    [InlineData("index(A: -1)", "expected a positive weight")]
    public void Parse_BadRule_SaysWhere(string rule, string message)
    {
        var ex = Assert.Throws<FormatException>(() => CombinationRule.Parse(rule));

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AsIndex_IsTheMeanOfEveryNamedIndicator() =>
        Assert.Equal((0.8 + 0.3 + 0.6) / 3, CombinationRule.Parse("and(A, or(B, D), C)").AsIndex().Evaluate(Values)!.Value, 12);
}
