using System.Xml.Linq;
using Willing.Reports.Charts;
using static Willing.Reports.Tests.Charts.SvgGeometry;

namespace Willing.Reports.Tests.Charts;

public sealed class RetentionChartTests
{
    // Two made-up groups, as an estimator would give them: the start, then a value at each exit time.
    private static RetentionCurve Due() => new(
        "election due",
        [0, 5, 9, 14, 27],
        [1, 0.9, 0.75, 0.5, 0.25],
        [1, 0.7, 0.5, 0.25, 0.05],
        [1, 1, 0.95, 0.8, 0.6],
        [12, 30]);

    private static RetentionCurve NotDue() => new(
        "no election due",
        [0, 8, 24, 52],
        [1, 0.95, 0.85, 0.6],
        [1, 0.8, 0.65, 0.35],
        [1, 1, 0.98, 0.85],
        [15, 30, 60, 66, 80]);

    private static List<XElement> Curves(string svg) => Classed(svg, "g", "retention-curve");

    private static List<XElement> Within(XElement curve, string cls) =>
        [.. curve.Elements(Svg + "path").Where(p => ((string?)p.Attribute("class")) == cls)];

    [Fact]
    public void ToSvg_TwoGroups_ACurveEach_WithItsBandStepsAndCensorMarks()
    {
        string svg = new RetentionChart([Due(), NotDue()]).ToSvg();

        var curves = Curves(svg);
        Assert.Equal(["election due", "no election due"], curves.Select(c => (string)c.Attribute("data-curve")!));
        Assert.Equal(["5", "4"], curves.Select(c => (string)c.Attribute("data-points")!));
        Assert.Equal([2, 5], curves.Select(c => Within(c, "retention-censor").Count));
        Assert.Equal(["15", "30", "60", "66", "80"], Within(curves[1], "retention-censor").Select(p => (string)p.Attribute("data-time")!));
        Assert.All(curves, c => Assert.Single(Within(c, "retention-band")));
        Assert.All(curves, c => Assert.Single(Within(c, "retention-step")));
        Assert.NotEqual((string)Within(curves[0], "retention-step")[0].Attribute("stroke")!, (string)Within(curves[1], "retention-step")[0].Attribute("stroke")!);
    }

    [Fact]
    public void ToSvg_TheStepsAreRightContinuous_AndRunOnToTheLastCensoring()
    {
        string svg = new RetentionChart([Due()]).ToSvg();

        var points = Points((string)Within(Curves(svg)[0], "retention-step")[0].Attribute("d")!);

        // (0, 1) (5, 1) (5, 0.9) (9, 0.9) (9, 0.75) … (27, 0.5) (27, 0.25) (30, 0.25): flat, then straight down.
        Assert.Equal(10, points.Count);
        for (int i = 1; i < points.Count; i++)
            Assert.True(i % 2 == 1 ? points[i].Y == points[i - 1].Y : points[i].X == points[i - 1].X, $"segment {i} is neither flat nor vertical in turn");
        Assert.Equal(YTick(svg, "0.5").Y, points[7].Y, 0.6);
        Assert.Equal(YTick(svg, "1").Y, points[0].Y, 0.6);
        Assert.Equal(XTick(svg, "0").X, points[0].X, 0.6);
    }

    [Fact]
    public void ToSvg_ACensorMarkSitsOnTheCurveAtItsTime()
    {
        string svg = new RetentionChart([Due()]).ToSvg();
        var curve = Curves(svg)[0];
        var steps = Points((string)Within(curve, "retention-step")[0].Attribute("d")!);

        // Censored at 12, where the curve is 0.75 (from 9 until 14): the mark's horizontal stroke is at that step's height.
        var mark = Points((string)Within(curve, "retention-censor")[0].Attribute("d")!);
        Assert.Equal(steps[4].Y, mark[0].Y, 0.01);
        Assert.True(mark[0].X < steps[5].X && mark[1].X > steps[4].X);
    }

    [Fact]
    public void ToSvg_AnUndefinedBound_BreaksTheBandThere()
    {
        var curve = Due() with { Low = [1, 0.7, double.NaN, 0.25, 0.05] };

        var bands = Within(Curves(new RetentionChart([curve]).ToSvg())[0], "retention-band");

        Assert.Equal(2, bands.Count);
    }

    [Fact]
    public void Constructor_CopiesTheCurves_SoLaterChangesDoNotReachTheChart()
    {
        var curve = Due();
        var chart = new RetentionChart([curve]);
        string before = new RetentionChart([Due()]).ToSvg();

        curve.Survival[1] = 0.1;

        Assert.Equal(before, chart.ToSvg());
    }

    [Fact]
    public void Constructor_MalformedCurves_Throw()
    {
        Assert.Throws<ArgumentException>(() => new RetentionChart([]));
        Assert.Throws<ArgumentException>(() => new RetentionChart([Due() with { Survival = [1, 0.9] }]));
        Assert.Throws<ArgumentException>(() => new RetentionChart([Due() with { Time = [0, 5, 4, 14, 27] }]));
        Assert.Throws<ArgumentException>(() => new RetentionChart([Due() with { Survival = [1, 1.2, 0.75, 0.5, 0.25] }]));
        Assert.Throws<ArgumentException>(() => new RetentionChart([Due() with { High = [1, 1, 0.95, 0.8, 1.5] }]));
        Assert.Throws<ArgumentException>(() => new RetentionChart([Due() with { Time = [], Survival = [], Low = [], High = [] }]));
    }

    [Fact]
    public void ToSvg_HasTitleDescriptionAndLabels_AndIsTheSameEveryTime()
    {
        var chart = new RetentionChart([Due(), NotDue()], name: "retention-test", title: "Retention by election", xLabel: "months since joining", bandLabel: "95% band");

        string svg = chart.ToSvg();

        Assert.Equal(svg, new RetentionChart([Due(), NotDue()], name: "retention-test", title: "Retention by election", xLabel: "months since joining", bandLabel: "95% band").ToSvg());
        var doc = XDocument.Parse(svg);
        Assert.Equal("Retention by election", doc.Root!.Element(Svg + "title")!.Value);
        string desc = doc.Root.Element(Svg + "desc")!.Value;
        Assert.Contains("election due: 1 at 0, 0.25 at 30; the median is reached at 14; 2 censored.", desc, StringComparison.Ordinal);
        Assert.Contains("no election due: 1 at 0, 0.6 at 80; the median is not reached", desc, StringComparison.Ordinal);
        var texts = Fixtures.SvgTexts(svg);
        Assert.Contains("share still in the coalition", texts);
        Assert.Contains("months since joining", texts);
        Assert.Contains("shaded: 95% band", texts);
        Assert.Contains("no election due", texts);
    }

    [Fact]
    public void ToPng_IsAPngOfTheRequestedSize()
    {
        var chart = new RetentionChart([Due(), NotDue()]);

        byte[] png = chart.ToPng(700, 400);

        Assert.Equal((700, 400), Fixtures.PngSize(png));
        Assert.True(png.Length > 5_000);
    }
}
