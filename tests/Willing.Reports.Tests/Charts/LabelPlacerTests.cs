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

    [Fact]
    public void Place_LeadersAvoid_KeepsTheLeaderOffTheLine()
    {
        // Above is all taken and the four near places are blocked; a short line lies just below the point, to its right.
        var line = new LabelPlacer.Box(398, 306, 460, 307);
        var blocked = new List<LabelPlacer.Box> { new(0, 0, 800, 294), new(395, 310, 405, 320), line };

        var free = LabelPlacer.Place([(400, 300, "label")], Area, blocked, 12);
        var kept = LabelPlacer.Place([(400, 300, "label")], Area, blocked, 12, leadersAvoid: [line]);

        Assert.True(free[0].Box.Left > 400, "without the rule, the first stacked place (below, to the right) is taken, its leader across the line");
        Assert.True(kept[0].Box.Right < 400, "with it, the label goes below to the left, its leader clear of the line");
        Assert.NotNull(kept[0].LeaderFromX);
    }

    [Fact]
    public void Place_NowhereFree_TakesTheLeastOverlap()
    {
        // Everything is taken but a hole left of the point, a little narrower than the label.
        var around = new List<LabelPlacer.Box> { new(0, 0, 355, 600), new(355, 0, 800, 290), new(355, 310, 800, 600), new(395, 290, 800, 310) };

        var placed = LabelPlacer.Place([(400, 300, "label")], Area, around, 12);

        Assert.True(placed[0].Box.Right <= 400, "the hole left of the point is where the label overlaps least");
        Assert.InRange(placed[0].Box.CenterY, 299, 301);
        Assert.Null(placed[0].LeaderFromX);
    }
}
