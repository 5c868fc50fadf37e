using System.Net;
using Willing.Core.Reading;
using Willing.Core.Writing;
using Willing.Lifecycle.Cases;
using Willing.Lifecycle.Survival;
using Willing.Networks.Cases;
using Willing.Networks.Metrics;
using Willing.Typology;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;
using static Willing.Web.Tests.Api.ApiKit;

namespace Willing.Web.Tests.Api;

/// <summary>The read endpoints on a real server, their numbers against the analyses run here on the built-in case base.</summary>
public sealed class ReadTests(ReadServer fixture) : IClassFixture<ReadServer>
{
    private static readonly Lazy<CaseBase> BuiltIn = new(() => CaseBase.LoadBuiltIn().CaseBase!);

    private WorkbenchServer Server => fixture.Server;

    private HttpClient Client => fixture.Server.Client;

    [Fact]
    public async Task Cases_ListsEveryStoredCaseWithItsPlacementAndRevision()
    {
        var list = await Client.GetJsonAsync("/api/cases");

        var items = list.EnumerateArray().ToList();
        Assert.Equal(28, items.Count);
        Assert.Equal(items.Select(i => i.GetProperty("id").GetString()).Order(StringComparer.Ordinal), items.Select(i => i.GetProperty("id").GetString()));
        var engine = new TypologyEngine(CodebookReader.BuiltIn());
        foreach (var item in items)
        {
            string id = item.GetProperty("id").GetString()!;
            var expected = engine.Classify(BuiltIn.Value.Find(id)!);
            Assert.Equal(TypologyJsonName(expected.Model), item.GetProperty("model").GetString());
            Assert.Equal(expected.Cell?.Code, item.TryGetProperty("cell", out var cell) ? cell.GetString() : null);
            foreach (var axis in AxisInfo.All)
            {
                var axes = item.GetProperty("axes");
                Assert.Equal(expected[axis].Membership, axes.TryGetProperty(AxisInfo.Key(axis), out var m) ? m.GetDouble() : null);
            }

            Assert.Equal(1, item.GetProperty("revision").GetInt32());
            Assert.Equal("willing", item.GetProperty("updated_by").GetString());
        }

        var iraq = items.Single(i => i.GetProperty("id").GetString() == "iraq-2003");
        Assert.Equal("one", iraq.GetProperty("model").GetString());
        Assert.Equal("2003-03-19", iraq.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal("hard-security", iraq.GetProperty("issue_area").GetString());
        Assert.Contains(iraq.GetProperty("leaders").EnumerateArray(), l => l.GetProperty("id").GetString() == "USA");
        Assert.Equal(BuiltIn.Value.Find("iraq-2003")!.Members.Count(), iraq.GetProperty("members").GetInt32());
    }

    [Fact]
    public async Task Cases_FiltersByModelCellAndWord()
    {
        var two = (await Client.GetJsonAsync("/api/cases?model=two")).EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        var one = (await Client.GetJsonAsync("/api/cases?model=ONE")).EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        var cell = (await Client.GetJsonAsync("/api/cases?cell=11111")).EnumerateArray().Select(i => i.GetProperty("cell").GetString()).ToList();
        var corner = (await Client.GetJsonAsync("/api/cases?cell=0000")).EnumerateArray().Select(i => i.GetProperty("cell").GetString()).ToList();
        var word = (await Client.GetJsonAsync("/api/cases?q=OTTAWA")).EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();

        Assert.Contains("landmines-ottawa", two);
        Assert.DoesNotContain("iraq-2003", two);
        Assert.Contains("iraq-2003", one);
        Assert.NotEmpty(cell);
        Assert.All(cell, c => Assert.Equal("11111", c));
        Assert.NotEmpty(corner);
        Assert.All(corner, c => Assert.StartsWith("0000", c, StringComparison.Ordinal));
        Assert.Equal(["landmines-ottawa"], word);
    }

    [Fact]
    public async Task Cases_BadFilters_ProblemListingEach()
    {
        using var response = await Client.GetAsync(Url("/api/cases?model=three&cell=12345"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-request");
        Assert.Equal(["model", "cell"], Errors(problem).Select(e => e.Path));
        Assert.All(Errors(problem), e => Assert.Equal("query", e.File));
    }

    [Theory]
    [InlineData("iraq-2003")]
    [InlineData("landmines-ottawa")]
    public async Task Case_TheCoalitionWithItsRevisionAsETag(string id)
    {
        using var response = await Client.GetAsync(Url("/api/cases/" + id));
        var json = Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"rev-1\"", response.Headers.ETag?.ToString());
        Assert.Equal(1, json.GetProperty("revision").GetInt32());
        var coalition = json.GetProperty("coalition");
        var expected = BuiltIn.Value.Find(id)!;
        Assert.Equal(id, coalition.GetProperty("id").GetString());
        Assert.Equal(expected.Memberships.Length, coalition.GetProperty("memberships").GetArrayLength());
        Assert.Equal(expected.Sources.Length, coalition.GetProperty("sources").GetArrayLength());
        // Enum values in kebab case, as the case file writes them.
        Assert.Equal(KebabName(expected.Trigger.Kind), coalition.GetProperty("trigger").GetProperty("kind").GetString());

        using var again = new HttpRequestMessage(HttpMethod.Get, Url("/api/cases/" + id));
        again.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"rev-1\""));
        using var notModified = await Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Theory]
    [InlineData("iraq-2003", "one")]
    [InlineData("landmines-ottawa", "two")]
    public async Task Classification_EqualsTheTypologyEngine(string id, string model)
    {
        var json = await Client.GetJsonAsync($"/api/cases/{id}/classification");

        var coalition = BuiltIn.Value.Find(id)!;
        var engine = new TypologyEngine(CodebookReader.BuiltIn());
        var expected = engine.Classify(coalition);
        Assert.Equal(model, json.GetProperty("model").GetString());
        Assert.Equal(expected.Cell!.Value.Code, json.GetProperty("cell").GetString());
        Assert.Equal(expected.MembershipOne, json.GetProperty("membership_one").GetDouble());
        Assert.Equal(expected.MembershipTwo, json.GetProperty("membership_two").GetDouble());
        Assert.Equal(expected.Indeterminacy, json.GetProperty("indeterminacy").GetDouble());
        Assert.Equal(expected.DistanceOne, json.GetProperty("distance_one").GetDouble());
        Assert.Equal(expected.DistanceTwo, json.GetProperty("distance_two").GetDouble());
        var axes = json.GetProperty("axes").EnumerateArray().ToList();
        Assert.Equal(["organization", "motivation", "actorness", "trigger", "institutions", "diplomacy"], axes.Select(a => a.GetProperty("axis").GetString()));
        foreach (var (axis, score) in axes.Zip(expected.Axes))
        {
            Assert.Equal(AxisInfo.Letter(score.Axis), axis.GetProperty("set").GetString());
            Assert.Equal(score.Membership, axis.GetProperty("membership").GetDouble());
            Assert.Equal(score.Low, axis.GetProperty("low").GetDouble());
            Assert.Equal(score.High, axis.GetProperty("high").GetDouble());
            Assert.Equal(score.Rule, axis.GetProperty("rule").GetString());
            Assert.Equal(score.Measured, axis.GetProperty("coverage").GetProperty("measured").GetInt32());
            Assert.Equal(score.Dimensions.Length, axis.GetProperty("dimensions").GetArrayLength());
            var indicators = axis.GetProperty("indicators").EnumerateArray().ToList();
            Assert.Equal(score.Indicators.Select(i => i.Id), indicators.Select(i => i.GetProperty("id").GetString()));
            foreach (var (indicator, value) in indicators.Zip(score.Indicators))
            {
                Assert.Equal(value.Raw, indicator.TryGetProperty("raw", out var raw) ? raw.GetDouble() : null);
                Assert.Equal(value.Membership, indicator.TryGetProperty("membership", out var m) ? m.GetDouble() : null);
                var evidence = indicator.GetProperty("evidence").EnumerateArray().ToList();
                Assert.Equal(value.Evidence.Select(e => e.Fact), evidence.Select(e => e.GetProperty("fact").GetString()));
                Assert.Equal(value.Evidence.SelectMany(e => e.Sources.Select(s => s.Value)),
                    evidence.SelectMany(e => e.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString())));
            }
        }

        var periods = engine.ClassifyPeriods(coalition);
        var trajectory = json.GetProperty("trajectory").EnumerateArray().ToList();
        Assert.NotEmpty(trajectory);
        Assert.Equal(periods.Select(p => p.Period), trajectory.Select(p => p.GetProperty("period").GetString()));
        Assert.Equal(periods.Select(p => p[Axis.Organization].Membership),
            trajectory.Select(p => p.GetProperty("axes").TryGetProperty("organization", out var h) ? h.GetDouble() : (double?)null));
    }

    [Fact]
    public async Task Classification_SourcesOfTheEvidenceCarryTheirCitations()
    {
        var json = await Client.GetJsonAsync("/api/cases/iraq-2003/classification");

        var sources = json.GetProperty("axes").EnumerateArray()
            .SelectMany(a => a.GetProperty("indicators").EnumerateArray())
            .SelectMany(i => i.GetProperty("evidence").EnumerateArray())
            .SelectMany(e => e.GetProperty("sources").EnumerateArray()).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.True(s.TryGetProperty("url", out _) || s.TryGetProperty("citation", out _), s.ToString()));
    }

    [Theory]
    [InlineData("iraq-2003")]
    [InlineData("landmines-ottawa")]
    public async Task Timeline_EqualsTheLifecycleTimeline(string id)
    {
        var json = await Client.GetJsonAsync($"/api/cases/{id}/timeline");

        var coalition = BuiltIn.Value.Find(id)!;
        var expected = Timeline.Of(coalition);
        Assert.Equal(expected.Clock.Label(0), json.GetProperty("origin").GetString());
        Assert.Equal(expected.LastMonth, json.GetProperty("last_month").GetInt32());
        Assert.Equal(expected.Members.Select(m => m.Actor.Value), json.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("actor").GetString()));
        Assert.Equal(expected.Exits.Select(m => m.Actor.Value), json.GetProperty("exits").EnumerateArray().Select(m => m.GetProperty("actor").GetString()));
        Assert.Equal(expected.Triggers.Select(t => t.Id.Value), json.GetProperty("triggers").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.Equal(expected.Months.Select(m => m.Members), json.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("members").GetInt32()));
        var events = json.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(coalition.Events.Length, events.Count);
        Assert.Equal(events.Select(e => e.GetProperty("month").GetInt32()).Order(), events.Select(e => e.GetProperty("month").GetInt32()));
    }

    [Fact]
    public async Task Timeline_IraqExitsCarryReasonKindAndTrigger()
    {
        var json = await Client.GetJsonAsync("/api/cases/iraq-2003/timeline");

        var spain = json.GetProperty("exits").EnumerateArray().Single(e => e.GetProperty("actor").GetString() == "ESP");
        var expected = Timeline.Of(BuiltIn.Value.Find("iraq-2003")!).Exits.Single(e => e.Actor.Value == "ESP");
        Assert.Equal(KebabName(expected.Reason!.Value), spain.GetProperty("reason").GetString());
        Assert.Equal("unilateral", spain.GetProperty("kind").GetString());
        Assert.Equal(expected.Event?.Value, spain.TryGetProperty("event", out var e) ? e.GetString() : null);
        Assert.Equal(expected.EndMonth, spain.GetProperty("month").GetInt32());
    }

    [Theory]
    [InlineData("iraq-2003")]
    [InlineData("landmines-ottawa")]
    public async Task Network_EqualsTheCoordinationNetworkAndItsMetrics(string id)
    {
        var json = await Client.GetJsonAsync($"/api/cases/{id}/network");

        var network = CoordinationNetwork.Of(BuiltIn.Value.Find(id)!);
        var graph = network.ToGraph();
        var summary = Willing.Reports.NetworkSummary.Of(network);
        Assert.Equal(summary.Nodes, json.GetProperty("summary").GetProperty("nodes").GetInt32());
        Assert.Equal(summary.Links, json.GetProperty("summary").GetProperty("links").GetInt32());
        Assert.Equal(summary.Density, json.GetProperty("summary").GetProperty("density").GetDouble());
        Assert.Equal(summary.DegreeCentralization, json.GetProperty("summary").GetProperty("degree_centralization").GetDouble());
        var nodes = json.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(graph.Nodes.Select(n => n.Id), nodes.Select(n => n.GetProperty("id").GetString()));
        var degree = Degrees.Degree(graph);
        var betweenness = ShortestPaths.Betweenness(graph);
        var eigenvector = Eigenvector.Compute(graph);
        for (int v = 0; v < nodes.Count; v++)
        {
            Assert.Equal(degree[v], nodes[v].GetProperty("degree").GetInt32());
            Assert.Equal(betweenness[v], nodes[v].GetProperty("betweenness").GetDouble(), 12);
            Assert.Equal(eigenvector[v], nodes[v].GetProperty("eigenvector").GetDouble(), 12);
        }

        var edges = json.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(network.Links.Select(l => (l.A, l.B, l.Weight)),
            edges.Select(e => (e.GetProperty("a").GetString()!, e.GetProperty("b").GetString()!, e.GetProperty("weight").GetInt32())));
        Assert.All(edges, e => Assert.Equal(e.GetProperty("weight").GetInt32(), e.GetProperty("bases").GetArrayLength()));
    }

    [Fact]
    public async Task Network_ModelOneIsMoreCentralisedThanModelTwo()
    {
        var iraq = await Client.GetJsonAsync("/api/cases/iraq-2003/network");
        var ottawa = await Client.GetJsonAsync("/api/cases/landmines-ottawa/network");

        var hub = iraq.GetProperty("nodes").EnumerateArray().MaxBy(n => n.GetProperty("degree").GetInt32());
        Assert.Equal("USA", hub.GetProperty("id").GetString());
        Assert.Contains(ottawa.GetProperty("nodes").EnumerateArray(), n => !n.GetProperty("state_side").GetBoolean());
    }

    [Fact]
    public async Task Survival_IraqEqualsTheKaplanMeierEstimate()
    {
        var json = await Client.GetJsonAsync("/api/cases/iraq-2003/survival");

        var coalition = BuiltIn.Value.Find("iraq-2003")!;
        var history = EventHistory.Of(coalition);
        var curve = KaplanMeier.Estimate(history.ToSurvivalDataPerMember()).Curves[0];
        Assert.Equal(history.Subjects.Length, json.GetProperty("subjects").GetInt32());
        Assert.Equal(curve.Events, json.GetProperty("events").GetInt32());
        Assert.Equal(curve.Median, json.GetProperty("median").GetDouble());
        var rows = json.GetProperty("curve").EnumerateArray().ToList();
        Assert.Equal(curve.Rows.Length, rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            Assert.Equal(curve.Rows[i].Time, rows[i].GetProperty("time").GetDouble());
            Assert.Equal(curve.Rows[i].AtRisk, rows[i].GetProperty("at_risk").GetInt32());
            Assert.Equal(curve.Rows[i].Events, rows[i].GetProperty("events").GetInt32());
            Assert.Equal(curve.Rows[i].Survival, rows[i].GetProperty("survival").GetDouble());
            double? lower = double.IsFinite(curve.Rows[i].Lower) ? curve.Rows[i].Lower : null;
            Assert.Equal(lower, rows[i].TryGetProperty("lower", out var lo) ? lo.GetDouble() : null);
        }

        Assert.False(json.TryGetProperty("reason", out _));
        Assert.True(curve.Events > 10);
    }

    [Fact]
    public async Task Survival_ACaseWhoseMembersNeverLeft_AFlatOrEmptyCurveAndAReason()
    {
        var json = await Client.GetJsonAsync("/api/cases/alba-1997/survival");

        Assert.Equal(0, json.GetProperty("events").GetInt32());
        Assert.Contains("alba-1997", json.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.All(json.GetProperty("curve").EnumerateArray(), r => Assert.Equal(1.0, r.GetProperty("survival").GetDouble()));
    }

    [Fact]
    public async Task EveryReadEndpoint_AnswersForEveryStoredCase()
    {
        var ids = (await Client.GetJsonAsync("/api/cases")).EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();

        foreach (string id in ids)
        {
            foreach (string part in new[] { "", "/classification", "/timeline", "/network", "/survival", "/history" })
                await Client.GetJsonAsync($"/api/cases/{id}{part}");
        }
    }

    [Fact]
    public async Task History_TheSeededRevisionCitingEverySource()
    {
        var json = await Client.GetJsonAsync("/api/cases/landmines-ottawa/history");

        var revision = Assert.Single(json.EnumerateArray());
        Assert.Equal(1, revision.GetProperty("revision").GetInt32());
        Assert.Equal("willing", revision.GetProperty("author").GetString());
        Assert.Equal(BuiltIn.Value.Find("landmines-ottawa")!.Sources.Select(s => s.Id.Value), revision.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains(revision.GetProperty("changes").EnumerateArray(), c => c.GetProperty("path").GetString() == "memberships" && c.GetProperty("kind").GetString() == "added");
    }

    [Theory]
    [InlineData("iraq-2003")]
    [InlineData("landmines-ottawa")]
    [InlineData("alba-1997")]
    public async Task Export_ACaseFileThatReadsBackToTheSameCase(string id)
    {
        using var response = await Client.GetAsync(Url($"/api/cases/{id}/export"));
        string text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/yaml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(id + ".yaml", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("\"rev-1\"", response.Headers.ETag?.ToString());
        var read = CaseFileReader.Read(id + ".yaml", text);
        Assert.True(read.Succeeded, string.Join(Environment.NewLine, read.Errors));
        Assert.Equal(CaseFileWriter.Write(BuiltIn.Value.Find(id)!), CaseFileWriter.Write(read.Coalition!));
        Assert.Equal(text, await Server.Store().ExportAsync(id));
    }

    [Fact]
    public async Task Export_RevisionNotANumber_400_NoSuchRevision_404()
    {
        using var bad = await Client.GetAsync(Url("/api/cases/iraq-2003/export?revision=first"));
        using var missing = await Client.GetAsync(Url("/api/cases/iraq-2003/export?revision=9"));
        using var first = await Client.GetAsync(Url("/api/cases/iraq-2003/export?revision=1"));

        Assert.Equal("revision", Errors(await ProblemAsync(bad, HttpStatusCode.BadRequest, "invalid-request")).Single().Path);
        await ProblemAsync(missing, HttpStatusCode.NotFound, "not-found");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
    }

    [Theory]
    [InlineData("/api/cases/no-such-case")]
    [InlineData("/api/cases/no-such-case/classification")]
    [InlineData("/api/cases/no-such-case/timeline")]
    [InlineData("/api/cases/no-such-case/network")]
    [InlineData("/api/cases/no-such-case/survival")]
    [InlineData("/api/cases/no-such-case/history")]
    [InlineData("/api/cases/no-such-case/export")]
    [InlineData("/api/simulations/no-such-job")]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/api/cases/iraq-2003/no-such-part")]
    [InlineData("/api")]
    public async Task UnknownCaseOrRoute_ProblemNotFound(string path)
    {
        using var response = await Client.GetAsync(Url(path));

        await ProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task AnUnknownRoute_IsProblemJsonEvenForABrowser()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url("/api/nothing-here"));
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await Client.SendAsync(request);

        await ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Reads_ComputeNothingPerRequest_TheSameObjectFromTheSnapshot()
    {
        await Client.GetJsonAsync("/api/cases/iraq-2003/network");
        var snapshot = await Server.SnapshotAsync();
        var first = snapshot.Cache.Get<object>("api:network:iraq-2003", () => throw new InvalidOperationException("not memoised"));

        await Client.GetJsonAsync("/api/cases/iraq-2003/network");

        Assert.Same(first, snapshot.Cache.Get<object>("api:network:iraq-2003", () => throw new InvalidOperationException("not memoised")));
    }

    private static string TypologyJsonName(ModelKind model) => model.ToString().ToLowerInvariant();

    private static string KebabName<T>(T value) where T : struct, Enum => Willing.Core.Model.KebabCase.Name(value);
}
