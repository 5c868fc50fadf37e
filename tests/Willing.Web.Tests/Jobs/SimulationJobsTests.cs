using Willing.Core.Reading;
using Willing.Web.Jobs;

namespace Willing.Web.Tests.Jobs;

/// <summary>The job runner on its own: its checks, its queue's bound, cancellation while queued.</summary>
public sealed class SimulationJobsTests
{
    private static readonly WorkbenchOptions Options = new() { MaxConcurrentSimulations = 1, MaxSimulationReplicates = 100 };

    [Fact]
    public void Check_EveryErrorWithItsFieldPath()
    {
        using var jobs = new SimulationJobs(Options, _ => Task.FromResult(CaseBase.LoadBuiltIn().CaseBase!), TimeProvider.System);

        var errors = jobs.Check(new SimulationRequest("iraq-2003", 0, 1, new Dictionary<string, double>
        {
            ["h0"] = double.NaN,
            ["budget"] = -1,
            ["recruitment_months"] = 1.5,
            ["apply_scheduled_exits"] = 1,
            ["nope"] = 1,
        }));

        Assert.Equal(
            ["replicates", "parameters.apply_scheduled_exits", "parameters.budget", "parameters.h0", "parameters.nope", "parameters.recruitment_months"],
            errors.Select(e => e.FieldPath));
        Assert.Empty(jobs.Check(new SimulationRequest("iraq-2003", 100, 1, new Dictionary<string, double> { ["h0"] = 10, ["recruitment_months"] = 3 })));
        Assert.Equal("scenario", Assert.Single(jobs.Check(new SimulationRequest("", 1, 1, new Dictionary<string, double>()))).FieldPath);
        Assert.Equal("replicates", Assert.Single(jobs.Check(new SimulationRequest("iraq-2003", 101, 1, new Dictionary<string, double>()))).FieldPath);
    }

    [Fact]
    public void Start_AnInvalidRequest_NoJob()
    {
        using var jobs = new SimulationJobs(Options, _ => Task.FromResult(CaseBase.LoadBuiltIn().CaseBase!), TimeProvider.System);

        var start = jobs.Start(new SimulationRequest("nope", 1, 1, new Dictionary<string, double>()));

        Assert.Null(start.Job);
        Assert.False(start.QueueFull);
        Assert.Equal("scenario", Assert.Single(start.Errors).FieldPath);
        Assert.False(jobs.Cancel("anything"));
        Assert.Null(jobs.Get("anything"));
    }

    [Fact]
    public async Task TheQueue_HoldsAtMostMaxJobsUnfinished_ThenDropsTheOldestFinished()
    {
        // The case base never comes, so the first job runs for ever and the others wait.
        var never = new TaskCompletionSource<CaseBase>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var jobs = new SimulationJobs(Options, ct => never.Task.WaitAsync(ct), TimeProvider.System);
        var request = new SimulationRequest("iraq-2003", 1, 1, new Dictionary<string, double>());
        var ids = Enumerable.Range(0, SimulationJobs.MaxJobs).Select(_ => jobs.Start(request).Job!.Id).ToList();

        var refused = jobs.Start(request);

        Assert.True(refused.QueueFull);
        Assert.Null(refused.Job);
        Assert.Equal(SimulationJobs.MaxJobs, ids.Distinct().Count());
        Assert.True(jobs.Cancel(ids[1]));
        Assert.Equal(JobState.Cancelled, jobs.Get(ids[1])!.State);
        Assert.NotNull(jobs.Get(ids[1])!.Finished);
        Assert.False(jobs.Cancel(ids[1]));

        var admitted = jobs.Start(request);

        Assert.NotNull(admitted.Job);
        Assert.Null(jobs.Get(ids[1]));
        Assert.Equal(JobState.Queued, jobs.Get(ids[2])!.State);
        // The running one stops when cancelled, even while it waits for its cases.
        Assert.True(jobs.Cancel(ids[0]));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (jobs.Get(ids[0])!.State != JobState.Cancelled)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
            await Task.Delay(10);
        }
    }

    [Fact]
    public async Task AJobWhoseScenarioDoesNotLoadOnTheCases_Failed()
    {
        using var jobs = new SimulationJobs(Options, _ => Task.FromResult(CaseBase.Of([])), TimeProvider.System);

        var job = jobs.Start(new SimulationRequest("iraq-2003", 2, 1, new Dictionary<string, double>())).Job!;

        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (jobs.Get(job.Id)!.State is JobState.Queued or JobState.Running)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30));
            await Task.Delay(10);
        }

        var failed = jobs.Get(job.Id)!;
        Assert.Equal(JobState.Failed, failed.State);
        Assert.Contains("iraq-2003", failed.Error, StringComparison.Ordinal);
        Assert.Contains("not in the case base", failed.Error, StringComparison.Ordinal);
    }
}
