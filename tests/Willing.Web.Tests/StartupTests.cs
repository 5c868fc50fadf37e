namespace Willing.Web.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task A_new_database_is_seeded_and_the_home_page_and_api_answer()
    {
        await using var server = await WorkbenchServer.StartAsync();
        var home = await server.Client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, home.StatusCode);
        string html = await home.Content.ReadAsStringAsync();
        Assert.Contains("<h1", html, StringComparison.Ordinal);
        var css = await server.Client.GetAsync(new Uri("/assets/report.css", UriKind.Relative));
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        string cases = await server.Client.GetStringAsync(new Uri("/api/cases", UriKind.Relative));
        Assert.Contains("iraq-2003", cases, StringComparison.Ordinal);
    }
}
