using System.Text.RegularExpressions;
using Willing.Reports.Charts;

namespace Willing.Reports.Tests.Charts;

public sealed class SvgDocumentTests
{
    [Fact]
    public void Normalise_RenumbersIdsAndTheirReferencesFromTheName()
    {
        const string svg = """
            <?xml version="1.0" encoding="utf-8" ?>
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="20"><clipPath id="cl_41"/><g clip-path="url(#cl_41)"/><clipPath id="cl_7"/><use href="#cl_7"/></svg>
            """;

        string text = SvgDocument.Normalise(svg, "chart", 10, 20);

        Assert.Contains("id=\"chart-1\"", text, StringComparison.Ordinal);
        Assert.Contains("url(#chart-1)", text, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-2\"", text, StringComparison.Ordinal);
        Assert.Contains("href=\"#chart-2\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cl_", text, StringComparison.Ordinal);
        Assert.Contains("viewBox=\"0 0 10 20\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalise_WithTitleAndDescription_AddsThemFirstAndNamesThem()
    {
        const string svg = """<svg xmlns="http://www.w3.org/2000/svg" width="10" height="20"><rect id="r"/></svg>""";

        string text = SvgDocument.Normalise(svg, "chart", 10, 20, "A <title> & more", "What it shows");

        var root = System.Xml.Linq.XDocument.Parse(text).Root!;
        System.Xml.Linq.XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "title", root.Elements().First().Name);
        Assert.Equal("A <title> & more", root.Element(ns + "title")!.Value);
        Assert.Equal("What it shows", root.Element(ns + "desc")!.Value);
        Assert.Equal("chart-title", (string?)root.Attribute("aria-labelledby"));
        Assert.Equal("chart-desc", (string?)root.Attribute("aria-describedby"));
        Assert.Equal("chart-1", (string?)root.Element(ns + "rect")!.Attribute("id"));
    }

    [Fact]
    public void WithOverlay_DrawsLast()
    {
        Assert.Equal("<svg><a/><b/></svg>", SvgDocument.WithOverlay("<svg><a/></svg>", "<b/>"));
        Assert.Equal("<svg/>", SvgDocument.WithOverlay("<svg/>", string.Empty));
    }

    [Fact]
    public void Inline_DropsTheXmlDeclaration()
    {
        Assert.Equal("<svg/>", SvgDocument.Inline("<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<svg/>"));
    }

    [Fact]
    public void TwoCharts_HaveNoIdInCommon()
    {
        var cases = Fixtures.BuiltIn.Classifications;
        var ids = new[] { TypologyMapChart.OrganizationMotivation(cases), TypologyMapChart.ActornessTrigger(cases) }
            .Select(chart => Regex.Matches(chart.ToSvg(), "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet())
            .ToList();

        Assert.NotEmpty(ids[0]);
        Assert.Empty(ids[0].Intersect(ids[1]));
    }
}
