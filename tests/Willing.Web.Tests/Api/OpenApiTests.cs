using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static Willing.Web.Tests.Api.ApiKit;

namespace Willing.Web.Tests.Api;

/// <summary>The OpenAPI document at /openapi/v1.json describes every endpoint under /api.</summary>
public sealed class OpenApiTests(ReadServer fixture) : IClassFixture<ReadServer>
{
    [Fact]
    public async Task TheDocument_ListsEveryApiRouteWithItsMethods()
    {
        var document = await fixture.Server.Client.GetJsonAsync("/openapi/v1.json");

        var routes = fixture.Server.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api", StringComparison.Ordinal) && !raw.Contains("{**", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (Path: e.RoutePattern.RawText!, Method: m.ToLowerInvariant())))
            .ToList();
        var paths = document.GetProperty("paths");
        var described = paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name))).ToList();

        Assert.True(routes.Count >= 16, string.Join(", ", routes));
        Assert.Equal(routes.Order(), described.Order());
        Assert.All(paths.EnumerateObject(), p => Assert.StartsWith("/api/", p.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryOperation_IsNamedSummarisedAndHasItsResponses_AndEveryWriteNeedsTheBearerToken()
    {
        var document = await fixture.Server.Client.GetJsonAsync("/openapi/v1.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var op = operation.Value;
                string where = $"{operation.Name} {path.Name}";
                Assert.True(ids.Add(op.GetProperty("operationId").GetString()!), where);
                Assert.False(string.IsNullOrWhiteSpace(op.GetProperty("summary").GetString()), where);
                var responses = op.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
                Assert.Contains(responses, r => r.StartsWith('2'));
                bool write = operation.Name is "post" or "put" or "delete";
                Assert.Equal(write, op.TryGetProperty("security", out var security));
                if (write)
                {
                    Assert.Contains("401", responses);
                    Assert.Contains(security.EnumerateArray(), s => s.TryGetProperty("bearer", out _));
                }

                foreach (string problem in responses.Where(r => r[0] is '4' or '5'))
                {
                    var content = op.GetProperty("responses").GetProperty(problem).GetProperty("content");
                    Assert.True(content.TryGetProperty("application/problem+json", out _), $"{where} {problem}");
                }
            }
        }

        var put = document.GetProperty("paths").GetProperty("/api/cases/{id}").GetProperty("put");
        var ifMatch = put.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "If-Match");
        Assert.Equal("header", ifMatch.GetProperty("in").GetString());
        Assert.Contains("rev-N", ifMatch.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(put.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/yaml", out _));
        var start = document.GetProperty("paths").GetProperty("/api/simulations").GetProperty("post");
        var body = start.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.Equal(["replicates", "scenario"], body.GetProperty("required").EnumerateArray().Select(r => r.GetString()).Order(StringComparer.Ordinal));
        Assert.True(body.GetProperty("properties").TryGetProperty("parameters", out _));
        var problemSchema = document.GetProperty("components").GetProperty("schemas").GetProperty("ApiProblem").GetProperty("properties");
        Assert.All(new[] { "type", "title", "status", "detail", "errors" }, p => Assert.True(problemSchema.TryGetProperty(p, out _), p));
    }

    [Fact]
    public async Task TheSchemas_CarryTheDocumentation()
    {
        var document = await fixture.Server.Client.GetJsonAsync("/openapi/v1.json");

        var item = document.GetProperty("components").GetProperty("schemas").GetProperty("CaseListItem");
        Assert.Contains("GET /api/cases", item.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("properties").GetProperty("revision").GetProperty("description").GetString()));
        using var response = await fixture.Server.Client.GetAsync(Url("/openapi/v1.json"));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }
}
