using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Willing.Web.Tests.Browser;

/// <summary>Reading the workbench in Chromium: the list, a case, a comparison, the map; each page checked by axe-core and at a phone's width.</summary>
public sealed class ReadingTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_list_shows_every_case_and_the_search_narrows_it()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/cases");
        var rows = page.Locator("#case-list tbody tr[data-case]");
        int all = await rows.CountAsync();
        Assert.True(all >= 28, $"{all} rows");
        await page.GetByLabel("Search").FillAsync("ottawa");
        await page.GetByLabel("Search").PressAsync("Enter");
        await page.Locator("#case-list tr[data-case='landmines-ottawa']").WaitForAsync();
        await Assertions.Expect(rows).Not.ToHaveCountAsync(all);
        Assert.True(await rows.CountAsync() < all);
    }

    [Fact]
    public async Task Iraq_2003_opens_from_the_list_with_its_model_and_charts()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/cases");
        await page.Locator("#case-list tr[data-case='iraq-2003'] a[href='/cases/iraq-2003']").First.ClickAsync();
        await page.WaitForURLAsync("**/cases/iraq-2003");
        Assert.Contains("Iraq", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("one", await page.Locator("[data-model]").First.GetAttributeAsync("data-model"));
        var charts = page.Locator("figure.chart svg");
        Assert.True(await charts.CountAsync() >= 4, $"{await charts.CountAsync()} charts");
        Assert.True(await charts.First.IsVisibleAsync());
        await NoAccessibilityViolations(page);
    }

    [Fact]
    public async Task Two_cases_compare_side_by_side()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/compare?cases=landmines-ottawa&cases=icc-rome-statute");
        var table = page.Locator("#comparison");
        await table.WaitForAsync();
        string text = await table.InnerTextAsync();
        Assert.Contains("Ottawa", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Rome", text, StringComparison.OrdinalIgnoreCase);
        await NoAccessibilityViolations(page);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/cases")]
    [InlineData("/cases/landmines-ottawa")]
    [InlineData("/compare?cases=gulf-war-1991&cases=kosovo-1999&cases=iraq-2003")]
    [InlineData("/map")]
    [InlineData("/signin")]
    public async Task Each_reading_page_passes_axe_and_fits_a_phone(string path)
    {
        var page = await fixture.NewPageAsync(width: 375);
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        await NoAccessibilityViolations(page);
        // Wide tables and charts scroll inside their own boxes; the page itself never scrolls sideways.
        int overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 1, $"{path} is {overflow} px wider than a 375 px phone");
    }

    [Fact]
    public async Task The_case_page_reads_without_javascript()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Server.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/cases/iraq-2003");
        Assert.Equal("one", await page.Locator("[data-model]").First.GetAttributeAsync("data-model"));
        Assert.True(await page.Locator("figure.chart svg").CountAsync() >= 4);
        await context.DisposeAsync();
    }

    internal static async Task NoAccessibilityViolations(IPage page)
    {
        var axe = await page.RunAxe();
        Assert.True(axe.Violations.Length == 0,
            string.Join("\n", axe.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
