using System.Diagnostics;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Willing.Reports.Views;
using Xunit.Abstractions;

namespace Willing.Web.Tests.Pages;

public sealed class BenchTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Bench()
    {
        if (Environment.GetEnvironmentVariable("WILLING_BENCH") is null)
            return;
        await using var server = await WorkbenchServer.StartAsync();
        var data = (WorkbenchData)server.App.Services.GetService(typeof(WorkbenchData))!;
        var snapshot = await data.CurrentAsync();
        var (c, k) = snapshot.Find("iraq-2003")!.Value;
        var profile = new Willing.Reports.Charts.AxisProfileChart(k);
        _ = profile.ToSvg();
        var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        async Task<string> Render()
        {
            return await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<CaseSection>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                ["Coalition"] = c, ["Classification"] = k, ["Profile"] = profile,
            }))).ToHtmlString());
        }

        for (int i = 0; i < 5; i++)
            await Render();
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < 50; i++)
            await Render();
        output.WriteLine($"CaseSection iraq: {sw.Elapsed.TotalMilliseconds / 50:0.0} ms, {(await Render()).Length} chars");
    }
}
