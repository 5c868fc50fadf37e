using System.Text.RegularExpressions;
using Willing.Lifecycle.Cases;

namespace Willing.Reports.Tests;

public sealed class HtmlReportLifecycleTests
{
    private static readonly Lazy<string> BuiltInHtml = new(() => HtmlReport.Render(Fixtures.BuiltIn));

    private static string Section
    {
        get
        {
            string html = BuiltInHtml.Value;
            int start = html.IndexOf("<section id=\"lifecycle\">", StringComparison.Ordinal);
            Assert.True(start >= 0, "no lifecycle section");
            return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
        }
    }

    [Fact]
    public void Lifecycle_ListsEveryCaseWithThreeExits_AndLinksItFromTheContents()
    {
        var expected = Fixtures.BuiltIn.Coalitions.Where(c => c.Members.Count(m => m.Left is not null) >= ReportData.MinimumExits).Select(c => c.Id.Value).ToList();
        Assert.Contains("iraq-2003", expected);
        Assert.Equal(expected, Regex.Matches(Section, "<tr data-case=\"([^\"]+)\">").Select(m => m.Groups[1].Value));
        Assert.Contains("<a href=\"#lifecycle\">", BuiltInHtml.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Lifecycle_Iraq_ShowsItsChartsItsCoxModelAndTheComputedVerdicts()
    {
        var iraq = Fixtures.BuiltIn.Lifecycles.Single(l => l.Case.Value == "iraq-2003");
        Assert.NotNull(iraq.Cox);
        string section = Section;
        int at = section.IndexOf("id=\"lifecycle-iraq-2003\"", StringComparison.Ordinal);
        Assert.True(at >= 0);
        string part = section[at..];
        foreach (string chart in (string[])["timeline-iraq-2003", "exits-iraq-2003", "retention-iraq-2003"])
            Assert.Contains($"id=\"chart-{chart}\"", part, StringComparison.Ordinal);
        Assert.Equal(CaseLifecycle.Covariates.Length, Regex.Count(part[..part.IndexOf("</table>", part.IndexOf("class=\"cox\"", StringComparison.Ordinal), StringComparison.Ordinal)], "<tr><td><code>"));
        var verdicts = Regex.Matches(part, "<tr data-verdict=\"([^\"]+)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(iraq.Findings.Select(f => f.Verdict), verdicts);
        Assert.Contains("cov-election-esp-2004-03-14", part, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(+1, 1.2, 3.0, 2.0, "reproduced")]
    [InlineData(+1, 0.5, 3.0, 1.2, "same direction, not significant")]
    [InlineData(+1, 0.5, 3.0, 0.9, "not reproduced")]
    [InlineData(+1, 0.2, 0.8, 0.4, "opposite")]
    [InlineData(0, 0.5, 3.0, 1.1, "reproduced")]
    [InlineData(0, 1.1, 3.0, 1.5, "not reproduced")]
    public void Verdict_FollowsTheInterval(int expected, double low, double high, double hr, string verdict) =>
        Assert.Equal(verdict, CaseLifecycle.Verdict(expected, low, high, hr));
}
