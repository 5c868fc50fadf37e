using Willing.Core.Model;
using Willing.Reports.Views;
using Willing.Typology.Classification;

namespace Willing.Reports.Tests.Views;

public sealed class CaseSectionTests
{
    private static string Render(Coalition coalition, CaseClassification classification, ReportLinks? links) =>
        ViewRenderer.Render<CaseSection>(
            new Dictionary<string, object?>
            {
                [nameof(CaseSection.Coalition)] = coalition,
                [nameof(CaseSection.Classification)] = classification,
                [nameof(CaseSection.Paper)] = Fixtures.BuiltIn.Validation.Rows.FirstOrDefault(r => r.Case == classification.Case),
            },
            links);

    private static string Render(string id, ReportLinks? links) =>
        Render(Fixtures.BuiltIn.Coalition(new CoalitionId(id)), Fixtures.BuiltIn.Classification(id)!, links);

    [Fact]
    public void CaseSection_WithTheWorkbenchsLinks_LinksPagesAndNoAnchorOfTheReport()
    {
        string html = Render("iraq-2003", new WebLinks());

        Assert.StartsWith("<section class=\"case\" id=\"case-iraq-2003\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/map#cell-11111\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/report#validation-iraq-2003\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/report#cases\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#", html, StringComparison.Ordinal);
        Assert.DoesNotContain("#case-", html, StringComparison.Ordinal);
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
        Assert.Contains("href=\"#cases\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseSection_IsTheReportsOwnCaseSection()
    {
        string report = Fixtures.BuiltInHtml;
        int start = report.IndexOf("<section class=\"case\" id=\"case-kosovo-1999\">", StringComparison.Ordinal);
        string inReport = report[start..(report.IndexOf("</section>", start, StringComparison.Ordinal) + "</section>".Length)];

        Assert.Equal(inReport, Render("kosovo-1999", null));
    }

    [Fact]
    public void CaseSection_HostileTextAndAJavascriptAddress_AreEncodedAndNotLinked()
    {
        var gulf = Fixtures.BuiltIn.Coalition(new CoalitionId("gulf-war-1991"));
        var c = Fixtures.BuiltIn.Classification("gulf-war-1991")!;
        var hostile = gulf with
        {
            Summary = "<script>alert(1)</script> & co",
            Sources = [.. gulf.Sources.Select(s => s with { Url = new Uri("javascript:alert(3)"), Citation = null })],
        };
        var axis = c.Axes[0];
        var indicator = axis.Indicators[0] with { Evidence = [new Evidence("<script>alert(2)</script>", [gulf.Sources[0].Id])] };
        var classification = c with { Axes = [axis with { Indicators = [indicator, .. axis.Indicators.Skip(1)] }, .. c.Axes.Skip(1)] };

        string html = Render(hostile, classification, new WebLinks());

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>", html, StringComparison.Ordinal);
        Assert.Contains("<li>&lt;script&gt;alert(2)&lt;/script&gt; — <cite>javascript:alert(3)</cite></li>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("href=\"\\s*javascript:", html);
        Assert.Contains($"<li><code>{gulf.Sources[0].Id.Value}</code> <cite>javascript:alert(3)</cite></li>", html, StringComparison.Ordinal);
    }
}
