using System.Xml.Linq;
using Willing.Reports.Charts;
using Willing.Typology.Classification;

namespace Willing.Reports.Tests.Charts;

public sealed class TrajectoryChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static CaseClassification Period(string id, double? h, double? c, double? s, double? t, double? r, double? d = 0.5) =>
        Fixtures.Classification("case", h, c, s, t, r, d: d) with { Period = id, PeriodName = id.ToUpperInvariant(), PeriodSpan = $"{id}-start–{id}-end", UndatedKept = 2 };

    private static List<XElement> Sets(string svg) =>
        [.. XDocument.Parse(svg).Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "trajectory-set")];

    private static XElement Set(string svg, string letter) => Sets(svg).Single(g => (string?)g.Attribute("data-set") == letter);

    private static List<XElement> Lines(XElement set) => [.. set.Elements(Svg + "polyline")];

    private static List<string> PointPeriods(XElement set) =>
        [.. set.Elements(Svg + "path").Where(p => (string?)p.Attribute("class") == "trajectory-point").Select(p => (string)p.Attribute("data-period")!)];

    private static int PointCount(XElement polyline) => ((string)polyline.Attribute("points")!).Split(' ').Length;

    [Fact]
    public void ToSvg_EverySetMeasured_HasOnePolylinePerSetThroughEveryPeriod()
    {
        var chart = new TrajectoryChart("t", "Trajectory", [Period("p1", 0.9, 0.8, 0.7, 0.6, 0.5), Period("p2", 0.1, 0.2, 0.3, 0.4, 0.5), Period("p3", 0.9, 0.1, 0.9, 0.1, 0.9)]);

        string svg = chart.ToSvg();

        Assert.Equal(["H", "C", "S", "T", "R", "D"], Sets(svg).Select(g => (string)g.Attribute("data-set")!));
        Assert.All(Sets(svg), set =>
        {
            var line = Assert.Single(Lines(set));
            Assert.Equal(3, PointCount(line));
            Assert.Equal(["p1", "p2", "p3"], PointPeriods(set));
        });
    }

    [Fact]
    public void ToSvg_SetUndeterminedInAPeriod_BreaksItsLineThereAndHasNoPoint()
    {
        var chart = new TrajectoryChart("t", "Trajectory",
        [
            Period("p1", 0.9, 0.8, 0.7, 0.6, 0.5),
            Period("p2", 0.9, 0.8, 0.7, 0.6, 0.5),
            Period("p3", 0.9, 0.8, null, 0.6, 0.5),
            Period("p4", 0.9, 0.8, 0.7, 0.6, 0.5),
            Period("p5", 0.9, 0.8, 0.7, 0.6, null),
        ]);

        string svg = chart.ToSvg();

        var s = Set(svg, "S");
        Assert.Equal([2, 2], Lines(s).Select(PointCount));
        Assert.Equal(["p1", "p2", "p4", "p5"], PointPeriods(s));
        var r = Set(svg, "R");
        Assert.Equal(4, PointCount(Assert.Single(Lines(r))));
        Assert.DoesNotContain("p5", PointPeriods(r));
        Assert.Equal(5, PointCount(Assert.Single(Lines(Set(svg, "H")))));
        Assert.Contains("S actorness (undetermined: p3)", Fixtures.SvgTexts(svg));
        Assert.Contains("p3 undetermined", s.Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSvg_SetMeasuredInOnePeriodOnly_IsAPointWithoutALine()
    {
        var chart = new TrajectoryChart("t", "Trajectory", [Period("p1", 0.9, null, 0.7, 0.6, 0.5), Period("p2", 0.9, 0.3, 0.7, 0.6, 0.5), Period("p3", 0.9, null, 0.7, 0.6, 0.5)]);

        var c = Set(chart.ToSvg(), "C");

        Assert.Empty(Lines(c));
        Assert.Equal(["p2"], PointPeriods(c));
    }

    [Fact]
    public void ToSvg_LabelsEachPeriodWithItsIdAndSpan_AndDescribesEveryMembership()
    {
        var chart = new TrajectoryChart("t", "Trajectory", [Period("p1", 0.9, 0.8, 0.7, 0.6, 0.5), Period("p2", 0.1, null, 0.3, 0.4, 0.5)]);

        string svg = chart.ToSvg();
        var texts = Fixtures.SvgTexts(svg);

        Assert.Contains(texts, t => t.Contains("p1", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("p2-start–p2-end", StringComparison.Ordinal));
        var doc = XDocument.Parse(svg);
        Assert.Equal("Trajectory", doc.Root!.Element(Svg + "title")!.Value);
        string desc = doc.Root.Element(Svg + "desc")!.Value;
        Assert.Contains("C motivation: p1 0.80, p2 undetermined.", desc, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSvg_IsTheSameEveryTime()
    {
        CaseClassification[] periods = [Period("p1", 0.9, 0.8, 0.7, 0.6, 0.5), Period("p2", 0.1, null, 0.3, 0.4, 0.5)];

        string first = new TrajectoryChart("t", "Trajectory", periods).ToSvg();

        Assert.Equal(first, new TrajectoryChart("t", "Trajectory", periods).ToSvg());
        Assert.Equal(first, new TrajectoryChart("t", "Trajectory", periods).ToSvg());
    }

    [Fact]
    public void ToPng_IsAPngOfTheRequestedSize()
    {
        var chart = new TrajectoryChart("t", "Trajectory", [Period("p1", 0.9, 0.8, 0.7, 0.6, 0.5), Period("p2", 0.1, null, 0.3, 0.4, 0.5)]);

        Assert.Equal((800, 400), Fixtures.PngSize(chart.ToPng(800, 400)));
    }

    [Fact]
    public void Constructor_NoPeriods_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TrajectoryChart("t", "Trajectory", []));
    }

    [Fact]
    public void Constructor_BandOutsideTheUnitInterval_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrajectoryChart("t", "Trajectory", [Period("p1", 0.9, 0.8, 0.7, 0.6, 0.5)], (0.6, 0.4)));
    }
}
