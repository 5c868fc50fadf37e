using System.Net;
using System.Text.RegularExpressions;

namespace Willing.Web.Tests.Pages;

public sealed partial class ReadingPagesTests(PagesFixture fixture) : IClassFixture<PagesFixture>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/", "Coalitions of the willing" },
        { "/cases", "Cases" },
        { "/cases/iraq-2003", "Iraq" },
        { "/compare", "Compare cases" },
        { "/compare?cases=gulf-war-1991&cases=kosovo-1999&cases=iraq-2003", "Compare cases" },
        { "/map", "typology" },
        { "/signin", "Sign in" },
        { "/signout", "Sign out" },
        { "/code", "Code a coalition" },
        { "/upload", "Upload case files" },
        { "/simulate", "Simulate" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_page_answers_with_one_h1_and_the_document_frame(string url, string heading)
    {
        using var session = new PageSession(fixture.Server);
        var page = await session.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var h1 = Assert.Single(page.All("h1"));
        Assert.Contains(heading, h1.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.One("a.skip[href='#content']"));
        Assert.NotNull(page.One("main#content"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_field_has_a_label_and_no_script_but_htmx(string url, string heading)
    {
        _ = heading;
        using var session = new PageSession(fixture.Server);
        var page = await session.GetAsync(url);
        foreach (var field in page.All("input, select, textarea"))
        {
            string type = field.GetAttribute("type") ?? "text";
            if (type is "hidden" or "submit" or "button")
                continue;
            string? id = field.GetAttribute("id");
            Assert.False(string.IsNullOrEmpty(id), $"{url}: a {field.LocalName} named {field.GetAttribute("name")} has no id");
            Assert.True(page.One($"label[for='{id}']") is not null, $"{url}: no label for #{id}");
            if (field.GetAttribute("aria-describedby") is { } described)
            {
                foreach (string part in described.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    Assert.True(page.Document.GetElementById(part) is not null, $"{url}: #{id} is described by #{part}, which is not on the page");
            }
        }

        var scripts = page.All("script");
        Assert.All(scripts, s => Assert.Equal("/assets/htmx.min.js", s.GetAttribute("src")));
        Assert.Empty(page.All("[onclick], [onload], [onchange], [oninput], [onsubmit]"));
        // The workbench's own tables scope their header cells (the report's components, in section.case, are the report's).
        Assert.All(page.All("table th").Where(th => th.Closest("section.case") is null),
            th => Assert.True(th.HasAttribute("scope"), $"{url}: a header cell without scope: {th.TextContent.Trim()}"));
        var ids = page.All("[id]").Select(e => e.Id!).GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(ids.Count == 0, $"{url}: ids used twice: {string.Join(", ", ids)}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Headings_go_down_one_level_at_a_time(string url, string heading)
    {
        _ = heading;
        using var session = new PageSession(fixture.Server);
        var page = await session.GetAsync(url);
        int previous = 0;
        foreach (var h in page.All("h1, h2, h3, h4, h5, h6"))
        {
            int level = h.LocalName[1] - '0';
            Assert.True(level <= previous + 1, $"{url}: <{h.LocalName}> “{h.TextContent.Trim()}” follows an h{previous}");
            previous = level;
        }
    }

    [Fact]
    public async Task The_list_shows_every_case_with_its_columns_and_links()
    {
        using var session = new PageSession(fixture.Server);
        var page = await session.GetAsync("/cases");
        var form = page.One("form#case-filters")!;
        Assert.Equal("get", form.GetAttribute("method"));
        foreach (string name in (string[])["q", "model", "cell", "area", "from", "to", "leader"])
            Assert.NotNull(form.QuerySelector($"[name={name}]"));
        Assert.Equal("input changed delay:300ms", form.GetAttribute("hx-trigger"));
        Assert.Equal("#case-list", form.GetAttribute("hx-select"));
        Assert.Equal("#case-list", form.GetAttribute("hx-target"));
        var rows = page.All("table#case-list tbody tr[data-case]");
        Assert.Equal(28, rows.Length);
        var iraq = page.One("tr[data-case=iraq-2003]")!;
        Assert.NotNull(iraq.QuerySelector("a[href='/cases/iraq-2003']"));
        Assert.Contains("model one", iraq.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_filters_by_model_search_area_period_and_leader()
    {
        using var session = new PageSession(fixture.Server);
        var two = await session.GetAsync("/cases?model=two");
        var rows = two.All("tr[data-case]");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("two", r.GetAttribute("data-model")));
        Assert.Contains(rows, r => r.GetAttribute("data-case") == "landmines-ottawa");

        var iraq = await session.GetAsync("/cases?q=iraq");
        Assert.Contains(iraq.All("tr[data-case]"), r => r.GetAttribute("data-case") == "iraq-2003");
        Assert.DoesNotContain(iraq.All("tr[data-case]"), r => r.GetAttribute("data-case") == "landmines-ottawa");

        var area = await session.GetAsync("/cases?area=humanitarian-disarmament");
        Assert.Contains(area.All("tr[data-case]"), r => r.GetAttribute("data-case") == "landmines-ottawa");
        Assert.DoesNotContain(area.All("tr[data-case]"), r => r.GetAttribute("data-case") == "iraq-2003");

        var period = await session.GetAsync("/cases?from=2003&to=2003");
        Assert.Contains(period.All("tr[data-case]"), r => r.GetAttribute("data-case") == "iraq-2003");
        Assert.DoesNotContain(period.All("tr[data-case]"), r => r.GetAttribute("data-case") == "gulf-war-1991");

        var leader = await session.GetAsync("/cases?leader=USA");
        Assert.Contains(leader.All("tr[data-case]"), r => r.GetAttribute("data-case") == "iraq-2003");
        Assert.DoesNotContain(leader.All("tr[data-case]"), r => r.GetAttribute("data-case") == "landmines-ottawa");

        var cell = await session.GetAsync("/cases?cell=" + (await CellOf(session, "iraq-2003")));
        Assert.Contains(cell.All("tr[data-case]"), r => r.GetAttribute("data-case") == "iraq-2003");
        Assert.All(cell.All("tr[data-case]"), r => Assert.NotEqual("two", r.GetAttribute("data-model")));
    }

    [Fact]
    public async Task A_filter_that_does_not_parse_is_reported_beside_its_field_and_left_off()
    {
        using var session = new PageSession(fixture.Server);
        var page = await session.GetAsync("/cases?from=abc&model=three&cell=12");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("year", page.ErrorOf("from"), StringComparison.Ordinal);
        Assert.NotNull(page.ErrorOf("model"));
        Assert.NotNull(page.ErrorOf("cell"));
        Assert.Equal("true", page.One("#f-from")!.GetAttribute("aria-invalid"));
        Assert.Equal(28, page.All("tr[data-case]").Length);
    }

    [Fact]
    public async Task The_iraq_page_shows_its_model_its_section_and_its_charts()
    {
        using var session = new PageSession(fixture.Server);
        var page = await session.GetAsync("/cases/iraq-2003");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Iraq", page.Text("h1"), StringComparison.Ordinal);
        Assert.Equal("one", page.One("[data-model]")!.GetAttribute("data-model"));
        Assert.NotNull(page.One("section.case#case-iraq-2003"));
        var figures = page.All("figure.chart").Where(f => f.QuerySelector("svg") is not null).ToList();
        Assert.True(figures.Count >= 4, $"only {figures.Count} charts");
        Assert.All(figures, f => Assert.False(string.IsNullOrEmpty(f.QuerySelector("[role=img]")?.GetAttribute("aria-label"))));
        foreach (string id in (string[])["chart-timeline-iraq-2003", "chart-network-iraq-2003", "chart-retention-iraq-2003"])
            Assert.NotNull(page.Document.GetElementById(id));
        Assert.NotNull(page.One("a[href='/api/cases/iraq-2003/export']"));
        Assert.Contains(page.All("a"), a => a.TextContent.Trim() == "Download case file");
        Assert.Contains(page.All("a"), a => a.TextContent.Trim() == "Compare with…" && a.GetAttribute("href") == "/compare?cases=iraq-2003");
        Assert.NotNull(page.One("#sources-by-kind h3"));
        Assert.Contains("willing", page.Text("#history table"), StringComparison.Ordinal);
        // The report's links point at the workbench's pages.
        Assert.All(page.All("section.case a[href^='#case-'], section.case a[href^='#cell-']"), a => Assert.Fail($"a report anchor left: {a.GetAttribute("href")}"));
        Assert.NotNull(page.One("section.case a[href^='/map#cell-']"));
    }

    [Fact]
    public async Task A_case_with_periods_has_its_trajectory_and_one_without_exits_says_why_it_has_no_retention_curve()
    {
        using var session = new PageSession(fixture.Server);
        var iraq = await session.GetAsync("/cases/iraq-2003");
        Assert.NotNull(iraq.One("#trajectory figure.chart svg"));
        Assert.NotNull(iraq.One("#trajectory-table"));

        foreach (var row in (await session.GetAsync("/cases")).All("tr[data-case]").Take(28))
        {
            string id = row.GetAttribute("data-case")!;
            var page = await session.GetAsync("/cases/" + id);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.NotNull(page.One("[data-model]"));
            if (page.One("#retention figure.chart") is null)
                Assert.False(string.IsNullOrWhiteSpace(page.Text("#retention p")), id);
        }
    }

    [Fact]
    public async Task An_unknown_case_is_a_404_page()
    {
        using var session = new PageSession(fixture.Server);
        var page = await session.GetAsync("/cases/no-such-case");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("No such case", page.Text("h1"));
    }

    [Fact]
    public async Task Compare_puts_a_column_per_case_and_a_row_per_set()
    {
        using var session = new PageSession(fixture.Server);
        var page = await session.GetAsync("/compare?cases=gulf-war-1991&cases=kosovo-1999&cases=iraq-2003");
        var table = page.One("table#comparison")!;
        Assert.Equal(["gulf-war-1991", "kosovo-1999", "iraq-2003"], table.QuerySelectorAll("thead th[data-case]").Select(th => th.GetAttribute("data-case")!));
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("th")!.TextContent.Trim()).ToList();
        foreach (string row in (string[])["model", "cell", "indeterminacy"])
            Assert.Contains(row, rows);
        Assert.Equal(5, rows.Count(r => Regex.IsMatch(r, "^[HCSTR] ")));
        Assert.All(table.QuerySelectorAll("tbody tr"), r => Assert.Equal(3, r.QuerySelectorAll("td").Length));
        Assert.NotNull(page.One("figure#chart-comparison-workbench svg"));
        Assert.NotNull(page.One("select[name=cases][multiple]"));
        Assert.NotNull(page.One("a[href='/compare?cases=landmines-ottawa&cases=icc-rome-statute']"));

        var ottawa = await session.GetAsync("/compare?cases=landmines-ottawa&cases=icc-rome-statute");
        Assert.Equal(2, ottawa.All("table#comparison thead th[data-case]").Length);

        var bad = await session.GetAsync("/compare?cases=iraq-2003&cases=nope");
        Assert.Equal(HttpStatusCode.OK, bad.Status);
        Assert.Contains("nope", bad.ErrorOf("cases"), StringComparison.Ordinal);
        Assert.Null(bad.One("table#comparison"));
    }

    [Fact]
    public async Task The_map_has_all_32_cells_and_the_empty_ones_have_tags()
    {
        using var session = new PageSession(fixture.Server);
        var page = await session.GetAsync("/map");
        var cells = page.All("[id^='cell-']");
        Assert.Equal(32, cells.Length);
        Assert.All(cells.Where(c => c.ClassList.Contains("empty")), c => Assert.NotNull(c.QuerySelector(".tag")));
        Assert.True(page.All("figure.chart svg").Length >= 2);
        Assert.NotNull(page.One("a[href='/cases/iraq-2003']"));
    }

    [Fact]
    public async Task The_home_page_counts_the_cases_and_links_the_pages()
    {
        using var session = new PageSession(fixture.Server);
        var page = await session.GetAsync("/");
        Assert.Contains("28", page.Text("ul.counts"), StringComparison.Ordinal);
        foreach (string href in (string[])["/cases", "/compare", "/map", "/code", "/simulate", "/upload"])
            Assert.NotNull(page.One($"main a[href^='{href}']"));
        Assert.NotNull(page.One("header a[href^='/signin']"));
    }

    [Fact]
    public async Task Static_assets_are_served()
    {
        using var session = new PageSession(fixture.Server);
        var css = await session.GetAsync("/assets/workbench.css");
        Assert.Equal(HttpStatusCode.OK, css.Status);
        Assert.Contains("overflow-x", css.Html, StringComparison.Ordinal);
    }

    private static async Task<string> CellOf(PageSession session, string id)
    {
        var page = await session.GetAsync("/cases?q=" + id);
        return page.One($"tr[data-case={id}] code[title]")!.TextContent.Trim();
    }
}
