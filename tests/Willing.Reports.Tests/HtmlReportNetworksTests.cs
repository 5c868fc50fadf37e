using System.Text.RegularExpressions;
using Willing.Core.Model;

namespace Willing.Reports.Tests;

public sealed class HtmlReportNetworksTests
{
    private static readonly Lazy<string> BuiltInHtml = new(() => HtmlReport.Render(Fixtures.BuiltIn));

    private static string Html => BuiltInHtml.Value;

    private static string NetworksSection(string html)
    {
        int start = html.IndexOf("<section id=\"networks\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "no networks section");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static ReportData Only(params string[] ids) =>
        ReportData.Build(Fixtures.BuiltIn.Coalitions.Where(c => ids.Contains(c.Id.Value)), Fixtures.BuiltIn.Codebook);

    [Fact]
    public void Render_Networks_DrawsIraqAndTheLandminesSideBySide_EachWithItsCentralizationAndCounts()
    {
        string section = NetworksSection(Html);
        string drawings = section[section.IndexOf("<div class=\"networks\">", StringComparison.Ordinal)..section.IndexOf("<table", StringComparison.Ordinal)];

        Assert.Contains("<h2>Coordination networks</h2>", section, StringComparison.Ordinal);
        Assert.Equal(
            ["iraq-2003", "landmines-ottawa", "small-arms", "human-security-network"],
            Regex.Matches(drawings, "<figure class=\"chart\" id=\"chart-network-([^\"]+)\"").Select(m => m.Groups[1].Value));
        foreach (string id in ReportCharts.NetworkCases)
        {
            var n = Fixtures.BuiltIn.Networks.Single(x => x.Case.Value == id);
            int at = drawings.IndexOf($"id=\"chart-network-{id}\"", StringComparison.Ordinal);
            string figure = drawings[at..drawings.IndexOf("</figure>", at, StringComparison.Ordinal)];
            Assert.Equal(n.Nodes, Regex.Count(figure, "<g class=\"network-node (member|non-member)\""));
            Assert.Equal(n.Links, Regex.Count(figure, "<line class=\"network-link\""));
            string caption = $"Degree centralization {ReportText.Number(n.DegreeCentralization)} (direct ties alone {ReportText.Number(n.TieCentralization)}) · {n.Nodes} nodes · {n.Links} links";
            Assert.Contains($"<figcaption>{Fixtures.Encoded(caption)}", figure, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_Networks_TableHasARowPerCaseWithItsNumbers()
    {
        string section = NetworksSection(Html);
        string table = section[section.IndexOf("<table class=\"networks\" id=\"network-table\">", StringComparison.Ordinal)..];

        var rows = Regex.Matches(table, "<tr data-case=\"([^\"]+)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Fixtures.BuiltIn.Coalitions.Select(c => c.Id.Value), rows);
        var iraq = Fixtures.BuiltIn.Networks.Single(n => n.Case.Value == "iraq-2003");
        Assert.Contains(
            $"<tr data-case=\"iraq-2003\"><td><a href=\"#case-iraq-2003\">iraq-2003</a></td><td class=\"num\">{iraq.Nodes}</td><td class=\"num\">{iraq.Links}</td>"
            + $"<td class=\"num\">{iraq.Components}</td><td class=\"num\">{ReportText.Number(iraq.Density)}</td><td class=\"num\">{ReportText.Number(iraq.DegreeCentralization)}</td>"
            + $"<td class=\"num\">{ReportText.Number(iraq.TieCentralization)}</td></tr>",
            table,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Networks_HasANavLink()
    {
        string nav = Html[Html.IndexOf("<nav class=\"toc\">", StringComparison.Ordinal)..Html.IndexOf("</nav>", StringComparison.Ordinal)];

        Assert.Contains("<a href=\"#networks\">Coordination networks</a>", nav, StringComparison.Ordinal);
    }

    [Fact]
    public void For_OnlyTheCasesInTheCaseBase_AreDrawn()
    {
        var data = Only("landmines-ottawa", "kosovo-1999");

        var charts = ReportCharts.For(data);
        string html = HtmlReport.Render(data, charts);

        Assert.Equal(["network-landmines-ottawa"], charts.Networks.Select(c => c.Name));
        Assert.Contains("network-landmines-ottawa", charts.All.Select(c => c.Name));
        Assert.Equal(2, Regex.Count(NetworksSection(html), "<tr data-case="));
        Assert.DoesNotContain("chart-network-iraq-2003", html, StringComparison.Ordinal);
    }

    [Fact]
    public void For_NoneOfTheNamedCases_DrawsTheTwoWithTheMostLinks()
    {
        var data = Only("kosovo-1999", "gulf-war-1991", "psi-2003");
        var expected = data.Networks.Where(n => n.Links > 0).OrderByDescending(n => n.Links).Take(2).Select(n => $"network-{n.Case}");

        Assert.Equal(expected, ReportCharts.For(data).Networks.Select(c => c.Name));
    }

    [Fact]
    public void Render_NoCaseWithALink_HasNoNetworksSection()
    {
        var data = ReportData.Build(
            Fixtures.BuiltIn.Coalitions.Select(c => c with { Ties = [], Events = [], Bodies = [], Lists = [] }), Fixtures.BuiltIn.Codebook);

        string html = HtmlReport.Render(data);

        Assert.All(data.Networks, n => Assert.Equal(0, n.Links));
        Assert.Empty(ReportCharts.For(data).Networks);
        Assert.DoesNotContain("id=\"networks\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#networks\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Networks_OnePerCoalitionInReportOrder()
    {
        Assert.Equal(Fixtures.BuiltIn.Coalitions.Select(c => c.Id), Fixtures.BuiltIn.Networks.Select(n => n.Case));
        Assert.Equal(new CoalitionId("iraq-2003"), Fixtures.BuiltIn.Networks.Single(n => n.Case.Value == "iraq-2003").Network.Case);
    }
}
