using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using static Willing.Web.Tests.Api.ApiKit;

namespace Willing.Web.Tests.Api;

/// <summary>Bad input never crashes the server or changes the store: every answer is a 4xx problem, and the server answers after it.</summary>
public sealed class RobustnessTests(ReadServer fixture) : IClassFixture<ReadServer>
{
    [Fact]
    public async Task AnOversizedBody_413AndTheServerStillAnswers()
    {
        await using var server = await WorkbenchServer.StartAsync(o => o with { MaxRequestBytes = 64 * 1024 });
        using var writer = server.Writer();
        string big = MinimalCase() + "notes: |\n" + string.Concat(Enumerable.Repeat("  " + new string('x', 100) + "\n", 1000));

        using var declared = await writer.PostAsync(Url("/api/cases"), Yaml(big));
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        chunked.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/yaml");
        using var streamed = new HttpRequestMessage(HttpMethod.Post, Url("/api/cases")) { Content = chunked };
        streamed.Headers.TransferEncodingChunked = true;
        using var streamedResponse = await writer.SendAsync(streamed);

        await ProblemAsync(declared, HttpStatusCode.RequestEntityTooLarge, "too-large");
        await ProblemAsync(streamedResponse, HttpStatusCode.RequestEntityTooLarge, "too-large");
        Assert.Equal(28, (await server.Client.GetJsonAsync("/api/cases")).GetArrayLength());
        Assert.Equal(28, (await server.Store().ListCasesAsync()).Count);
    }

    [Fact]
    public async Task AnOversizedSimulationRequest_413()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer();
        string big = "{\"scenario\":\"iraq-2003\",\"replicates\":5,\"pad\":\"" + new string('x', 100_000) + "\"}";

        using var response = await writer.PostAsync(Url("/api/simulations"), Json(big));

        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "too-large");
    }

    public static TheoryData<string, byte[]> BadBodies()
    {
        var random = new Random(7);
        var garbage = new byte[4096];
        random.NextBytes(garbage);
        return new TheoryData<string, byte[]>
        {
            { "garbage bytes", garbage },
            { "invalid UTF-8", [.. Encoding.UTF8.GetBytes("id: x\nname: caf"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\n")] },
            { "UTF-16", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(MinimalCase())).ToArray() },
            { "NUL bytes", [.. Encoding.UTF8.GetBytes("id: x\0\0\0\n")] },
            { "empty", [] },
            { "deeply nested JSON", Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)) },
            { "deeply nested YAML", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', i) + "a:\n"))) },
            { "an alias bomb", Encoding.UTF8.GetBytes("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n") },
            { "a JSON array", Encoding.UTF8.GetBytes("[1, 2, 3]") },
            { "a JSON string", Encoding.UTF8.GetBytes("\"just a string\"") },
            { "truncated JSON", Encoding.UTF8.GetBytes("{\"id\": \"x\", \"name\": ") },
            { "a YAML tab", Encoding.UTF8.GetBytes("id: x\n\tname: y\n") },
            { "a lone CR", Encoding.UTF8.GetBytes("id: x\rname: y\n") },
            { "control characters", Encoding.UTF8.GetBytes("id: \u0001\u0002\u001b[31m\nname: \u202Ename\n") },
        };
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task ABadCaseBody_422WithLocatedErrors_NeverA500(string what, byte[] body)
    {
        var server = fixture.Server;
        using var writer = server.Writer();

        foreach (string type in new[] { "application/yaml", "application/json" })
        {
            using var post = await writer.PostAsync(Url("/api/cases"), Bytes(body, type));
            var problem = await ProblemAsync(post, HttpStatusCode.UnprocessableEntity, "invalid-case");
            var errors = Errors(problem);
            Assert.True(errors.Count > 0, what);
            Assert.All(errors, e => Assert.True(e.Line >= 1 && e.Column >= 1, $"{what}: {e}"));

            using var put = await WriteTests.PutAsync(writer, "alba-1997", 1, Encoding.UTF8.GetString(body));
            Assert.True((int)put.StatusCode is >= 400 and < 500, $"{what}: PUT gave {(int)put.StatusCode}");
        }

        Assert.Equal(28, (await server.Store().ListCasesAsync()).Count);
        Assert.Single(await server.Store().GetHistoryAsync("alba-1997"));
        Assert.Equal(28, (await server.Client.GetJsonAsync("/api/cases")).GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task ABadSimulationBody_400Or422WithLocatedErrors_NeverA500(string what, byte[] body)
    {
        var server = fixture.Server;
        using var writer = server.Writer();

        using var response = await writer.PostAsync(Url("/api/simulations"), Bytes(body, "application/json"));

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{what}: {(int)response.StatusCode}");
        var problem = await ProblemAsync(response, response.StatusCode);
        Assert.NotEmpty(Errors(problem));
        Assert.All(Errors(problem), e => Assert.True(e.Line >= 1 && e.Column >= 1, $"{what}: {e}"));
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync(Url("/api/scenarios"))).StatusCode);
    }

    [Fact]
    public async Task AFailureInsideTheServer_AProblem500WithNoInternals()
    {
        await using var server = await WorkbenchServer.StartAsync();
        await server.Client.GetJsonAsync("/api/cases/iraq-2003/history");
        // Break the database under the running server: the next read of the history fails inside the store. (A second
        // anonymous read would come from the output cache; a reader with the token is never served from it.)
        await using (var connection = new SqliteConnection($"Data Source={server.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE revision_sources";
            await command.ExecuteNonQueryAsync();
        }

        using var writer = server.Writer();
        using var response = await writer.GetAsync(Url("/api/cases/iraq-2003/history"));

        var problem = await ProblemAsync(response, HttpStatusCode.InternalServerError, "internal");
        string body = problem.ToString();
        Assert.DoesNotContain("Sqlite", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("revision_sources", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync(Url("/api/cases"))).StatusCode);
    }

    [Fact]
    public async Task AWrongMethod_AProblemNotAPage()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer();

        using var response = await writer.DeleteAsync(Url("/api/cases/iraq-2003"));

        Assert.True((int)response.StatusCode is 404 or 405, $"{(int)response.StatusCode}");
        await ProblemAsync(response, response.StatusCode);
        Assert.Equal(28, (await server.Store().ListCasesAsync()).Count);
    }
}
