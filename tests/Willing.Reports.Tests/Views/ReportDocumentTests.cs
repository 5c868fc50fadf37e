using System.Text;
using System.Text.RegularExpressions;

namespace Willing.Reports.Tests.Views;

public sealed class ReportDocumentTests
{
    [Fact]
    public void Render_TwiceWithChartsDrawnAnew_GivesTheSameBytes()
    {
        byte[] first = Encoding.UTF8.GetBytes(HtmlReport.Render(Fixtures.BuiltIn, ReportCharts.For(Fixtures.BuiltIn)));
        byte[] second = Encoding.UTF8.GetBytes(HtmlReport.Render(Fixtures.BuiltIn, ReportCharts.For(Fixtures.BuiltIn)));

        Assert.Equal(first, second);
        Assert.Equal(Encoding.UTF8.GetBytes(Fixtures.BuiltInHtml), first);
    }

    [Fact]
    public void Render_IsOneDocument_WithItsStylesInlineAndNoScript()
    {
        string html = Fixtures.BuiltInHtml;

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n", html, StringComparison.Ordinal);
        Assert.EndsWith("</footer>\n</body>\n</html>\n", html, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(html, "<html"));
        Assert.Equal(1, Regex.Count(html, "<style>"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("\\son[a-z]+=\"", html);
        Assert.DoesNotMatch("\\s(src|srcset)=\"", html);

        // The stylesheet is written as it is, not encoded (a selector's > would break as &gt;).
        Assert.Contains(Willing.Reports.Html.ReportStyles.Css, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EveryInternalLink_HasItsTarget()
    {
        string html = Fixtures.BuiltInHtml;
        var ids = Regex.Matches(html, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var targets = Regex.Matches(html, "<a [^>]*href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.Contains(t, ids));
    }

    [Fact]
    public void Build_WithoutSimulations_LeavesThemOut_AndTheReportHasNoSimulationSection()
    {
        var data = ReportData.Build(Fixtures.BuiltIn.Coalitions, Fixtures.BuiltIn.Codebook, withSimulations: false);

        string html = HtmlReport.Render(data);

        Assert.Empty(data.Simulations);
        Assert.NotEmpty(Fixtures.BuiltIn.Simulations);
        Assert.DoesNotContain("id=\"simulation\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#simulation\"", html, StringComparison.Ordinal);

        // Everything else is the report with the simulations, to the byte.
        string full = Fixtures.BuiltInHtml;
        int start = full.IndexOf("<section id=\"simulation\">", StringComparison.Ordinal);
        int end = full.IndexOf("</section>\n", start, StringComparison.Ordinal) + "</section>\n".Length;
        Assert.Equal(full[..start].Replace("<a href=\"#simulation\">Simulation</a>", string.Empty, StringComparison.Ordinal) + full[end..], html);
    }
}
