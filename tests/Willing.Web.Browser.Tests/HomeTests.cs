using Deque.AxeCore.Playwright;

namespace Willing.Web.Tests.Browser;

public sealed class HomeTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_home_page_opens_in_chromium_with_its_navigation()
    {
        var page = await fixture.NewPageAsync();
        var response = await page.GotoAsync("/");
        Assert.Equal(200, response!.Status);
        Assert.Contains("Coalitions of the willing", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.GetByRole(Microsoft.Playwright.AriaRole.Navigation).IsVisibleAsync());
        var axe = await page.RunAxe();
        Assert.True(axe.Violations.Length == 0, string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));
    }
}
