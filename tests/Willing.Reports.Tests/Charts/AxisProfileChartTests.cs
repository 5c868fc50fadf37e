using Willing.Reports.Charts;
using Willing.Typology.Classification;

namespace Willing.Reports.Tests.Charts;

public sealed class AxisProfileChartTests
{
    [Theory]
    [InlineData(null, null, 900, 380)]
    [InlineData(640, 300, 640, 300)]
    public void ToPng_IsAPngOfTheRequestedSize(int? width, int? height, int expectedWidth, int expectedHeight)
    {
        var chart = new AxisProfileChart(Fixtures.Classification("x", 0.9, 0.1, 0.6, 0.4, 0.5));

        var size = Fixtures.PngSize(chart.ToPng(width, height));

        Assert.Equal((expectedWidth, expectedHeight), size);
    }

    [Fact]
    public void ToSvg_LabelsEveryAxisWithBothPoles()
    {
        var texts = Fixtures.SvgTexts(new AxisProfileChart(Fixtures.Classification("x", 0.9, 0.1, 0.6, 0.4, 0.5)).ToSvg());

        Assert.Contains(texts, t => t.Contains("H organization", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("networked ← → hierarchical", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("R institutions", StringComparison.Ordinal));
        Assert.Contains("0.90", texts);
        Assert.Contains("0.10", texts);
    }

    [Fact]
    public void ToSvg_AxisWithoutData_IsMarkedMissingNotDrawnAsZero()
    {
        var texts = Fixtures.SvgTexts(new AxisProfileChart(Fixtures.Classification("x", 0.8, null, 0.7, 0.9, 0.6, d: 0.65)).ToSvg());

        Assert.Single(texts, "no data");
        Assert.DoesNotContain("0.00", texts);
        Assert.Equal(5, texts.Count(t => t is "0.80" or "0.70" or "0.90" or "0.60" or "0.65"));
    }

    [Fact]
    public void Name_IsTheFileStemOfTheCase()
    {
        Assert.Equal("profile-iraq-2003", new AxisProfileChart(Fixtures.Classification("iraq-2003", 1, 1, 1, 1, 1, ModelKind.One)).Name);
    }
}
