using System.Xml.Linq;
using Willing.Lifecycle.Cases;
using Willing.Reports.Charts;
using static Willing.Reports.Tests.Charts.SvgGeometry;

namespace Willing.Reports.Tests.Charts;

public sealed class AnalysisChartTests
{
    private static readonly MonthClock Clock = new(1997, 12);

    private static List<FanChartStep> Steps() =>
        [.. Enumerable.Range(0, 13).Select(m => new FanChartStep(m, 10 * m, (10 * m) - 5, (10 * m) + 5, (10 * m) - 10, (10 * m) + 10, (10 * m) - 15, (10 * m) + 15))];

    [Fact]
    public void FanChart_BandsMedianAndObservedMarkers_Nested_WithAccessibleText()
    {
        var chart = new FanChart(Steps(), [new FanChartObserved(0, 3), new FanChartObserved(12, 58)], Clock, name: "fan-test", title: "States parties", yLabel: "states parties", observedLabel: "observed (Landmine Monitor)");
        string svg = chart.ToSvg();
        var doc = XDocument.Parse(svg);
        Assert.Equal("States parties", doc.Root!.Element(Svg + "title")!.Value);
        string desc = doc.Root.Element(Svg + "desc")!.Value;
        Assert.Contains("median 0 (95 % band -15–15) at the start, 120 (95 % band 105–135) at the end", desc, StringComparison.Ordinal);
        Assert.Contains("1997-12 3, 1998-12 58", desc, StringComparison.Ordinal);

        var bands = Classed(svg, "path", "fan-band");
        Assert.Equal(["95", "80", "50"], bands.Select(b => (string)b.Attribute("data-band")!));
        Assert.All(bands, b => Assert.Equal(26, Points((string)b.Attribute("d")!).Count));
        // At the last step the 95 % band's top is above the 80 %'s, which is above the 50 %'s (smaller y is higher).
        var tops = bands.Select(b => Points((string)b.Attribute("d")!)[12].Y).ToList();
        Assert.True(tops[0] < tops[1] && tops[1] < tops[2]);
        var median = Points((string)Classed(svg, "path", "fan-median").Single().Attribute("d")!);
        Assert.Equal(13, median.Count);
        Assert.True(median[12].Y > tops[2]);
        var observed = Classed(svg, "path", "fan-observed");
        Assert.Equal(["0", "12"], observed.Select(o => (string)o.Attribute("data-month")!));
        Assert.Equal(["3", "58"], observed.Select(o => (string)o.Attribute("data-value")!));
        Assert.Contains("observed (Landmine Monitor), 1998-12: 58", observed[1].Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.Equal(svg, new FanChart(Steps(), [new FanChartObserved(0, 3), new FanChartObserved(12, 58)], Clock, name: "fan-test", title: "States parties", yLabel: "states parties", observedLabel: "observed (Landmine Monitor)").ToSvg());
        Assert.True(chart.ToPng().Length > 1000);
    }

    [Fact]
    public void FanChart_BandsNotNestedOrMonthsOutOfOrder_Throw()
    {
        Assert.Throws<ArgumentException>(() => new FanChart([], [], Clock));
        Assert.Throws<ArgumentException>(() => new FanChart([new FanChartStep(0, 5, 6, 7, 4, 8, 3, 9)], [], Clock));
        Assert.Throws<ArgumentException>(() => new FanChart([new FanChartStep(1, 5, 5, 5, 5, 5, 5, 5), new FanChartStep(0, 5, 5, 5, 5, 5, 5, 5)], [], Clock));
    }

    [Fact]
    public void DistributionChart_ABarPerBin_HeightsInProportion_AndTheNoteInTheDescription()
    {
        var chart = new DistributionChart([new(0, 1, 2), new(1, 2, 4), new(2, 3, 1)], "members at the last month", note: "3 of 10 runs never reached 50", name: "dist-test", title: "Final size");
        string svg = chart.ToSvg();
        var bars = Classed(svg, "path", "distribution-bar");
        Assert.Equal(["2", "4", "1"], bars.Select(b => (string)b.Attribute("data-count")!));
        double Height(XElement b)
        {
            var p = Points((string)b.Attribute("d")!);
            return p[0].Y - p[1].Y;
        }

        Assert.Equal(2 * Height(bars[0]), Height(bars[1]), 0.05);
        var doc = XDocument.Parse(svg);
        Assert.Equal("Final size", doc.Root!.Element(Svg + "title")!.Value);
        Assert.Contains("over 7 runs", doc.Root.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
        Assert.Contains("3 of 10 runs never reached 50", doc.Root.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new DistributionChart([new(1, 1, 2)], "x"));
        Assert.Throws<ArgumentException>(() => new DistributionChart([new(0, 2, 1), new(1, 3, 1)], "x"));
    }

    [Fact]
    public void SensitivityChart_TwoBarsPerParameter_WithIntervals()
    {
        var chart = new SensitivityChart(
            [new("rate", 0.8, 0.75, 0.85, 0.9, 0.85, 0.95), new("noise", 0, double.NaN, double.NaN, 0.02, 0, 0.04)],
            name: "sobol-test", metric: "the final mean number of members", intervalLabel: "95 % bootstrap interval");
        string svg = chart.ToSvg();
        var groups = Classed(svg, "g", "sensitivity-parameter");
        Assert.Equal(["rate", "noise"], groups.Select(g => (string)g.Attribute("data-parameter")!));
        var bars = Classed(svg, "path", "sensitivity-bar");
        Assert.Equal(["S1", "ST", "S1", "ST"], bars.Select(b => (string)b.Attribute("data-index")!));
        Assert.Equal(["0.8", "0.9", "0", "0.02"], bars.Select(b => (string)b.Attribute("data-value")!));
        // The noise parameter's S1 has no interval: three whiskers in all.
        Assert.Equal(3, Classed(svg, "path", "sensitivity-interval").Count);
        string desc = XDocument.Parse(svg).Root!.Element(Svg + "desc")!.Value;
        Assert.Contains("rate S1 0.8 [0.75, 0.85], ST 0.9 [0.85, 0.95]; noise S1 0, ST 0.02 [0, 0.04]", desc, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new SensitivityChart([]));
    }
}
