using System.Text.RegularExpressions;
using Willing.Core.Reading;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;

namespace Willing.Reports.Tests;

public sealed class HtmlReportTests
{
    private static readonly Lazy<string> BuiltInHtml = new(() => HtmlReport.Render(Fixtures.BuiltIn));

    private static string Html => BuiltInHtml.Value;

    /// <summary>The text of one case's section, from its anchor to the next section.</summary>
    private static string Section(string html, string id)
    {
        int start = html.IndexOf($"<section class=\"case\" id=\"case-{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section for {id}");
        int end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [Fact]
    public void Render_HasASectionPerCase_WithItsModelAndCell()
    {
        foreach (var c in Fixtures.BuiltIn.Classifications)
        {
            string section = Section(Html, c.Case.Value);

            Assert.Contains(ReportText.Model(c.Model), section, StringComparison.Ordinal);
            if (c.Cell is { } cell)
                Assert.Contains($"<code>{cell.Code}</code>", section, StringComparison.Ordinal);
            else
                Assert.Equal(ModelKind.Undetermined, c.Model);
            Assert.Contains($"<svg viewBox", section, StringComparison.Ordinal);
            Assert.Contains($"href=\"#case-{c.Case.Value}\"", Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_LineageAndSources_AreSectionsWithTheirRows()
    {
        int lineage = Html.IndexOf("<section id=\"lineage\">", StringComparison.Ordinal);
        int sources = Html.IndexOf("<section id=\"sources\">", StringComparison.Ordinal);
        Assert.True(lineage > 0 && sources > lineage);
        string lineageSection = Html[lineage..sources];

        Assert.Contains("<a href=\"#case-kosovo-1999\">kosovo-1999</a></td><td>→</td><td><a href=\"#case-iraq-2003\">iraq-2003</a></td><td>lesson-drawn <em>reading</em>", lineageSection, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#case-iraq-2003\">iraq-2003</a></td><td class=\"num\">", Html[sources..], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Lineage_DrawsTheDiagramOverTheTable()
    {
        int lineage = Html.IndexOf("<section id=\"lineage\">", StringComparison.Ordinal);
        string section = Html[lineage..Html.IndexOf("</section>", lineage, StringComparison.Ordinal)];

        int figure = section.IndexOf("<figure class=\"chart\" id=\"chart-lineage\"", StringComparison.Ordinal);
        int table = section.IndexOf("<table class=\"lineage\" id=\"lineage-table\">", StringComparison.Ordinal);
        Assert.True(figure > 0 && table > figure, "the chart comes before the table");
        Assert.Contains("aria-describedby=\"lineage-table\"", section[figure..table], StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(section[figure..table], "<g class=\"lineage-link\""));
        Assert.Equal(4, Regex.Count(section[table..], "<tr><td>"));
    }

    [Fact]
    public void Render_NoAntecedents_HasNoLineageSectionNorChart()
    {
        var data = ReportData.Build(Fixtures.BuiltIn.Coalitions.Select(c => c with { Antecedents = [] }), Fixtures.BuiltIn.Codebook);

        string html = HtmlReport.Render(data);

        Assert.True(data.Lineage.IsEmpty);
        Assert.Null(ReportCharts.For(data).LineageDiagram);
        Assert.DoesNotContain("id=\"lineage\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("lineage-node", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-typology-map-hc\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptyCaseBase_HasNoLineageAndDoesNotFail()
    {
        var data = ReportData.Build([], Fixtures.BuiltIn.Codebook);

        string html = HtmlReport.Render(data);

        Assert.Null(ReportCharts.For(data).LineageDiagram);
        Assert.DoesNotContain("id=\"lineage\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AntecedentNotInTheCaseBase_IsListedWithoutALink()
    {
        var kosovo = Fixtures.BuiltIn.Coalition(new Willing.Core.Model.CoalitionId("kosovo-1999"));
        var named = kosovo with
        {
            Antecedents = [new(new Willing.Core.Model.CoalitionId("bosnia-1995"), Willing.Core.Model.LineageRelation.Precedent, null, kosovo.Antecedents[0].Provenance)],
        };

        string html = HtmlReport.Render(ReportData.Build([named], Fixtures.BuiltIn.Codebook));

        Assert.Contains("<tr><td>bosnia-1995 <span class=\"note\">(not in the case base)</span></td><td>→</td><td><a href=\"#case-kosovo-1999\">", html, StringComparison.Ordinal);
        Assert.Contains("class=\"lineage-node undeclared\" data-case=\"bosnia-1995\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EveryCaseLinksAtLeastOneSource()
    {
        foreach (var c in Fixtures.BuiltIn.Coalitions)
        {
            string section = Section(Html, c.Id.Value);
            var url = c.Sources.First(s => s.Url is not null).Url!;

            Assert.Matches("<a href=\"https?://", section);
            Assert.Contains($"<a href=\"{System.Net.WebUtility.HtmlEncode(url.AbsoluteUri)}\"", section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_ExplainsEveryIndicator_WithValueOrReason()
    {
        string section = Section(Html, "gulf-war-1991");
        var gulf = Fixtures.BuiltIn.Classification("gulf-war-1991")!;

        foreach (var indicator in gulf.Axes.SelectMany(a => a.Indicators))
        {
            Assert.Contains($"<strong>{indicator.Id}</strong>", section, StringComparison.Ordinal);
            if (!indicator.HasData)
                Assert.Contains(System.Net.WebUtility.HtmlEncode(indicator.MissingReason!), section, StringComparison.Ordinal);
        }

        Assert.Contains(System.Net.WebUtility.HtmlEncode(gulf.Axes[0].Applied), section, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PropertySpace_HasAllThirtyTwoCells_AndEachEmptyCellsTag()
    {
        var space = Fixtures.BuiltIn.Space;

        Assert.Equal(32, Regex.Count(Html, "id=\"cell-[01]{5}\""));
        Assert.NotEmpty(space.EmptyCells);
        foreach (var cell in space.EmptyCells)
        {
            int start = Html.IndexOf($"id=\"cell-{cell.Cell.Code}\"", StringComparison.Ordinal);
            string box = Html[start..Html.IndexOf("</div>\n", start, StringComparison.Ordinal)];
            string tag = HtmlReport.TagText(cell.EmptyTag!.Value);

            Assert.Contains($"tag-{tag.Replace(' ', '-')}\">{tag}<", box, StringComparison.Ordinal);
            if (cell.Annotation?.Label is { } label)
                Assert.Contains(System.Net.WebUtility.HtmlEncode(label), box, StringComparison.Ordinal);
        }

        Assert.Contains(">logically impossible<", Html, StringComparison.Ordinal);
        Assert.Contains(">empirically empty<", Html, StringComparison.Ordinal);
        Assert.Contains(">theorised future type<", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IntroducesTheCodebookAndTheAxes()
    {
        Assert.Contains(Fixtures.BuiltIn.Codebook.Name, Html, StringComparison.Ordinal);
        Assert.Contains("1 is always the model-one pole", Html, StringComparison.Ordinal);
        Assert.Contains("hierarchical, hub-and-spoke", Html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-typology-map-hc\"", Html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-typology-map-st\"", Html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-comparison-lineage\"", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IsSelfContained()
    {
        Assert.DoesNotContain("<script", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("src=\"", Html);
        Assert.DoesNotContain("<?xml", Html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(http", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IsTheSameEveryTime()
    {
        Assert.Equal(Html, HtmlReport.Render(Fixtures.BuiltIn));
    }

    [Fact]
    public void Render_HostileText_IsEncoded()
    {
        const string yaml = """
            id: hostile
            name: <script>alert("pwned")</script> & <b>Co</b>
            summary: A summary with <img src=x onerror=alert(1)> in it.
            issue_area: { category: trade, sources: [s] }
            period: { start: 2004, sources: [s] }
            trigger: { kind: other, sources: [s] }
            institutions: { relation: none, sources: [s] }
            sources: [{ id: s, url: "https://example.org/?a=1&b=<2>", citation: "A \"quoted\" <book>", kind: academic }]
            actors: [{ id: USA, kind: state }, { id: CHL, kind: state }]
            memberships:
              - { actor: USA, roles: [leader], joined: 2004-01, sources: [s] }
              - { actor: CHL, roles: [political-supporter], joined: 2004-06, sources: [s] }
            """;
        var coalition = CaseFileReader.Read("hostile.yaml", yaml).Coalition ?? throw new InvalidOperationException("the test case does not load");

        string html = HtmlReport.Render(ReportData.Build([coalition], CodebookReader.BuiltIn()));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Co</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; &lt;b&gt;Co&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;book&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("b=<2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SourceWithAnUnsafeAddress_IsCitedNotLinked()
    {
        var gulf = Fixtures.BuiltIn.Coalitions.First();
        var bad = gulf with { Sources = [.. gulf.Sources.Select(s => s with { Url = new Uri("javascript:alert(1)") })] };

        string html = HtmlReport.Render(ReportData.Build([bad], Fixtures.BuiltIn.Codebook));

        Assert.DoesNotMatch("href=\"\\s*javascript:", html);
        Assert.Contains("<cite>javascript:alert(1)</cite>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CaseWithoutData_IsUnplacedAndSaysNoData()
    {
        const string yaml = """
            id: sparse
            name: Sparse
            summary: Almost nothing is known.
            issue_area: { category: trade, sources: [s] }
            period: { start: 2004, sources: [s] }
            trigger: { kind: other, sources: [s] }
            institutions: { relation: none, sources: [s] }
            sources: [{ id: s, citation: A book, kind: academic }]
            actors: [{ id: USA, kind: state }]
            memberships:
              - { actor: USA, roles: [leader], sources: [s] }
            """;
        var coalition = CaseFileReader.Read("sparse.yaml", yaml).Coalition ?? throw new InvalidOperationException("the test case does not load");
        var data = ReportData.Build([coalition], CodebookReader.BuiltIn());

        string html = HtmlReport.Render(data);

        Assert.Contains("no data", html, StringComparison.Ordinal);
        Assert.Contains("<cite>A book</cite>", html, StringComparison.Ordinal);
        if (data.Classifications[0].Cell is null)
            Assert.Contains("Not placed", html, StringComparison.Ordinal);
    }
}
