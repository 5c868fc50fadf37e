using System.Text.RegularExpressions;
using Willing.Core.Reading;
using Willing.Reports.Tests.Validation;
using Willing.Reports.Validation;
using Willing.Typology;
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

    /// <summary>The text of a top-level section, from its anchor to its end.</summary>
    private static string TopSection(string html, string id)
    {
        int start = html.IndexOf($"<section id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    /// <summary>The validation table's rows: each row's case and verdict.</summary>
    private static List<(string Case, string Verdict)> ValidationRows(string html) =>
        [.. Regex.Matches(TopSection(html, "validation"), "<tr id=\"validation-[^\"]+\" data-case=\"([^\"]+)\" data-verdict=\"([^\"]+)\">").Select(m => (m.Groups[1].Value, m.Groups[2].Value))];

    /// <summary>One finding's block in the validation section.</summary>
    private static string FindingBlock(string html, string id)
    {
        string section = TopSection(html, "validation");
        int start = section.IndexOf($"<div class=\"finding\" id=\"finding-{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no finding for {id}");
        return section[start..section.IndexOf("</div>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void Render_Validation_HasARowPerCaseWithACooperReading()
    {
        var rows = ValidationRows(Html);

        Assert.Equal(Fixtures.BuiltIn.Coalitions.Where(c => c.Cooper is not null).Select(c => c.Id.Value), rows.Select(r => r.Case));
        foreach (var c in Fixtures.BuiltIn.Coalitions.Where(c => c.Cooper is not null))
        {
            string row = Regex.Match(TopSection(Html, "validation"), $"<tr id=\"validation-{Regex.Escape(c.Id.Value)}\".*?</tr>").Value;
            Assert.Contains($"<strong>{Willing.Core.Model.KebabCase.Name(c.Cooper!.Placement)}</strong>", row, StringComparison.Ordinal);
            if (c.Cooper.Passage is { } passage)
                Assert.Contains(Fixtures.Encoded(passage), row, StringComparison.Ordinal);
            if (PaperExpectation.Of(c.Cooper.Placement) is { } expected)
                Assert.Contains($"<code>{expected.Code}</code>", row, StringComparison.Ordinal);
            else
                Assert.Contains("no expectation", row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_Validation_AgreementCountMatchesTheRows()
    {
        var rows = ValidationRows(Html);

        var m = Regex.Match(TopSection(Html, "validation"), "<strong>(\\d+) of (\\d+) paper cases land where an expert reading puts them</strong>");

        Assert.True(m.Success, "no agreement count");
        Assert.Equal(rows.Count(r => r.Verdict == "agree"), int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(rows.Count(r => r.Verdict != "no-expectation"), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(rows.Count, rows.Count(r => r.Verdict is "agree" or "disagree" or "undetermined" or "no-expectation"));
    }

    [Fact]
    public void Render_Validation_EachRowThatPartsHasAFinding_AndOnlyThose()
    {
        var rows = ValidationRows(Html);
        string section = TopSection(Html, "validation");

        foreach (var (id, verdict) in rows)
        {
            bool parts = verdict is "disagree" or "undetermined";
            Assert.Equal(parts, section.Contains($"id=\"finding-{id}\"", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Render_Validation_DisagreementNamesTheAxisAndTheIndicatorBehindIt()
    {
        var misread = PaperValidationTests.Misread();
        var data = ReportData.Build([misread], Fixtures.BuiltIn.Codebook);
        var row = data.Validation.Rows.Single();

        string html = HtmlReport.Render(data);
        string block = FindingBlock(html, misread.Id.Value);

        Assert.Equal([(misread.Id.Value, "disagree")], ValidationRows(html));
        foreach (var f in row.Findings)
        {
            string item = Regex.Match(block, $"<li class=\"axis-finding\" data-axis=\"{AxisInfo.Key(f.Axis)}\">.*?</li>\n", RegexOptions.Singleline).Value;
            Assert.Contains($"<strong>{AxisLabels.Title(f.Axis)} = {ReportText.Number(f.Score.Membership)}</strong>", item, StringComparison.Ordinal);
            Assert.Contains($"[{ReportText.Number(f.Score.Low)}, {ReportText.Number(f.Score.High)}]", item, StringComparison.Ordinal);
            var deciding = f.Deciding[0];
            Assert.Contains($"<strong>{deciding.Dimension!.Id}</strong>", item, StringComparison.Ordinal);
            var indicator = deciding.Indicators[0];
            Assert.Contains($"<strong>{indicator.Id}</strong>", item, StringComparison.Ordinal);
            Assert.Contains(Fixtures.Encoded(RawOf(indicator)), item, StringComparison.Ordinal);
            if (indicator.Evidence.FirstOrDefault() is { } fact)
                Assert.Contains($">{fact.Sources[0].Value}</code>", item, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_Validation_UndeterminedCaseSaysWhichDimensionsHadNoDataAndWhy()
    {
        var sparse = PaperValidationTests.SparseCase();
        var data = ReportData.Build([sparse], CodebookReader.BuiltIn());
        var finding = data.Validation.Rows.Single().Findings.First(f => f.Axis == Axis.Organization);

        string block = FindingBlock(HtmlReport.Render(data), "sparse");

        Assert.Contains("verdict-undetermined", block, StringComparison.Ordinal);
        Assert.Contains("<strong>H organization undetermined</strong>", block, StringComparison.Ordinal);
        foreach (var missing in finding.Missing)
        {
            Assert.Contains($"<strong>{missing.Id}</strong>", block, StringComparison.Ordinal);
            foreach (var i in missing.Indicators)
                Assert.Contains(Fixtures.Encoded(i.MissingReason!), block, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_NoCaseWithAReading_HasNoValidationSection()
    {
        var data = ReportData.Build(Fixtures.BuiltIn.Coalitions.Take(3).Select(c => c with { Cooper = null }), Fixtures.BuiltIn.Codebook);

        string html = HtmlReport.Render(data);

        Assert.DoesNotContain("id=\"validation\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#validation\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Trajectories_OneChartAndOneTablePerCaseWithPeriods()
    {
        var withPeriods = Fixtures.BuiltIn.Coalitions.Where(c => !c.Periods.IsEmpty).ToList();
        string section = TopSection(Html, "trajectories");

        Assert.NotEmpty(withPeriods);
        Assert.Equal(withPeriods.Count, Regex.Count(section, "<figure class=\"chart\" id=\"chart-trajectory-"));
        foreach (var c in withPeriods)
        {
            string id = c.Id.Value;
            Assert.Contains($"id=\"chart-trajectory-{id}\"", section, StringComparison.Ordinal);
            Assert.Contains($"aria-describedby=\"trajectory-table-{id}\"", section, StringComparison.Ordinal);
            int start = section.IndexOf($"<table class=\"trajectory\" id=\"trajectory-table-{id}\">", StringComparison.Ordinal);
            string table = section[start..section.IndexOf("</table>", start, StringComparison.Ordinal)];
            Assert.Equal(c.Periods.Select(p => p.Id.Value), Regex.Matches(table, "<tr data-period=\"([^\"]+)\">").Select(m => m.Groups[1].Value));
            Assert.Equal(AxisInfo.All.Count, Regex.Count(section[section.IndexOf($"id=\"chart-trajectory-{id}\"", StringComparison.Ordinal)..start], "<g class=\"trajectory-set\""));
        }
    }

    [Fact]
    public void Render_Trajectories_TableGivesEachPeriodsModelCellUndatedKeptAndFlags()
    {
        string section = TopSection(Html, "trajectories");

        foreach (var t in Fixtures.BuiltIn.Trajectories)
        {
            foreach (var p in t.Periods)
            {
                string row = Regex.Match(section[section.IndexOf($"id=\"trajectory-table-{t.Case.Value}\"", StringComparison.Ordinal)..], $"<tr data-period=\"{Regex.Escape(p.Period!)}\">.*?</tr>").Value;
                Assert.Contains(ReportText.Model(p.Model), row, StringComparison.Ordinal);
                Assert.Contains(p.Cell is { } cell ? $">{cell.Code}</code>" : "<td>–</td>", row, StringComparison.Ordinal);
                Assert.Contains($"<td class=\"num\">{p.UndatedKept}</td>", row, StringComparison.Ordinal);
                foreach (string flag in p.Flags)
                    Assert.Contains(flag, row, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Render_NoCaseWithPeriods_HasNoTrajectoriesSection()
    {
        var data = ReportData.Build(Fixtures.BuiltIn.Coalitions.Select(c => c with { Periods = [] }), Fixtures.BuiltIn.Codebook);

        string html = HtmlReport.Render(data);

        Assert.Empty(ReportCharts.For(data).Trajectories);
        Assert.DoesNotContain("id=\"trajectories\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#trajectories\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Navigation_LinksEverySection()
    {
        string nav = Html[Html.IndexOf("<nav class=\"toc\">", StringComparison.Ordinal)..Html.IndexOf("</nav>", StringComparison.Ordinal)];

        foreach (string id in new[] { "introduction", "cases", "map", "property-space", "validation", "beyond-the-paper", "trajectories", "lineage", "sources" })
        {
            Assert.Contains($"<a href=\"#{id}\">", nav, StringComparison.Ordinal);
            Assert.Contains($"<section id=\"{id}\">", Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_CaseSection_GivesEachAxisItsDimensionsBoundsCoverageAndFlags()
    {
        foreach (var c in Fixtures.BuiltIn.Classifications)
        {
            string section = Section(Html, c.Case.Value);
            foreach (var axis in c.Axes)
            {
                string key = AxisInfo.Key(axis.Axis);
                int start = section.IndexOf($"<div class=\"axis\" data-axis=\"{key}\">", StringComparison.Ordinal);
                Assert.True(start >= 0, $"{c.Case}: no block for {key}");
                string block = section[start..section.IndexOf("</table>", start, StringComparison.Ordinal)];
                string heading = block[..block.IndexOf("</h4>", StringComparison.Ordinal)];
                Assert.Contains($"[{ReportText.Number(axis.Low)}, {ReportText.Number(axis.High)}]", heading, StringComparison.Ordinal);
                Assert.Contains($"{axis.Measured} of {axis.Terms} dimensions measured, {axis.MinMeasured} required", heading, StringComparison.Ordinal);
                foreach (string flag in c.Flags.Where(f => f.EndsWith($":{key}", StringComparison.Ordinal)))
                    Assert.Contains($"<span class=\"flag\">{flag}</span>", heading, StringComparison.Ordinal);
                foreach (var d in axis.Dimensions)
                    Assert.Contains($"<tr><td><strong>{d.Id}</strong> {Fixtures.Encoded(d.Name)}</td>", block, StringComparison.Ordinal);
            }
        }
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
        Assert.Equal(6, Regex.Count(section[figure..table], "<g class=\"lineage-link\""));
        Assert.Equal(6, Regex.Count(section[table..], "<tr><td>"));
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
            Assert.Contains($"<a href=\"{Fixtures.Encoded(url.AbsoluteUri)}\"", section, StringComparison.Ordinal);
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
                Assert.Contains(Fixtures.Encoded(indicator.MissingReason!), section, StringComparison.Ordinal);
        }

        Assert.Contains(Fixtures.Encoded(gulf.Axes[0].Applied), section, StringComparison.Ordinal);
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
                Assert.Contains(Fixtures.Encoded(label), box, StringComparison.Ordinal);
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
        Assert.Equal(Html, HtmlReport.Render(ReportData.Build(Fixtures.BuiltInCases(), CodebookReader.BuiltIn())));
    }

    /// <summary>The raw value as the report writes it.</summary>
    private static string RawOf(IndicatorValue i) => i.Raw is { } raw ? ReportText.Raw(raw) : i.Category ?? "–";

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

    [Fact]
    public void Render_BeyondThePaper_PutsEveryPlacedCaseInItsCellsColumnAndCountsTheCellsOnlyTheNewCasesFill()
    {
        int start = Html.IndexOf("<section id=\"beyond-the-paper\">", StringComparison.Ordinal);
        string section = Html[start..Html.IndexOf("</section>", start, StringComparison.Ordinal)];
        var data = Fixtures.BuiltIn;
        var paper = data.Coalitions.Where(c => c.Cooper is not null).Select(c => c.Id.Value).ToHashSet();
        var rows = Regex.Matches(section, "<tr><td><a href=\"#cell-(\\d{5})\">.*?</td><td>.*?</td><td>(.*?)</td><td>(.*?)</td></tr>").ToList();

        var placed = data.Classifications.Where(c => c.Cell is not null).ToList();
        Assert.Equal(placed.Select(c => c.Cell!.Value.Code).Distinct().Count(), rows.Count);
        foreach (var c in placed)
        {
            var row = rows.Single(r => r.Groups[1].Value == c.Cell!.Value.Code);
            string column = paper.Contains(c.Case.Value) ? row.Groups[2].Value : row.Groups[3].Value;
            Assert.Contains($"#case-{c.Case.Value}\"", column, StringComparison.Ordinal);
        }

        int onlyNew = rows.Count(r => !paper.Any(p => r.Groups[2].Value.Contains($"#case-{p}\"", StringComparison.Ordinal)));
        Assert.Contains($"the others add {onlyNew} cell", section, StringComparison.Ordinal);
        Assert.Equal(onlyNew, Regex.Count(section, "<span class=\"tag\">new</span>"));
    }
}
