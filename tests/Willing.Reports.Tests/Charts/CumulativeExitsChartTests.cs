using System.Xml.Linq;
using Willing.Lifecycle.Cases;
using Willing.Reports.Charts;
using static Willing.Reports.Tests.Charts.SvgGeometry;

namespace Willing.Reports.Tests.Charts;

public sealed class CumulativeExitsChartTests
{
    private static Timeline Synthetic => LifecycleTimelines.Synthetic;

    private static Timeline Iraq => LifecycleTimelines.Iraq;

    private static Dictionary<string, XElement> Lines(string svg) => Classed(svg, "g", "cumulative-line").ToDictionary(g => (string)g.Attribute("data-line")!);

    private static List<XElement> Recorded(string svg) => Classed(svg, "g", "recorded-series");

    private static List<(double X, double Y)> PathOf(XElement line) => Points((string)line.Element(Svg + "path")!.Attribute("d")!);

    [Fact]
    public void ToSvg_Synthetic_FiveLines_WithTheirFinalValuesAndSteps()
    {
        string svg = new CumulativeExitsChart(Synthetic).ToSvg();

        var lines = Lines(svg);
        Assert.Equal(["members", "troop-contributors", "exits", "unilateral", "scheduled"], lines.Keys);
        Assert.Equal(["2", "2", "4", "3", "1"], lines.Values.Select(l => (string)l.Attribute("data-final")!));

        // ESP and HND leave in 2004-05, PHL in 2004-07, NZL in 2004-09.
        Assert.Equal(["3", "2", "1"], new[] { "exits", "unilateral", "scheduled" }.Select(k => (string)lines[k].Attribute("data-steps")!));
        Assert.Contains("ESP 2004-05, HND 2004-05, PHL 2004-07, NZL 2004-09", lines["exits"].Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.Equal("stroke-dasharray", lines["scheduled"].Element(Svg + "path")!.Attributes().Select(a => a.Name.LocalName).Single(n => n.StartsWith("stroke-dash", StringComparison.Ordinal)));
        Assert.Empty(Recorded(svg));
    }

    [Fact]
    public void ToSvg_TheMembersLine_IsAStepPerMonth_OnScottPlotsAxes()
    {
        string svg = new CumulativeExitsChart(Synthetic).ToSvg();
        var members = PathOf(Lines(svg)["members"]);
        var exits = PathOf(Lines(svg)["exits"]);

        // Months 0 to 23 make 24 steps: two corners each.
        Assert.Equal(2 * (Synthetic.LastMonth + 1), members.Count);

        // The overlay's zero and month 0 fall where ScottPlot drew the "0" tick and where the 2003-04 tick is.
        Assert.Equal(YTick(svg, "0").Y, exits[0].Y, 0.6);
        Assert.Equal(XTick(svg, "2003-04").X, members[2].X, 0.6);
    }

    [Fact]
    public void ToSvg_Iraq_CountsEveryExitButNotTheLeavingsThatWereNone_AndDrawsTheRecordedCountsOfMembers()
    {
        string svg = new CumulativeExitsChart(Iraq).ToSvg();

        var lines = Lines(svg);
        Assert.Equal(Iraq.Exits.Count(e => e.Kind != ExitKind.NotAnExit).ToString(System.Globalization.CultureInfo.InvariantCulture), (string)lines["exits"].Attribute("data-final")!);
        Assert.Equal(Iraq.Exits.Count(e => e.Kind == ExitKind.Unilateral).ToString(System.Globalization.CultureInfo.InvariantCulture), (string)lines["unilateral"].Attribute("data-final")!);
        Assert.Equal(Iraq.Months[^1].Members.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)lines["members"].Attribute("data-final")!);

        // The White House list and the count of troop-contributing states; the troops series is in other units.
        var recorded = Recorded(svg);
        Assert.Equal(["white-house-list-size", "troop-contributing-states"], recorded.Select(r => (string)r.Attribute("data-series")!));
        Assert.Equal([3, 2], recorded.Select(r => r.Elements(Svg + "path").Count()));
        Assert.Equal(["48", "49", "48"], recorded[0].Elements(Svg + "path").Select(p => (string)p.Attribute("data-value")!));
        Assert.Equal("2005-01-21", (string)recorded[1].Elements(Svg + "path").First().Attribute("data-date")!);
        Assert.Empty(Recorded(new CumulativeExitsChart(Iraq, recordedSeries: false).ToSvg()));

        // With the longer legend too, the overlay's zero is ScottPlot's.
        Assert.Equal(YTick(svg, "0").Y, PathOf(lines["exits"])[0].Y, 0.6);
    }

    [Fact]
    public void ToSvg_HasTitleAndDescription_AndIsTheSameEveryTime()
    {
        string svg = new CumulativeExitsChart(Iraq).ToSvg();

        Assert.Equal(svg, new CumulativeExitsChart(Iraq).ToSvg());
        var doc = XDocument.Parse(svg);
        Assert.Equal("iraq-2003: exits so far and members present", doc.Root!.Element(Svg + "title")!.Value);
        string desc = doc.Root.Element(Svg + "desc")!.Value;
        Assert.Contains($"Members present: {Iraq.Months[0].Members} in 2003-03", desc, StringComparison.Ordinal);
        Assert.Contains("Recorded white-house-list-size (member-states): 48 on 2003-03-21", desc, StringComparison.Ordinal);
        Assert.Contains("Exits so far by 2005-02: 4 (3 unilateral, 1 scheduled).", new CumulativeExitsChart(Synthetic).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPng_IsAPngOfTheChartsSize()
    {
        var chart = new CumulativeExitsChart(Iraq);

        byte[] png = chart.ToPng();

        Assert.Equal((1000, 560), Fixtures.PngSize(png));
        Assert.True(png.Length > 10_000);
    }
}
