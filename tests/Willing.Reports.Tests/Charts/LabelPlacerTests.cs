using Willing.Reports.Charts;

namespace Willing.Reports.Tests.Charts;

public sealed class LabelPlacerTests
{
    private static readonly LabelPlacer.Box Area = new(0, 0, 800, 600);

    [Fact]
    public void Place_CrowdedPoints_LabelsDoNotOverlap()
    {
        var points = Enumerable.Range(0, 7).Select(i => (X: 100.0 + (i * 3), Y: 500.0 - (i * 2), Text: $"case-number-{i}")).ToList();

        var placed = LabelPlacer.Place(points, Area, [], 12);

        for (int i = 0; i < placed.Count; i++)
        {
            Assert.True(placed[i].Box.Inside(Area));
            for (int j = i + 1; j < placed.Count; j++)
                Assert.False(placed[i].Box.Intersects(placed[j].Box), $"labels {i} and {j} overlap");
        }
    }

    [Fact]
    public void Place_LonePoint_GoesBesideItWithoutALeader()
    {
        var placed = LabelPlacer.Place([(400, 300, "alone")], Area, [], 12);

        Assert.Null(placed[0].LeaderFromX);
        Assert.True(placed[0].Box.Left > 400);
        Assert.InRange(placed[0].Box.CenterY, 299, 301);
    }

    [Fact]
    public void Place_AvoidsObstacles()
    {
        var obstacle = new LabelPlacer.Box(405, 280, 600, 320);

        var placed = LabelPlacer.Place([(400, 300, "blocked")], Area, [obstacle], 12);

        Assert.False(placed[0].Box.Intersects(obstacle));
    }
}
