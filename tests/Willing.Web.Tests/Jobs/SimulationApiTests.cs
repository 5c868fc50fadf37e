using System.Net;
using System.Text.Json;
using Willing.Core.Reading;
using Willing.Simulation.Analysis;
using Willing.Simulation.Scenarios;
using Willing.Web.Tests.Api;
using static Willing.Web.Tests.Api.ApiKit;

namespace Willing.Web.Tests.Jobs;

/// <summary>Simulation jobs through the API on a real server: started, watched to the end, cancelled; their results against Ensemble run here.</summary>
public sealed class SimulationApiTests
{
    [Fact]
    public async Task Scenarios_ListsTheBuiltInOnesWithTheirParameters()
    {
        await using var server = await WorkbenchServer.StartAsync();

        var scenarios = (await server.Client.GetJsonAsync("/api/scenarios")).EnumerateArray().ToList();

        Assert.Equal(BuiltInScenarios.Ids, scenarios.Select(s => s.GetProperty("id").GetString()));
        var iraq = scenarios.Single(s => s.GetProperty("id").GetString() == "iraq-2003");
        Assert.Equal("leader-recruitment", iraq.GetProperty("mechanism").GetString());
        Assert.True(iraq.GetProperty("has_observed").GetBoolean());
        var h0 = iraq.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "h0");
        Assert.Equal(0.008, h0.GetProperty("default").GetDouble());
        Assert.Equal(0, h0.GetProperty("minimum").GetDouble());
        Assert.Equal(10, h0.GetProperty("maximum").GetDouble());
        Assert.False(h0.GetProperty("whole_number").GetBoolean());
        var months = iraq.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "recruitment_months");
        Assert.True(months.GetProperty("whole_number").GetBoolean());
    }

    [Fact]
    public async Task ATinyJob_CompletesWithTheFanOfEnsembleRun_AndTheObservedCurve()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer();

        using var started = await writer.PostAsync(Url("/api/simulations"), Json("""{"scenario":"iraq-2003","replicates":20,"seed":2005,"parameters":{"h0":0.03}}"""));

        string body = await started.Content.ReadAsStringAsync();
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, body);
        var job = Parse(body);
        Assert.Equal(started.Headers.Location?.ToString(), job.GetProperty("location").GetString());
        Assert.Equal(20, job.GetProperty("total").GetInt32());
        var done = await WaitAsync(server.Client, job.GetProperty("location").GetString()!, "completed");
        Assert.Equal(20, done.GetProperty("done").GetInt32());
        Assert.True(done.TryGetProperty("finished", out _));

        var cases = CaseBase.LoadBuiltIn().CaseBase!;
        var loaded = ScenarioLoader.LoadBuiltIn("iraq-2003", cases)!;
        var sim = loaded.Simulation!;
        var ensemble = Ensemble.Run(sim, sim.Parameters.Defaults.With("h0", 0.03), "troop_contributors", 20, 2005, threads: 2);
        var fan = FanChartData.From(ensemble, loaded.Scenario!.Start);
        var result = done.GetProperty("result");
        Assert.Equal("troop_contributors", result.GetProperty("reporter").GetString());
        var steps = result.GetProperty("fan").EnumerateArray().ToList();
        Assert.Equal(fan.Steps.Length, steps.Count);
        Assert.Equal(fan.Steps.Select(s => (s.Month.ToString(), s.Median, s.Low95, s.High95)),
            steps.Select(s => (s.GetProperty("month").GetString()!, s.GetProperty("median").GetDouble(), s.GetProperty("low95").GetDouble(), s.GetProperty("high95").GetDouble())));
        Assert.Equal(ensemble.Final(), result.GetProperty("final_sizes").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(ensemble.Final().Average(), result.GetProperty("final_size").GetProperty("mean").GetDouble(), 12);
        var observed = result.GetProperty("observed");
        Assert.Equal("iraq-2003: troop-contributors", observed.GetProperty("label").GetString());
        Assert.NotEmpty(observed.GetProperty("points").EnumerateArray());

        using var svg = await server.Client.GetAsync(Url(done.GetProperty("fan_chart").GetString()!));
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameRequestTwice_TheSameResult()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer();
        const string request = """{"scenario":"iraq-2003","replicates":15,"seed":42,"parameters":{"h0":0.02,"beta_election":2}}""";

        var first = await StartAndWaitAsync(server, writer, request);
        var second = await StartAndWaitAsync(server, writer, request);

        Assert.NotEqual(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.Equal(first.GetProperty("result").ToString(), second.GetProperty("result").ToString());
        var other = await StartAndWaitAsync(server, writer, request.Replace("42", "43", StringComparison.Ordinal));
        Assert.NotEqual(first.GetProperty("result").GetProperty("final_sizes").ToString(), other.GetProperty("result").GetProperty("final_sizes").ToString());
    }

    [Fact]
    public async Task ALargerJob_Cancelled_EndsCancelledBeforeItsLastRun()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer();
        using var started = await writer.PostAsync(Url("/api/simulations"), Json("""{"scenario":"landmines-ottawa","replicates":2000,"seed":1}"""));
        string location = started.Headers.Location!.ToString();
        // A second job waits behind the first (one runs at a time) and is cancelled while queued.
        using var queued = await writer.PostAsync(Url("/api/simulations"), Json("""{"scenario":"landmines-ottawa","replicates":2000,"seed":2}"""));
        string queuedAt = queued.Headers.Location!.ToString();
        await WaitAsync(server.Client, location, "running", j => j.GetProperty("done").GetInt32() > 0);

        using var cancelQueued = await writer.DeleteAsync(Url(queuedAt));
        using var cancel = await writer.DeleteAsync(Url(location));

        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        var cancelled = await WaitAsync(server.Client, location, "cancelled");
        Assert.True(cancelled.GetProperty("done").GetInt32() < 2000);
        Assert.False(cancelled.TryGetProperty("result", out _));
        Assert.Equal(HttpStatusCode.Accepted, cancelQueued.StatusCode);
        var never = await server.Client.GetJsonAsync(queuedAt);
        Assert.Equal("cancelled", never.GetProperty("state").GetString());
        Assert.Equal(0, never.GetProperty("done").GetInt32());

        using var again = await writer.DeleteAsync(Url(location));
        await ProblemAsync(again, HttpStatusCode.Conflict, "job-finished");
        using var chart = await server.Client.GetAsync(Url(location + "/fan.svg"));
        await ProblemAsync(chart, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ARequestWithErrors_422ListingEveryOneAtItsPlace()
    {
        await using var server = await WorkbenchServer.StartAsync(o => o with { MaxSimulationReplicates = 500 });
        using var writer = server.Writer();
        const string request = """
            {
              "scenario": "iraq-2003",
              "replicates": 501,
              "parameters": { "h0": 11, "no_such": 1, "recruitment_months": 2.5 },
              "colour": "blue"
            }
            """;

        using var response = await writer.PostAsync(Url("/api/simulations"), Json(request));

        var errors = Errors(await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "invalid-simulation"));
        Assert.Equal(
            [
                ("replicates", 3, 17),
                ("parameters.h0", 4, 25),
                ("parameters.no_such", 4, 40),
                ("parameters.recruitment_months", 4, 65),
                ("colour", 5, 3),
            ],
            errors.Select(e => (e.Path, e.Line, e.Column)));
        Assert.All(errors, e => Assert.Equal("request.json", e.File));
        Assert.Contains("500", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("[0, 10]", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestWithAnUnknownScenario_422AtTheScenario()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer();

        using var unknown = await writer.PostAsync(Url("/api/simulations"), Json("""{"scenario": "iraq-2004", "replicates": 5, "parameters": {"h0": 0.1}}"""));
        using var missing = await writer.PostAsync(Url("/api/simulations"), Json("""{"seed": 3}"""));
        using var wrongTypes = await writer.PostAsync(Url("/api/simulations"), Json("""{"scenario": 5, "replicates": "many", "seed": 1.5, "parameters": [1]}"""));

        var error = Errors(await ProblemAsync(unknown, HttpStatusCode.UnprocessableEntity, "invalid-simulation")).Single();
        Assert.Equal(("scenario", 1, 14), (error.Path, error.Line, error.Column));
        Assert.Contains("iraq-2003", error.Message, StringComparison.Ordinal);
        Assert.Equal(["scenario", "replicates"], Errors(await ProblemAsync(missing, HttpStatusCode.UnprocessableEntity)).Select(e => e.Path));
        Assert.Equal(["scenario", "replicates", "seed", "parameters"], Errors(await ProblemAsync(wrongTypes, HttpStatusCode.UnprocessableEntity)).Select(e => e.Path));
    }

    [Fact]
    public async Task ABodyThatIsNotJson_400AtTheSyntaxError_AndAnotherContentType_415()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var writer = server.Writer();

        using var syntax = await writer.PostAsync(Url("/api/simulations"), Json("{\"scenario\": \"iraq-2003\",\n  \"replicates\": 5,,\n}"));
        using var yaml = await writer.PostAsync(Url("/api/simulations"), Yaml("scenario: iraq-2003\nreplicates: 5\n"));

        var error = Errors(await ProblemAsync(syntax, HttpStatusCode.BadRequest, "invalid-request")).Single();
        Assert.Equal((2, 19), (error.Line, error.Column));
        await ProblemAsync(yaml, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
    }

    private static async Task<JsonElement> StartAndWaitAsync(WorkbenchServer server, HttpClient writer, string request)
    {
        using var started = await writer.PostAsync(Url("/api/simulations"), Json(request));
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        return await WaitAsync(server.Client, started.Headers.Location!.ToString(), "completed");
    }

    /// <summary>Polls a job until it is in <paramref name="state"/> (and <paramref name="also"/> holds), failing after a minute or in another final state.</summary>
    internal static async Task<JsonElement> WaitAsync(HttpClient client, string location, string state, Func<JsonElement, bool>? also = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var job = await client.GetJsonAsync(location);
            string now = job.GetProperty("state").GetString()!;
            if (now == state && (also is null || also(job)))
                return job;
            Assert.False(now is "completed" or "failed" or "cancelled" && now != state, $"the job is {now}, not {state}: {job}");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the job is still {now}: {job}");
            await Task.Delay(20);
        }
    }
}
