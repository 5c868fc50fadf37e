using Willing.Typology.Sets;

namespace Willing.Typology.Tests.Sets;

public class SetExpressionTests
{
    private static readonly Dictionary<string, double> M = new() { ["A"] = 0.8, ["B"] = 0.3, ["C"] = 0.6 };

    [Theory]
    [InlineData("A", 0.8)]
    [InlineData("~A", 0.2)]
    [InlineData("A*B", 0.3)]
    [InlineData("A*~B", 0.7)]
    [InlineData("A*~B + C", 0.7)]
    [InlineData("B + C", 0.6)]
    [InlineData("~(A + C)", 0.2)]
    [InlineData("~~B", 0.3)]
    [InlineData("A * ( B + C )", 0.6)]
    public void Evaluate_QcaNotation_UsesMinMaxAndComplement(string expression, double expected) =>
        Assert.Equal(expected, SetExpression.Parse(expression).Evaluate(M), 12);

    [Fact]
    public void Sets_ListsEveryNameOnce() => Assert.Equal(["A", "B", "C"], SetExpression.Parse("A*~B + C*A").Sets);

    [Theory]
    [InlineData("A*", "expected a set name")]
    [InlineData("(A + B", "expected ')'")]
    [InlineData("A B", "unexpected 'B'")]
    public void Parse_Malformed_SaysWhere(string expression, string message) =>
        Assert.Contains(message, Assert.Throws<FormatException>(() => SetExpression.Parse(expression)).Message, StringComparison.Ordinal);

    [Fact]
    public void Evaluate_UnknownSet_Throws() => Assert.Throws<KeyNotFoundException>(() => SetExpression.Parse("D").Evaluate(M));
}
