using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Willing.Web.Tests.Pages;

public sealed class RenderTimeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_warm_case_page_renders_in_milliseconds()
    {
        await using var server = await WorkbenchServer.StartAsync();
        foreach (string url in (string[])["/cases/iraq-2003", "/cases", "/compare?cases=gulf-war-1991&cases=kosovo-1999&cases=iraq-2003", "/map"])
        {
            for (int i = 0; i < 5; i++)
                (await server.Client.GetAsync(new Uri(url, UriKind.Relative))).EnsureSuccessStatusCode();
            var times = new List<double>();
            for (int i = 0; i < 200; i++)
            {
                long start = Stopwatch.GetTimestamp();
                using var response = await server.Client.GetAsync(new Uri(url, UriKind.Relative));
                _ = await response.Content.ReadAsByteArrayAsync();
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            times.Sort();
            double median = times[times.Count / 2], p99 = times[(int)Math.Ceiling(times.Count * 0.99) - 1];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{url}: median {median:0.0} ms, p99 {p99:0.0} ms over 200 sequential requests"));
            // Generous, for a loaded test machine: a warm page is a few milliseconds.
            Assert.True(median < 100, $"{url}: median {median:0.0} ms");
        }
    }
}
