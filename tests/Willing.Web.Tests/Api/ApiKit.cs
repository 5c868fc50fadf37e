using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Willing.Storage;

namespace Willing.Web.Tests.Api;

/// <summary>What the API tests share: requests, answers read as JSON, problem answers checked, the server's store.</summary>
internal static class ApiKit
{
    public static Uri Url(string path) => new(path, UriKind.Relative);

    public static StringContent Yaml(string text) => new(text, Encoding.UTF8, "application/yaml");

    public static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    public static ByteArrayContent Bytes(byte[] bytes, string type = "application/yaml")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    /// <summary>GETs a path that must answer 200 with JSON, and parses it.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(Url(path));
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return Parse(body);
    }

    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>Checks that an answer is a problem of this status (and type, when given) with an errors array, and returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? type = null)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = Parse(body);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.StartsWith("urn:willing:problem:", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        if (type is not null)
            Assert.Equal("urn:willing:problem:" + type, problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Equal(JsonValueKind.Array, problem.GetProperty("errors").ValueKind);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        return problem;
    }

    /// <summary>The errors of a problem as (file, line, column, path, message).</summary>
    public static List<(string File, int Line, int Column, string Path, string Message)> Errors(JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateArray().Select(e => (
            e.GetProperty("file").GetString()!, e.GetProperty("line").GetInt32(), e.GetProperty("column").GetInt32(),
            e.GetProperty("path").GetString()!, e.GetProperty("message").GetString()!))];

    public static CaseStore Store(this WorkbenchServer server) => server.App.Services.GetRequiredService<CaseStore>();

    public static Task<WorkbenchSnapshot> SnapshotAsync(this WorkbenchServer server) =>
        server.App.Services.GetRequiredService<WorkbenchData>().CurrentAsync();

    /// <summary>A client that sends the write token and names its author.</summary>
    public static HttpClient Writer(this WorkbenchServer server, string author)
    {
        var client = server.Writer();
        client.DefaultRequestHeaders.Add("X-Willing-Author", author);
        return client;
    }

    /// <summary>The 1-based line of the first line of <paramref name="text"/> that contains <paramref name="fragment"/>.</summary>
    public static int LineOf(string text, string fragment)
    {
        var lines = text.Split('\n');
        int i = Array.FindIndex(lines, l => l.Contains(fragment, StringComparison.Ordinal));
        Assert.True(i >= 0, $"'{fragment}' is not in the text");
        return i + 1;
    }

    /// <summary>The smallest useful case file (docs/examples/minimal-case.yaml) under another id.</summary>
    public static string MinimalCase(string id = "test-coalition") => $$"""
        id: {{id}}
        name: Test coalition of the willing
        summary: >-
          A made-up coalition that shows the shape of a case file: a leader state and an NGO working
          together on a humanitarian disarmament campaign.
        issue_area:
          category: humanitarian-disarmament
          description: A ban on a class of weapons.
          sources: [handbook]
        period:
          start: 2001-05
          end: 2003-12-03
          sources: [handbook]
        trigger:
          kind: norm-entrepreneurship
          date: 2000
          leader_directly_threatened: false
          niche_selection: true
          description: NGOs publicised the harm the weapons do.
          sources: [handbook]
        institutions:
          relation: outside-standing-forum
          forum: Conference on Disarmament
          sources: [handbook]
        sources:
          - id: handbook
            citation: "An Imaginary Handbook of Coalitions (2005), p. 12."
            kind: academic
          - id: second-source
            citation: "Another Imaginary Book (2006), p. 3."
            kind: academic
        actors:
          - { id: NOR, kind: state }
          - { id: weapons-campaign, kind: ngo-network, name: Campaign Against the Weapon }
        memberships:
          - actor: NOR
            roles: [leader, host]
            joined: 2001-05
            contributions:
              - { kind: hosting, amount: 2, unit: events, measure: total, sources: [handbook] }
            justifications:
              - { kind: normative, description: Extending humanitarian law. }
            sources: [handbook]
          - actor: weapons-campaign
            roles: [campaign-coordinator, founder]
            joined: 2001-05
            sources: [handbook]

        """;

    /// <summary>The same case file as JSON (a case file in JSON is YAML with the same fields).</summary>
    public static string MinimalCaseJson(string id = "test-json") => $$"""
        {
          "id": "{{id}}",
          "name": "Test coalition in JSON",
          "summary": "A made-up coalition sent as JSON.",
          "issue_area": { "category": "humanitarian-disarmament", "sources": ["handbook"] },
          "period": { "start": "2001-05", "end": "2003-12-03", "sources": ["handbook"] },
          "trigger": { "kind": "norm-entrepreneurship", "date": 2000, "leader_directly_threatened": false, "niche_selection": true, "sources": ["handbook"] },
          "institutions": { "relation": "outside-standing-forum", "forum": "Conference on Disarmament", "sources": ["handbook"] },
          "sources": [ { "id": "handbook", "citation": "An Imaginary Handbook of Coalitions (2005), p. 12.", "kind": "academic" } ],
          "actors": [ { "id": "NOR", "kind": "state" }, { "id": "weapons-campaign", "kind": "ngo-network", "name": "Campaign Against the Weapon" } ],
          "memberships": [
            { "actor": "NOR", "roles": ["leader", "host"], "joined": "2001-05", "sources": ["handbook"] },
            { "actor": "weapons-campaign", "roles": ["campaign-coordinator", "founder"], "joined": "2001-05", "sources": ["handbook"] }
          ]
        }
        """;
}

/// <summary>One server for the tests that only read (each class gets its own).</summary>
public sealed class ReadServer : IAsyncLifetime
{
    public WorkbenchServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await WorkbenchServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
