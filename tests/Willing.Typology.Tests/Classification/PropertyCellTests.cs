using Willing.Typology.Classification;

namespace Willing.Typology.Tests.Classification;

public class PropertyCellTests
{
    [Fact]
    public void All_HasSixteenDistinctCellsWithTwoPureModels()
    {
        Assert.Equal(16, PropertyCell.All.Select(c => c.Code).Distinct().Count());
        Assert.Single(PropertyCell.All, c => c.Model == ModelKind.One);
        Assert.Single(PropertyCell.All, c => c.Model == ModelKind.Two);
        Assert.Equal("hierarchical, normative, state-centric, crisis-driven", PropertyCell.All.Single(c => c.Code == "1011").Name);
    }

    /// <summary>Property (theory note §2.5): with no axis at 0.5, exactly one corner has membership above 0.5, the one the axes round to.</summary>
    [Fact]
    public void MembershipOf_RandomProfilesOffTheCrossover_ExactlyOneCornerAboveHalf()
    {
        var random = new Random(20051001);
        for (int n = 0; n < 5000; n++)
        {
            double[] m = [.. Enumerable.Range(0, 4).Select(_ => random.NextDouble())];
            if (m.Any(x => Math.Abs(x - 0.5) < 1e-12))
                continue;

            var above = PropertyCell.All.Where(c => c.MembershipOf(m[0], m[1], m[2], m[3]) > 0.5).ToList();

            var cell = Assert.Single(above);
            Assert.Equal(new PropertyCell(m[0] > 0.5, m[1] > 0.5, m[2] > 0.5, m[3] > 0.5), cell);
        }
    }

    [Fact]
    public void MembershipOf_AnAxisAtTheCrossover_NoCornerAboveHalf() =>
        Assert.DoesNotContain(PropertyCell.All, c => c.MembershipOf(0.9, 0.5, 0.1, 0.8) > 0.5);
}
