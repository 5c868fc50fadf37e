using System.Diagnostics;
using Microsoft.Playwright;

namespace Willing.Web.Tests.Browser;

/// <summary>Writing through the workbench in Chromium: signing in, coding a small coalition and seeing it classified, running and cancelling a simulation.</summary>
public sealed class WritingTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static async Task SignInAsync(IPage page, string returnUrl)
    {
        await page.GotoAsync("/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.GetByLabel("Write token").FillAsync(WorkbenchServer.Token);
        await page.GetByLabel("Your name").FillAsync("B. Coder");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**" + returnUrl);
    }

    /// <summary>The issue's small coalition: five members (one an NGO network), a leader, two events, three sources; made up for the test.</summary>
    private static readonly (string Field, string Value)[] SmallCoalition =
    [
        ("name", "Browser-coded core group (test)"), ("id", "browser-test-2007"),
        ("summary", "A made-up test coalition: Norway and like-minded states with an NGO network negotiate a ban outside the standing forum."),
        ("leader", "NOR"), ("issue_area.category", "humanitarian-disarmament"), ("issue_area.description", "A ban on a weapon."),
        ("issue_area.sources", "decl"), ("period.start", "2007-02"), ("period.end", "2008-12-03"), ("period.sources", "decl"),
        ("trigger.kind", "norm-entrepreneurship"), ("trigger.date", "2006"), ("trigger.description", "NGOs publicised the harm."),
        ("trigger.sources", "site"), ("institutions.relation", "outside-standing-forum"), ("institutions.sources", "book"),
        ("actors[0].actor", "NOR"), ("actors[0].roles", "host, core-group-member"), ("actors[0].joined", "2007-02"), ("actors[0].sources", "decl"),
        ("actors[1].actor", "Ireland"), ("actors[1].roles", "core-group-member"), ("actors[1].joined", "2007-02"), ("actors[1].sources", "decl"),
        ("actors[2].actor", "nzl"), ("actors[2].roles", "core-group-member"), ("actors[2].joined", "2007-02"), ("actors[2].sources", "decl"),
        ("actors[3].actor", "Austria"), ("actors[3].roles", "core-group-member"), ("actors[3].joined", "2007-02"), ("actors[3].sources", "book"),
        ("actors[4].actor", "Test Munition Coalition"), ("actors[4].kind", "ngo-network"), ("actors[4].roles", "campaign-coordinator"),
        ("actors[4].joined", "2007-02"), ("actors[4].sources", "site"),
        ("events[0].name", "Opening conference"), ("events[0].kind", "conference"), ("events[0].date", "2007-02-22"), ("events[0].sources", "decl"),
        ("events[1].name", "Signature"), ("events[1].kind", "signature"), ("events[1].date", "2008-12-03"), ("events[1].sources", "site"),
        ("sources[0].id", "decl"), ("sources[0].kind", "official"), ("sources[0].citation", "A declaration, 23 February 2007."),
        ("sources[1].id", "site"), ("sources[1].kind", "primary"), ("sources[1].url", "https://example.org/campaign"),
        ("sources[2].id", "book"), ("sources[2].kind", "academic"), ("sources[2].citation", "A. Author (2009). A Book. A Press."),
    ];

    private static async Task FillAsync(IPage page, string name, string value)
    {
        var field = page.Locator($"[name='{name}']");
        if (await field.EvaluateAsync<string>("e => e.tagName") == "SELECT")
            await field.SelectOptionAsync(value);
        else
            await field.FillAsync(value);
    }

    [Fact]
    public async Task A_small_coalition_is_coded_in_the_form_and_shown_classified()
    {
        var page = await fixture.NewPageAsync();
        await SignInAsync(page, "/code");
        var clock = Stopwatch.StartNew();
        // A mistake first: a membership citing a source that is not declared, shown beside its field.
        foreach (var (name, value) in SmallCoalition)
            await FillAsync(page, name, name == "actors[2].sources" ? "nowhere" : value);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        var summary = page.Locator("#error-summary");
        await summary.WaitForAsync();
        var field = page.Locator("[name='actors[2].sources']");
        Assert.Equal("true", await field.GetAttributeAsync("aria-invalid"));
        string describedBy = (await field.GetAttributeAsync("aria-describedby"))!;
        Assert.Contains("nowhere", await page.Locator("#" + describedBy.Split(' ')[0]).InnerTextAsync(), StringComparison.Ordinal);

        await field.FillAsync("decl");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save coalition" }).ClickAsync();
        await page.WaitForURLAsync("**/cases/browser-test-2007");
        Assert.Equal("Browser-coded core group (test)", await page.Locator("h1").InnerTextAsync());
        string model = (await page.Locator("[data-model]").First.GetAttributeAsync("data-model"))!;
        Assert.Contains(model, (string[])["one", "two", "hybrid", "undetermined"]);
        Assert.True(await page.Locator("section.case .axis").CountAsync() >= 4);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"coding took {clock.Elapsed}");

        // It appears everywhere: the list finds it.
        await page.GotoAsync("/cases?q=browser-coded");
        await page.Locator("#case-list tr[data-case='browser-test-2007']").WaitForAsync();
    }

    [Fact]
    public async Task A_tiny_simulation_runs_with_progress_to_its_fan_chart()
    {
        var page = await fixture.NewPageAsync();
        await SignInAsync(page, "/simulate");
        await page.GetByLabel("Scenario").SelectOptionAsync("iraq-2003");
        await page.GetByLabel("Replicates").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run" }).ClickAsync();
        await page.WaitForURLAsync("**/simulations/*");
        // htmx polls the job every second; the fan chart replaces the progress bar when it is done.
        await page.Locator("figure.chart svg").WaitForAsync(new() { Timeout = 120_000 });
        Assert.True(await page.Locator("#fan-table tr").CountAsync() > 2);
        await ReadingTests.NoAccessibilityViolations(page);
    }

    [Fact]
    public async Task A_running_simulation_is_cancelled()
    {
        var page = await fixture.NewPageAsync();
        await SignInAsync(page, "/simulate");
        await page.GetByLabel("Scenario").SelectOptionAsync("landmines-ottawa");
        await page.GetByLabel("Replicates").FillAsync("2000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run" }).ClickAsync();
        await page.WaitForURLAsync("**/simulations/*");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("ancelled", new() { Timeout = 60_000 });
        Assert.Equal(0, await page.Locator("figure.chart svg").CountAsync());
    }
}
