using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Willing.Core.Reading;
using Willing.Simulation.Analysis;
using Willing.Simulation.Scenarios;
using Willing.Web.Jobs;

namespace Willing.Web.Tests.Pages;

/// <summary>A simulation runner that runs nothing: a job stays where the test puts it.</summary>
public sealed class FakeSimulationJobs : ISimulationJobs
{
    private readonly ConcurrentDictionary<string, SimulationJob> jobs = new(StringComparer.Ordinal);
    private int next;

    public ImmutableArray<ScenarioChoice> Scenarios { get; } =
    [
        new("iraq-2003", "Iraq 2003 recruitment", "recruitment", [new("pull", "how strongly the leader pulls", 0.4, 0, 1), new("h0", "the base rate of joining", 0.02, 0, 0.5)], true),
        new("landmines-ottawa", "Ottawa norm cascade", "norm-cascade", [new("threshold", "the mean threshold", 0.3, 0, 1)], true),
    ];

    public List<SimulationRequest> Started { get; } = [];

    public JobStart Start(SimulationRequest request)
    {
        var errors = new List<InputError>();
        var scenario = Scenarios.FirstOrDefault(s => s.Id == request.Scenario);
        if (scenario is null)
            errors.Add(new InputError("request", 1, 1, $"no scenario '{request.Scenario}'", "scenario"));
        if (request.Replicates is < 1 or > 2000)
            errors.Add(new InputError("request", 1, 1, "replicates must be 1 to 2000", "replicates"));
        foreach (var (name, value) in request.Parameters)
        {
            if (scenario?.Parameters.FirstOrDefault(p => p.Name == name) is { } p && (value < p.Minimum || value > p.Maximum))
                errors.Add(new InputError("request", 1, 1, $"{name} must be {p.Minimum} to {p.Maximum}", "parameters." + name));
        }

        if (errors.Count > 0)
            return new JobStart(null, [.. errors]);
        Started.Add(request);
        var job = new SimulationJob("job-" + Interlocked.Increment(ref next).ToString(CultureInfo.InvariantCulture), request, JobState.Running, 3, request.Replicates,
            DateTimeOffset.UtcNow, null, null, null);
        jobs[job.Id] = job;
        return new JobStart(job, []);
    }

    public SimulationJob? Get(string id) => jobs.GetValueOrDefault(id);

    public bool Cancel(string id)
    {
        if (!jobs.TryGetValue(id, out var job) || job.State is not (JobState.Queued or JobState.Running))
            return false;
        jobs[id] = job with { State = JobState.Cancelled, Finished = DateTimeOffset.UtcNow };
        return true;
    }

    /// <summary>Marks a job completed with a small fan.</summary>
    public void Complete(string id)
    {
        var job = jobs[id];
        var start = new ScenarioMonth(2003, 3);
        var steps = Enumerable.Range(0, 12).Select(s => new FanStep(s, start.Plus(s), s, s, s - 1, s + 1, s - 2, s + 2, s - 3, s + 3)).ToImmutableArray();
        var fan = new FanChartData("members", job.Request.Replicates, steps);
        const string svg = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\"><title>fan</title><rect width=\"100\" height=\"50\" /></svg>";
        jobs[id] = job with { State = JobState.Completed, Done = job.Total, Finished = DateTimeOffset.UtcNow, Result = new SimulationOutcome(fan, null, [10, 11, 12], svg) };
    }
}
