using Willing.Typology.Classification;

namespace Willing.Typology.Tests.Classification;

public class PropertyCellTests
{
    [Fact]
    public void All_HasThirtyTwoDistinctCellsWithTwoPureModelsEach()
    {
        Assert.Equal(32, PropertyCell.All.Select(c => c.Code).Distinct().Count());
        Assert.Equal(["11110", "11111"], PropertyCell.All.Where(c => c.Model == ModelKind.One).Select(c => c.Code));
        Assert.Equal(["00000", "00001"], PropertyCell.All.Where(c => c.Model == ModelKind.Two).Select(c => c.Code));
        Assert.Equal("hierarchical, normative, state-centric, crisis-driven; through institutions", PropertyCell.All.Single(c => c.Code == "10110").Name);
        Assert.Equal("model one, circumventing institutions", PropertyCell.All.Single(c => c.Code == "11111").Name);
    }

    [Fact]
    public void Corner_IsTheFirstFourDigits()
    {
        Assert.True(PropertyCell.TryParse("10111", out var cell));
        Assert.Equal(("1011", "10111", ModelKind.Hybrid), (cell.Corner, cell.Code, cell.Model));
        Assert.False(PropertyCell.TryParse("1011", out _));
        Assert.True(PropertyCell.IsCorner("1011"));
    }

    /// <summary>Property (theory note §2.5): with no set at 0.5, exactly one cell has membership above 0.5, the one the sets round to.</summary>
    [Fact]
    public void MembershipOf_RandomProfilesOffTheCrossover_ExactlyOneCellAboveHalf()
    {
        var random = new Random(20051001);
        for (int n = 0; n < 5000; n++)
        {
            double[] m = [.. Enumerable.Range(0, 5).Select(_ => random.NextDouble())];
            if (m.Any(x => Math.Abs(x - 0.5) < 1e-12))
                continue;

            var above = PropertyCell.All.Where(c => c.MembershipOf(m[0], m[1], m[2], m[3], m[4]) > 0.5).ToList();

            var cell = Assert.Single(above);
            Assert.Equal(new PropertyCell(m[0] > 0.5, m[1] > 0.5, m[2] > 0.5, m[3] > 0.5, m[4] > 0.5), cell);
        }
    }

    [Fact]
    public void MembershipOf_ASetAtTheCrossover_NoCellAboveHalf()
    {
        Assert.DoesNotContain(PropertyCell.All, c => c.MembershipOf(0.9, 0.5, 0.1, 0.8, 0.9) > 0.5);
        Assert.DoesNotContain(PropertyCell.All, c => c.MembershipOf(0.9, 0.9, 0.1, 0.8, 0.5) > 0.5);
    }
}
