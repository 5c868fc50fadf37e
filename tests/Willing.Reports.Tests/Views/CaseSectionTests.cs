using Willing.Reports.Views;

namespace Willing.Reports.Tests.Views;

public sealed class CaseSectionTests
{
    /// <summary>The workbench's links: a case is a page, a cell an anchor on the map page.</summary>
    private sealed class WebLinks : ReportLinks
    {
        public override string Case(string id) => $"/cases/{id}";

        public override string Cell(string code) => $"/map#cell-{code}";

        public override string Section(string id) => $"/report#{id}";
    }

    private static string Render(string id, ReportLinks? links)
    {
        var data = Fixtures.BuiltIn;
        var c = data.Classification(id)!;
        return ViewRenderer.Render<CaseSection>(
            new Dictionary<string, object?>
            {
                [nameof(CaseSection.Coalition)] = data.Coalition(c.Case),
                [nameof(CaseSection.Classification)] = c,
                [nameof(CaseSection.Paper)] = data.Validation.Rows.FirstOrDefault(r => r.Case == c.Case),
            },
            links);
    }

    [Fact]
    public void CaseSection_WithTheWorkbenchsLinks_LinksPagesAndNoAnchorOfTheReport()
    {
        string html = Render("iraq-2003", new WebLinks());

        Assert.StartsWith("<section class=\"case\" id=\"case-iraq-2003\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/map#cell-11111\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/report#validation-iraq-2003\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/report#cases\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"axis\" data-axis=\"organization\">", html, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"sources\">", html, StringComparison.Ordinal);
        Assert.Contains("<figure class=\"chart\" id=\"chart-profile-iraq-2003\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseSection_WithNothingCascaded_WritesTheReportsAnchors()
    {
        string html = Render("iraq-2003", null);

        Assert.Contains("href=\"#cell-11111\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#validation-iraq-2003\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/", html, StringComparison.Ordinal);
    }
}
