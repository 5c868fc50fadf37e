using Microsoft.Playwright;

namespace Willing.Web.Tests.Browser;

/// <summary>
/// One Chromium (Debian's, at <c>WILLING_TEST_CHROMIUM</c>) and one workbench for the browser tests of a class.
/// With no Chromium named the tests fail and say how to run them; <c>WILLING_TEST_CHROMIUM=none</c> is for
/// leaving them out with a filter, never a silent skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The workbench under test.</summary>
    public WorkbenchServer Server { get; private set; } = null!;

    /// <summary>The Chromium to drive, from <c>WILLING_TEST_CHROMIUM</c>.</summary>
    public static string ChromiumPath()
    {
        string? path = Environment.GetEnvironmentVariable("WILLING_TEST_CHROMIUM");
        if (string.IsNullOrEmpty(path) || path == "none")
        {
            throw new InvalidOperationException(
                "the browser tests need Chromium: run them with scripts/test.sh (which installs Debian's chromium), or set WILLING_TEST_CHROMIUM=/usr/bin/chromium");
        }

        return File.Exists(path) ? path : throw new InvalidOperationException($"WILLING_TEST_CHROMIUM names {path}, which does not exist");
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        string chromium = ChromiumPath();
        Server = await WorkbenchServer.StartAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new page (its own context: no cookies shared with other tests) on the workbench.</summary>
    /// <param name="width">The viewport width (375 for a phone).</param>
    public async Task<IPage> NewPageAsync(int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        playwright?.Dispose();
        if (Server is not null)
            await Server.DisposeAsync();
    }
}
