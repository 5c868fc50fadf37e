using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Willing.Core.Reading;
using static Willing.Web.Tests.Api.ApiKit;

namespace Willing.Web.Tests.Api;

/// <summary>New cases, edits and imports through the API, on a fresh server and SQLite file each.</summary>
public sealed class WriteTests
{
    [Fact]
    public async Task Writes_WithoutAToken_401AndNothingChanged()
    {
        await using var server = await WorkbenchServer.StartAsync();
        string before = (await server.Store().ExportAsync("iraq-2003"))!;
        string renamed = before.Replace("\nname: ", "\nname: Renamed ", StringComparison.Ordinal);
        using var form = new MultipartFormDataContent { { Yaml(MinimalCase("via-import")), "file", "via-import.yaml" } };
        var writes = new List<HttpRequestMessage>
        {
            new(HttpMethod.Post, Url("/api/cases")) { Content = Yaml(MinimalCase()) },
            new(HttpMethod.Put, Url("/api/cases/iraq-2003")) { Content = Yaml(renamed), Headers = { IfMatch = { new EntityTagHeaderValue("\"rev-1\"") } } },
            new(HttpMethod.Post, Url("/api/cases/import")) { Content = form },
            new(HttpMethod.Post, Url("/api/simulations")) { Content = Json("{\"scenario\":\"iraq-2003\",\"replicates\":5}") },
            new(HttpMethod.Delete, Url("/api/simulations/any")),
        };

        foreach (var request in writes)
        {
            using var response = await server.Client.SendAsync(request);
            var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
            Assert.Contains("Authorization: Bearer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var cases = await server.Store().ListCasesAsync();
        Assert.Equal(28, cases.Count);
        Assert.Equal(1, cases.Single(c => c.Id == "iraq-2003").Revision);
        Assert.Equal(before, await server.Store().ExportAsync("iraq-2003"));
        Assert.Single(await server.Store().GetHistoryAsync("iraq-2003"));
    }

    [Theory]
    [InlineData("Bearer not-the-token-at-all-0123")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("test-token-0123456789abcdef")]
    public async Task Writes_WithAWrongToken_401AndNothingChanged(string authorization)
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.Address };
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);

        using var response = await client.PostAsync(Url("/api/cases"), Yaml(MinimalCase()));

        await ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal(28, (await server.Store().ListCasesAsync()).Count);
    }

    [Fact]
    public async Task Create_ANewSmallCase_201ThenListedAndClassified()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer("ana");

        using var response = await writer.PostAsync(Url("/api/cases"), Yaml(MinimalCase()));

        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        Assert.Equal("/api/cases/test-coalition", response.Headers.Location?.ToString());
        Assert.Equal("\"rev-1\"", response.Headers.ETag?.ToString());
        var revision = Parse(body);
        Assert.Equal(1, revision.GetProperty("revision").GetInt32());
        Assert.Equal("ana", revision.GetProperty("author").GetString());
        Assert.Equal(["handbook", "second-source"], revision.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));

        var listed = (await server.Client.GetJsonAsync("/api/cases")).EnumerateArray().Single(c => c.GetProperty("id").GetString() == "test-coalition");
        Assert.Equal("Test coalition of the willing", listed.GetProperty("name").GetString());
        Assert.True(listed.TryGetProperty("model", out _));
        var classification = await server.Client.GetJsonAsync("/api/cases/test-coalition/classification");
        Assert.Equal(6, classification.GetProperty("axes").GetArrayLength());
        var history = await server.Client.GetJsonAsync("/api/cases/test-coalition/history");
        Assert.Equal("ana", Assert.Single(history.EnumerateArray()).GetProperty("author").GetString());
        Assert.Equal(29, (await server.Store().ListCasesAsync()).Count);
    }

    [Fact]
    public async Task Create_AsJson_201_AndJsonErrorsAreLocatedInTheJson()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer();
        string broken = MinimalCaseJson("test-json-broken").Replace("\"kind\": \"ngo-network\"", "\"kind\": \"ngo-netwerk\"", StringComparison.Ordinal);

        using var created = await writer.PostAsync(Url("/api/cases"), Json(MinimalCaseJson()));
        using var invalid = await writer.PostAsync(Url("/api/cases"), Json(broken));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var error = Errors(await ProblemAsync(invalid, HttpStatusCode.UnprocessableEntity, "invalid-case")).Single();
        Assert.Equal("request.json", error.File);
        Assert.Equal("actors[1].kind", error.Path);
        Assert.Equal(LineOf(broken, "\"ngo-netwerk\""), error.Line);
        string line = broken.Split('\n')[error.Line - 1];
        Assert.Equal(line.IndexOf("\"ngo-netwerk\"", StringComparison.Ordinal) + 1, error.Column);
    }

    [Fact]
    public async Task Create_AnIdAlreadyStored_409AndNothingChanged()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer();
        string alba = (await server.Store().ExportAsync("alba-1997"))!;

        using var response = await writer.PostAsync(Url("/api/cases"), Yaml(alba));

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict, "case-exists");
        Assert.Equal("/api/cases/alba-1997", problem.GetProperty("location").GetString());
        Assert.Equal(("id", LineOf(alba, "id: alba-1997")), Errors(problem).Select(e => (e.Path, e.Line)).Single());
        Assert.Single(await server.Store().GetHistoryAsync("alba-1997"));
    }

    [Fact]
    public async Task Create_ThreeErrors_422ListingAllThreeWithLineColumnAndPath()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer();
        string text = MinimalCase()
            .Replace("category: humanitarian-disarmament", "category: humanitarian-disarmamint", StringComparison.Ordinal)
            .Replace("measure: total", "measure: totl", StringComparison.Ordinal)
            .Replace("    roles: [campaign-coordinator, founder]", "    roles: [campaign-coordinator, founderr]", StringComparison.Ordinal);

        using var response = await writer.PostAsync(Url("/api/cases"), Yaml(text));

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "invalid-case");
        var errors = Errors(problem);
        Assert.Equal(
            [
                ("request.yaml", LineOf(text, "humanitarian-disarmamint"), 13, "issue_area.category"),
                ("request.yaml", LineOf(text, "measure: totl"), 60, "memberships[0].contributions[0].measure"),
                ("request.yaml", LineOf(text, "founderr"), 35, "memberships[1].roles[1]"),
            ],
            errors.Select(e => (e.File, e.Line, e.Column, e.Path)));
        Assert.Contains("3 errors", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(28, (await server.Store().ListCasesAsync()).Count);
    }

    [Fact]
    public async Task Create_AnAntecedentNotStored_422AtItsLine()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer();
        string text = MinimalCase() + "antecedents:\n  - { case: no-such-case, relation: precedent, lesson: none, sources: [handbook] }\n";

        using var response = await writer.PostAsync(Url("/api/cases"), Yaml(text));

        var error = Errors(await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "invalid-case")).Single();
        Assert.Equal(LineOf(text, "no-such-case"), error.Line);
        Assert.Contains("no-such-case", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/yaml; charset=latin1")]
    public async Task Create_AnotherContentType_415(string type)
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer();
        var content = new StringContent(MinimalCase(), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);

        using var response = await writer.PostAsync(Url("/api/cases"), content);

        await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        Assert.Equal(28, (await server.Store().ListCasesAsync()).Count);
    }

    [Fact]
    public async Task Create_NoContentType_415()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(MinimalCase()));

        using var response = await writer.PostAsync(Url("/api/cases"), content);

        await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
    }

    [Fact]
    public async Task Update_FromTheCurrentRevision_200WithTheNewRevisionItsChangesAndSources()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer("ben");
        string text = (await server.Client.GetStringAsync(Url("/api/cases/alba-1997/export")))
            .Replace("\nname: Operation Alba", "\nname: Operation Alba, edited", StringComparison.Ordinal);
        var source = CaseFileReader.Read("alba.yaml", text).Coalition!.Sources[0].Id.Value;
        using var request = new HttpRequestMessage(HttpMethod.Put, Url("/api/cases/alba-1997")) { Content = Yaml(text) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"rev-1\""));
        request.Headers.Add("X-Willing-Sources", source);

        using var response = await writer.SendAsync(request);

        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("\"rev-2\"", response.Headers.ETag?.ToString());
        var revision = Parse(body);
        Assert.Equal(2, revision.GetProperty("revision").GetInt32());
        Assert.Equal("ben", revision.GetProperty("author").GetString());
        Assert.Equal([source], revision.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal([("name", "changed")], revision.GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("path").GetString(), c.GetProperty("kind").GetString())));

        var read = await server.Client.GetJsonAsync("/api/cases/alba-1997");
        Assert.Equal(2, read.GetProperty("revision").GetInt32());
        Assert.StartsWith("Operation Alba, edited", read.GetProperty("name").GetString(), StringComparison.Ordinal);
        var history = (await server.Client.GetJsonAsync("/api/cases/alba-1997/history")).EnumerateArray().ToList();
        Assert.Equal([1, 2], history.Select(h => h.GetProperty("revision").GetInt32()));
        using var old = await server.Client.GetAsync(Url("/api/cases/alba-1997/export?revision=1"));
        Assert.Contains("\nname: Operation Alba (Multinational", await old.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_WithoutIfMatch_428_AndMalformed_400_AndNothingChanged()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer();
        string text = (await server.Store().ExportAsync("alba-1997"))!.Replace("\nname: ", "\nname: X ", StringComparison.Ordinal);

        using var missing = await writer.PutAsync(Url("/api/cases/alba-1997"), Yaml(text));
        using var malformed = new HttpRequestMessage(HttpMethod.Put, Url("/api/cases/alba-1997")) { Content = Yaml(text) };
        malformed.Headers.TryAddWithoutValidation("If-Match", "revision one");
        using var malformedResponse = await writer.SendAsync(malformed);
        using var star = new HttpRequestMessage(HttpMethod.Put, Url("/api/cases/alba-1997")) { Content = Yaml(text) };
        star.Headers.TryAddWithoutValidation("If-Match", "*");
        using var starResponse = await writer.SendAsync(star);

        var required = await ProblemAsync(missing, HttpStatusCode.PreconditionRequired, "precondition-required");
        Assert.Contains("\"rev-1\"", required.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("If-Match", Errors(await ProblemAsync(malformedResponse, HttpStatusCode.BadRequest, "invalid-request")).Single().Path);
        await ProblemAsync(starResponse, HttpStatusCode.BadRequest, "invalid-request");
        Assert.Single(await server.Store().GetHistoryAsync("alba-1997"));
    }

    [Fact]
    public async Task Update_FromAStaleRevision_409WithTheCurrentRevisionAndNothingChanged()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer("first");
        string original = (await server.Store().ExportAsync("alba-1997"))!;
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(writer, "alba-1997", 1, original.Replace("\nname: ", "\nname: First ", StringComparison.Ordinal))).StatusCode);

        using var stale = await PutAsync(server.Writer("second"), "alba-1997", 1, original.Replace("\nname: ", "\nname: Second ", StringComparison.Ordinal));

        var problem = await ProblemAsync(stale, HttpStatusCode.Conflict, "edit-conflict");
        Assert.Equal(2, problem.GetProperty("current_revision").GetInt32());
        Assert.Equal("first", problem.GetProperty("current").GetProperty("author").GetString());
        Assert.Equal("\"rev-2\"", stale.Headers.ETag?.ToString());
        Assert.Contains("If-Match: \"rev-2\"", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, (await server.Store().GetHistoryAsync("alba-1997")).Count);
        Assert.Contains("\nname: First ", (await server.Store().ExportAsync("alba-1997"))!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_TwoWritersAtOnceFromOneRevision_ExactlyOneWinsTheOtherGets409()
    {
        await using var server = await WorkbenchServer.StartAsync();
        string original = (await server.Store().ExportAsync("alba-1997"))!;
        for (int round = 0; round < 5; round++)
        {
            int basedOn = round + 1;
            string current = (await server.Store().ExportAsync("alba-1997"))!;
            using var a = server.Writer("a");
            using var b = server.Writer("b");
            var answers = await Task.WhenAll(
                PutAsync(a, "alba-1997", basedOn, current.Replace("\nname: ", $"\nname: A{round} ", StringComparison.Ordinal)),
                PutAsync(b, "alba-1997", basedOn, current.Replace("\nname: ", $"\nname: B{round} ", StringComparison.Ordinal)));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(r => r.StatusCode).Order());
            foreach (var answer in answers)
                answer.Dispose();
            Assert.Equal(round + 2, (await server.Store().GetHistoryAsync("alba-1997")).Count);
        }

        Assert.NotEqual(original, await server.Store().ExportAsync("alba-1997"));
    }

    [Fact]
    public async Task Update_CitingASourceTheTextDoesNotDeclare_422()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer();
        string text = (await server.Store().ExportAsync("alba-1997"))!;
        using var request = new HttpRequestMessage(HttpMethod.Put, Url("/api/cases/alba-1997")) { Content = Yaml(text) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"rev-1\""));
        request.Headers.Add("X-Willing-Sources", "no-such-source");

        using var response = await writer.SendAsync(request);

        var error = Errors(await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "invalid-case")).Single();
        Assert.Equal("sources", error.Path);
        Assert.Contains("no-such-source", error.Message, StringComparison.Ordinal);
        Assert.Single(await server.Store().GetHistoryAsync("alba-1997"));
    }

    [Fact]
    public async Task Update_AnUnknownCase_404_AndAChangedId_422()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer();
        string alba = (await server.Store().ExportAsync("alba-1997"))!;

        using var unknown = await PutAsync(writer, "no-such-case", 1, alba);
        using var missingUnknown = await writer.PutAsync(Url("/api/cases/no-such-case"), Yaml(alba));
        using var renamed = await PutAsync(writer, "alba-1997", 1, alba.Replace("\nid: alba-1997\n", "\nid: alba-renamed\n", StringComparison.Ordinal));

        await ProblemAsync(unknown, HttpStatusCode.NotFound, "not-found");
        await ProblemAsync(missingUnknown, HttpStatusCode.NotFound, "not-found");
        Assert.Equal("id", Errors(await ProblemAsync(renamed, HttpStatusCode.UnprocessableEntity, "invalid-case")).Single().Path);
        Assert.Single(await server.Store().GetHistoryAsync("alba-1997"));
    }

    [Fact]
    public async Task ExportThenPut_RoundTrips_AndTheExportStillValidates()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer();
        foreach (string id in new[] { "iraq-2003", "landmines-ottawa" })
        {
            string text = await server.Client.GetStringAsync(Url($"/api/cases/{id}/export"));
            using var put = await PutAsync(writer, id, 1, text);
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            string again = await server.Client.GetStringAsync(Url($"/api/cases/{id}/export"));
            Assert.Equal(text, again);
            Assert.True(CaseFileReader.Read(id + ".yaml", again).Succeeded);
            Assert.Empty(Parse(await put.Content.ReadAsStringAsync()).GetProperty("changes").EnumerateArray());
        }
    }

    [Fact]
    public async Task Import_SeveralFiles_AllStored_OrNoneWithEveryError()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer("importer");

        using var bad = new MultipartFormDataContent
        {
            { Yaml(MinimalCase("import-good")), "file", "import-good.yaml" },
            { Yaml(MinimalCase("import-bad").Replace("kind: state", "kind: stat", StringComparison.Ordinal)), "file", "import-bad.yaml" },
            { Yaml((await server.Store().ExportAsync("alba-1997"))!), "file", "alba.yaml" },
        };
        using var refused = await writer.PostAsync(Url("/api/cases/import"), bad);

        var errors = Errors(await ProblemAsync(refused, HttpStatusCode.UnprocessableEntity, "invalid-case"));
        Assert.Equal(["alba.yaml", "import-bad.yaml"], errors.Select(e => e.File).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(errors, e => e.File == "alba.yaml" && e.Path == "id" && e.Message.Contains("already stored", StringComparison.Ordinal));
        Assert.Equal(28, (await server.Store().ListCasesAsync()).Count);

        using var good = new MultipartFormDataContent
        {
            { Yaml(MinimalCase("import-one")), "file", "import-one.yaml" },
            { Yaml(MinimalCase("import-two") + "antecedents:\n  - { case: import-one, relation: precedent, lesson: none, sources: [handbook] }\n"), "file", "import-two.yaml" },
        };
        using var stored = await writer.PostAsync(Url("/api/cases/import"), good);

        string body = await stored.Content.ReadAsStringAsync();
        Assert.True(stored.StatusCode == HttpStatusCode.Created, body);
        Assert.Equal(["import-one", "import-two"], Parse(body).GetProperty("imported").EnumerateArray().Select(r => r.GetProperty("case_id").GetString()));
        Assert.Equal(30, (await server.Store().ListCasesAsync()).Count);
        Assert.Equal("importer", (await server.Store().GetHistoryAsync("import-two")).Single().Author);
        await server.Client.GetJsonAsync("/api/cases/import-two/classification");
    }

    [Fact]
    public async Task Import_NotMultipartOrNoFile_415Or400()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer();

        using var yaml = await writer.PostAsync(Url("/api/cases/import"), Yaml(MinimalCase()));
        using var empty = await writer.PostAsync(Url("/api/cases/import"), new MultipartFormDataContent { { new StringContent("x"), "note" } });

        await ProblemAsync(yaml, HttpStatusCode.UnsupportedMediaType);
        await ProblemAsync(empty, HttpStatusCode.BadRequest);
    }

    internal static Task<HttpResponseMessage> PutAsync(HttpClient client, string id, int basedOn, string text)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, Url("/api/cases/" + id)) { Content = Yaml(text) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"rev-{basedOn}\""));
        return client.SendAsync(request);
    }
}
