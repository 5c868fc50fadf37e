namespace Willing.Web.Tests.Pages;

public sealed class DumpTests
{
    [Fact]
    public async Task Dump()
    {
        string? urls = Environment.GetEnvironmentVariable("WILLING_DUMP");
        if (urls is null)
            return;
        await using var server = await WorkbenchServer.StartAsync();
        using var session = new PageSession(server);
        int i = 0;
        foreach (string url in urls.Split(' '))
        {
            var page = await session.GetAsync(url);
            File.WriteAllText($"/tmp/dump-{i++}.html", $"<!-- {page.Status} {page.Location} -->\n" + page.Html);
        }
    }
}
