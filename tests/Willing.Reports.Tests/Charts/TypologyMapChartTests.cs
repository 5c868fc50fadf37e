using Willing.Reports.Charts;
using Willing.Typology;
using Willing.Typology.Classification;

namespace Willing.Reports.Tests.Charts;

public sealed class TypologyMapChartTests
{
    [Fact]
    public void ToPng_IsAPngOfTheDefaultSize()
    {
        var chart = TypologyMapChart.OrganizationMotivation(Fixtures.BuiltIn.Classifications);

        Assert.Equal((960, 720), Fixtures.PngSize(chart.ToPng()));
    }

    [Fact]
    public void ToSvg_LabelsEveryCase_OnBothMaps()
    {
        var data = Fixtures.BuiltIn;
        foreach (var chart in new[] { TypologyMapChart.OrganizationMotivation(data.Classifications), TypologyMapChart.ActornessTrigger(data.Classifications) })
        {
            string allText = string.Join("\n", Fixtures.SvgTexts(chart.ToSvg()));

            Assert.All(data.Classifications, c => Assert.Contains(c.Case.Value, allText, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ToSvg_ColoursEachModelAndNamesTheQuadrants()
    {
        var cases = new[]
        {
            Fixtures.Classification("one", 0.9, 0.9, 0.9, 0.9, 0.9, ModelKind.One),
            Fixtures.Classification("two", 0.1, 0.1, 0.1, 0.1, 0.1, ModelKind.Two),
            Fixtures.Classification("mixed", 0.9, 0.1, 0.9, 0.9, 0.1, ModelKind.Hybrid),
        };

        string svg = TypologyMapChart.OrganizationMotivation(cases).ToSvg();
        var texts = Fixtures.SvgTexts(svg);

        Assert.Contains("model one: hierarchical, coerced", texts);
        Assert.Contains("model two: networked, normative", texts);
        Assert.Contains("hierarchical, normative", texts);
        Assert.Contains("#C0392B", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("#1F6FB2", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("#8E44AD", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("#7F8C8D\"", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Quadrant_TaggedUnexpectedInEveryCell_SaysSo()
    {
        var texts = Fixtures.SvgTexts(TypologyMapChart.OrganizationMotivation(Fixtures.BuiltIn.Classifications, Fixtures.BuiltIn.Codebook).ToSvg());

        Assert.Contains("networked, coerced (theoretically unexpected)", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("model one", StringComparison.Ordinal) && t.Contains("unexpected", StringComparison.Ordinal));
    }

    [Fact]
    public void CaseWithoutData_IsOmittedAndListed()
    {
        var cases = new[] { Fixtures.Classification("placed", 0.9, 0.9, 0.9, 0.9, 0.9), Fixtures.Classification("blank", null, 0.2, 0.1, 0.1, 0.1) };

        var chart = new TypologyMapChart(cases, Axis.Organization, Axis.Motivation);

        Assert.Equal(["placed"], chart.Drawn.Select(c => c.Case.Value));
        Assert.Equal(["blank"], chart.Omitted.Select(c => c.Case.Value));
        Assert.Contains(Fixtures.SvgTexts(chart.ToSvg()), t => t.Contains("not shown", StringComparison.Ordinal) && t.Contains("blank", StringComparison.Ordinal));
    }

    [Fact]
    public void CasesAtOnePoint_ShareOneLabelWithALineEach()
    {
        var cases = new[] { Fixtures.Classification("first", 0.8, 0.2, 0.9, 0.9, 0), Fixtures.Classification("second", 0.8, 0.2, 0.9, 0.9, 0) };

        var texts = Fixtures.SvgTexts(TypologyMapChart.OrganizationMotivation(cases).ToSvg());

        // ScottPlot writes one text element per line of a label.
        Assert.Single(texts, "first");
        Assert.Single(texts, "second");
    }

    [Fact]
    public void ToSvgAndToPng_TwoChartsOfTheSameCases_AreTheSame()
    {
        var chart = TypologyMapChart.ActornessTrigger(Fixtures.BuiltIn.Classifications);
        var other = TypologyMapChart.ActornessTrigger(Fixtures.BuiltIn.Classifications);

        Assert.Equal(chart.ToSvg(), other.ToSvg());
        Assert.Equal(chart.ToPng(), other.ToPng());
        Assert.Equal(chart.ToPng(), chart.ToPng());
    }

    [Fact]
    public void ToSvg_DefaultSize_IsDrawnOnceAndKept_OtherSizesAreDrawnEachTime()
    {
        var chart = TypologyMapChart.ActornessTrigger(Fixtures.BuiltIn.Classifications);

        string kept = chart.ToSvg();
        string small = chart.ToSvg(480, 360);

        Assert.Same(kept, chart.ToSvg());
        Assert.Same(kept, chart.ToSvg(chart.Width, chart.Height));
        Assert.NotEqual(kept, small);
        Assert.Contains("viewBox=\"0 0 480 360\"", small, StringComparison.Ordinal);
        Assert.NotSame(small, chart.ToSvg(480, 360));
        Assert.Equal(small, chart.ToSvg(480, 360));
    }

    [Fact]
    public void Constructor_SameSetTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TypologyMapChart([], Axis.Trigger, Axis.Trigger));
    }
}
