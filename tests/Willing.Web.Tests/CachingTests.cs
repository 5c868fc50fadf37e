using System.Net;
using System.Text;

namespace Willing.Web.Tests;

/// <summary>Anonymous reads are served from the output cache per snapshot version; writes are seen at once; authenticated answers are never kept.</summary>
public sealed class CachingTests
{
    private static Uri U(string path) => new(path, UriKind.Relative);

    [Theory]
    [InlineData("/cases/iraq-2003")]
    [InlineData("/cases")]
    [InlineData("/api/cases/iraq-2003/classification")]
    public async Task A_second_anonymous_read_is_served_from_the_cache(string path)
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var first = await server.Client.GetAsync(U(path));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.Age);
        using var second = await server.Client.GetAsync(U(path));
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_write_is_seen_by_the_next_read_and_authenticated_reads_are_not_kept()
    {
        await using var server = await WorkbenchServer.StartAsync();
        string before = await server.Client.GetStringAsync(U("/api/cases"));
        string list = await server.Client.GetStringAsync(U("/cases"));
        Assert.DoesNotContain("example-coalition", before, StringComparison.Ordinal);

        using var writer = server.Writer();
        string text = File.ReadAllText(Path.Combine(RepoRoot.Find(), "docs", "examples", "minimal-case.yaml"));
        const string id = "example-coalition";
        using var created = await writer.PostAsync(U("/api/cases"), new StringContent(text, Encoding.UTF8, "application/yaml"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        Assert.Contains(id, await server.Client.GetStringAsync(U("/api/cases")), StringComparison.Ordinal);
        Assert.Contains($"data-case=\"{id}\"", await server.Client.GetStringAsync(U("/cases")), StringComparison.Ordinal);
        Assert.DoesNotContain($"data-case=\"{id}\"", list, StringComparison.Ordinal);

        using var authenticated1 = await writer.GetAsync(U("/api/cases"));
        using var authenticated2 = await writer.GetAsync(U("/api/cases"));
        Assert.Null(authenticated2.Headers.Age);
    }
}
