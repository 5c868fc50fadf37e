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
