using Willing.Reports.Charts;

namespace Willing.Reports.Tests.Charts;

public sealed class ComparisonChartTests
{
    [Fact]
    public void ToSvg_NamesEveryCaseAndEverySet()
    {
        var data = Fixtures.BuiltIn;
        var cases = ReportCharts.Lineage.Select(id => data.Classification(id)!);

        var texts = Fixtures.SvgTexts(new ComparisonChart("comparison-lineage", "Lineage", cases).ToSvg());

        foreach (string id in new[] { "gulf-war-1991", "kosovo-1999", "iraq-2003" })
            Assert.Contains(texts, t => t == id || t.StartsWith($"{id} (no data: ", StringComparison.Ordinal));
        foreach (string set in new[] { "H organization", "C motivation", "S actorness", "T trigger", "R institutions", "D diplomacy" })
            Assert.Contains(texts, t => t.StartsWith(set, StringComparison.Ordinal));
    }

    [Fact]
    public void ToSvg_CaseWithAMissingSet_SaysWhichInTheLegend()
    {
        var cases = new[] { Fixtures.Classification("whole", 0.2, 0.3, 0.4, 0.5, 0.6, d: 0.7), Fixtures.Classification("gappy", 0.2, 0.3, null, 0.5, null) };

        var texts = Fixtures.SvgTexts(new ComparisonChart("c", "t", cases).ToSvg());

        Assert.Contains("gappy (no data: S, R, D)", texts);
        Assert.Contains("whole", texts);
    }

    [Fact]
    public void ToPng_IsAPngOfTheRequestedSize()
    {
        var chart = new ComparisonChart("c", "t", [Fixtures.Classification("a", 0.2, 0.3, 0.4, 0.5, 0.6)]);

        Assert.Equal((1200, 500), Fixtures.PngSize(chart.ToPng(1200, 500)));
    }

    [Fact]
    public void Constructor_NoCases_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ComparisonChart("c", "t", []));
    }

    [Fact]
    public void ToPng_AbsurdSize_Throws()
    {
        var chart = new ComparisonChart("c", "t", [Fixtures.Classification("a", 0.2, 0.3, 0.4, 0.5, 0.6)]);

        Assert.Throws<ArgumentOutOfRangeException>(() => chart.ToPng(10, 10));
    }
}
