using Willing.Reports.Validation;
using Willing.Typology.Codebook;

namespace Willing.Reports.Tests.Validation;

public sealed class AxisFindingTests
{
    private static readonly Dictionary<string, double?> Values = new(StringComparer.Ordinal)
    {
        ["A"] = 0.8, ["B"] = 0.3, ["C"] = null, ["D"] = 0.6, ["E"] = 0.3,
    };

    [Theory]
    [InlineData("and(A, B, C)", "B")]
    [InlineData("or(A, B, C)", "A")]
    [InlineData("and(A, B, E)", "B E")]
    [InlineData("index(A, C, D)", "A D")]
    [InlineData("first(C, D, A)", "D")]
    [InlineData("and(or(A, B), index(D, C))", "D")]
    [InlineData("and(C)", "")]
    public void Deciders_Rule_GivesTheTermsThatSetItsValue(string rule, string expected)
    {
        var ids = AxisFinding.Deciders(CombinationRule.Parse(rule), Values);

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), ids);
    }

    [Fact]
    public void Of_BuiltInAndAxis_NamesItsLowestDimensionAndTheIndicatorsBehindIt()
    {
        var codebook = Fixtures.BuiltIn.Codebook;
        var score = Fixtures.BuiltIn.Classifications.Select(c => c[Typology.Axis.Organization]).First(a => a.Membership is not null && a.Dimensions.Count(d => d.Membership is not null) >= 2);
        var lowest = score.Dimensions.Where(d => d.Membership is not null).MinBy(d => d.Membership)!;

        var finding = AxisFinding.Of(expected: true, score, score, codebook);

        Assert.Equal("and", finding.Rule);
        Assert.Contains(finding.Deciding, d => d.Dimension!.Id == lowest.Id);
        Assert.All(finding.Deciding, d => Assert.NotEmpty(d.Indicators));
        Assert.All(finding.Deciding.SelectMany(d => d.Indicators), i => Assert.True(i.HasData));
        Assert.Equal(score.Dimensions.Where(d => d.Membership is null).Select(d => d.Id), finding.Missing.Select(m => m.Id));
        Assert.All(finding.Missing.SelectMany(m => m.Indicators), i => Assert.False(string.IsNullOrEmpty(i.MissingReason)));
        Assert.Empty(finding.ReadingsAdd);
    }
}
