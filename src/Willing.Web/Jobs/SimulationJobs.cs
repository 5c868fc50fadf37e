using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Willing.Core.Reading;
using Willing.Reports;
using Willing.Simulation.Analysis;
using Willing.Simulation.Parameters;
using Willing.Simulation.Randomness;
using Willing.Simulation.Scenarios;

namespace Willing.Web.Jobs;

/// <summary>
/// The server's simulation jobs: each runs a built-in scenario's ensemble on the stored cases, in the background,
/// at most <see cref="WorkbenchOptions.MaxConcurrentSimulations"/> at a time (the rest wait in line, in the order they
/// came), reporting how many runs are done as it goes, and stopping within one run when cancelled.
/// </summary>
/// <remarks>
/// <para>
/// A job's result is the one <c>willing simulate run SCENARIO --reps N --seed S --set NAME=VALUE</c> gives on the same
/// cases: replicate <c>r</c> runs with the seed <see cref="RunSeeds.Derive"/>(S, r) whatever thread runs it, so the
/// same request on the same cases gives the same numbers, on any number of threads. The curve is the one the
/// scenario's calibration target names (else the mechanism's main curve); the observed curve is that target's. The
/// cases are those stored when the job starts running.
/// </para>
/// <para>
/// Jobs live in memory; a restart forgets them. At most <see cref="MaxJobs"/> are kept: a new job makes room by
/// dropping the oldest finished one, and is refused (<see cref="JobStart.QueueFull"/>) when all are unfinished.
/// </para>
/// </remarks>
public sealed class SimulationJobs : ISimulationJobs, IDisposable
{
    /// <summary>The most jobs kept, queued, running and finished together.</summary>
    public const int MaxJobs = 100;

    /// <summary>The file name a request's errors are reported under.</summary>
    public const string RequestFile = "request";

    private readonly WorkbenchOptions options;
    private readonly Func<CancellationToken, Task<CaseBase>> cases;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly Lazy<ImmutableArray<ScenarioChoice>> scenarios;
    private readonly Channel<Entry> queue = Channel.CreateUnbounded<Entry>(new UnboundedChannelOptions { SingleWriter = false, SingleReader = false });
    private readonly Lock gate = new();
    private readonly List<Entry> jobs = [];
    private readonly CancellationTokenSource stopping = new();
    private readonly Task[] runners;
    private bool disposed;

    /// <summary>The jobs of a workbench: they run on its stored cases (the current snapshot's case base).</summary>
    /// <param name="options">The workbench's options (the limits).</param>
    /// <param name="data">The workbench's data.</param>
    /// <param name="clock">The clock that stamps jobs.</param>
    /// <param name="logger">Where failures are logged.</param>
    public SimulationJobs(WorkbenchOptions options, WorkbenchData data, TimeProvider clock, ILogger<SimulationJobs>? logger = null)
        : this(options, async ct => CaseBase.Of((await data.CurrentAsync(ct).ConfigureAwait(false)).Data.Coalitions), clock, logger)
    {
        ArgumentNullException.ThrowIfNull(data);
    }

    /// <summary>Jobs that run on the case base <paramref name="cases"/> gives when each starts.</summary>
    /// <param name="options">The limits.</param>
    /// <param name="cases">Gives the case base a job runs on.</param>
    /// <param name="clock">The clock that stamps jobs.</param>
    /// <param name="logger">Where failures are logged.</param>
    public SimulationJobs(WorkbenchOptions options, Func<CancellationToken, Task<CaseBase>> cases, TimeProvider clock, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(clock);
        this.options = options;
        this.cases = cases;
        this.clock = clock;
        this.logger = logger ?? NullLogger.Instance;
        scenarios = new Lazy<ImmutableArray<ScenarioChoice>>(LoadChoices, LazyThreadSafetyMode.ExecutionAndPublication);
        runners = [.. Enumerable.Range(0, Math.Max(1, options.MaxConcurrentSimulations)).Select(_ => Task.Run(RunAsync))];
    }

    /// <inheritdoc />
    /// <remarks>
    /// The built-in scenarios with their numeric parameters (defaults are the scenario's fixed values, ranges the
    /// mechanism's). A choice or true/false parameter keeps the scenario's value: a job cannot change it.
    /// </remarks>
    public ImmutableArray<ScenarioChoice> Scenarios => scenarios.Value;

    /// <inheritdoc />
    public JobStart Start(SimulationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = Check(request);
        if (!errors.IsEmpty)
            return new JobStart(null, errors);

        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (jobs.Count >= MaxJobs)
            {
                int oldest = jobs.FindIndex(j => j.IsFinished);
                if (oldest < 0)
                {
                    return new JobStart(null, [new InputError(RequestFile, 1, 1,
                        $"the server already holds {MaxJobs} unfinished simulation jobs; try again when some have finished", "$")]) { QueueFull = true };
                }

                jobs.RemoveAt(oldest);
            }

            var entry = new Entry(NewId(), request with { Parameters = new Dictionary<string, double>(request.Parameters ?? new Dictionary<string, double>(), StringComparer.Ordinal) },
                request.Replicates, clock.GetUtcNow());
            jobs.Add(entry);
            queue.Writer.TryWrite(entry);
            return new JobStart(entry.Snapshot(), []);
        }
    }

    /// <inheritdoc />
    public SimulationJob? Get(string id)
    {
        lock (gate)
            return Find(id)?.Snapshot();
    }

    /// <inheritdoc />
    public bool Cancel(string id)
    {
        lock (gate)
        {
            var entry = Find(id);
            if (entry is null || entry.IsFinished)
                return false;
            if (entry.State == JobState.Queued)
                Finish(entry, JobState.Cancelled, null, null);
            else
                entry.Cancellation.Cancel();
            return true;
        }
    }

    /// <summary>Stops the runners and cancels every unfinished job.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
                return;
            disposed = true;
            foreach (var entry in jobs.Where(j => !j.IsFinished))
            {
                if (entry.State == JobState.Queued)
                    Finish(entry, JobState.Cancelled, null, null);
                else
                    entry.Cancellation.Cancel();
            }
        }

        queue.Writer.TryComplete();
        stopping.Cancel();
        // Each running job stops within one replicate.
        Task.WaitAll(runners, TimeSpan.FromSeconds(10));
        stopping.Dispose();
    }

    /// <summary>Every error of a request, each with its field path: <c>scenario</c>, <c>replicates</c>, <c>parameters.NAME</c>.</summary>
    /// <param name="request">The request.</param>
    public ImmutableArray<InputError> Check(SimulationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = ImmutableArray.CreateBuilder<InputError>();
        void Error(string path, string message) => errors.Add(new InputError(RequestFile, 1, 1, message, path));
        var ids = Scenarios.Select(s => s.Id).ToArray();
        var choice = Scenarios.FirstOrDefault(s => string.Equals(s.Id, request.Scenario, StringComparison.Ordinal));
        if (string.IsNullOrWhiteSpace(request.Scenario))
            Error("scenario", $"name a built-in scenario: {string.Join(", ", ids)}");
        else if (choice is null)
            Error("scenario", $"there is no built-in scenario '{Echo.Quote(request.Scenario)}'; the scenarios: {string.Join(", ", ids)}");

        if (request.Replicates < 1 || request.Replicates > options.MaxSimulationReplicates)
            Error("replicates", $"replicates must be a whole number from 1 to {options.MaxSimulationReplicates:N0} (this server's limit), not {request.Replicates}");

        foreach (var (name, value) in (request.Parameters ?? new Dictionary<string, double>()).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            string path = "parameters." + name;
            if (choice is null)
                continue;
            var parameter = choice.Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
            if (parameter is null)
                Error(path, $"'{Echo.Quote(name)}' is not a parameter a job of {choice.Id} may set; its parameters: {string.Join(", ", choice.Parameters.Select(p => p.Name))}");
            else if (!double.IsFinite(value))
                Error(path, $"{parameter.Name} must be a finite number");
            else if (value < parameter.Minimum || value > parameter.Maximum)
                Error(path, $"{parameter.Name} = {Format(value)} is outside its range [{Format(parameter.Minimum)}, {Format(parameter.Maximum)}]");
            else if (parameter.WholeNumber && value != Math.Floor(value))
                Error(path, $"{parameter.Name} is a whole number, not {Format(value)}");
        }

        return errors.ToImmutable();
    }

    private Entry? Find(string id) => jobs.FirstOrDefault(j => string.Equals(j.Id, id, StringComparison.Ordinal));

    private void Finish(Entry entry, JobState state, string? error, SimulationOutcome? result)
    {
        entry.State = state;
        entry.Error = error;
        entry.Result = result;
        entry.Finished = clock.GetUtcNow();
    }

    private async Task RunAsync()
    {
        try
        {
            await foreach (var entry in queue.Reader.ReadAllAsync(stopping.Token).ConfigureAwait(false))
            {
                lock (gate)
                {
                    if (entry.State != JobState.Queued)
                        continue;
                    entry.State = JobState.Running;
                }

                JobState state;
                string? error = null;
                SimulationOutcome? result = null;
                try
                {
                    var token = entry.Cancellation.Token;
                    var caseBase = await cases(token).ConfigureAwait(false);
                    result = await Task.Factory.StartNew(() => Run(entry, caseBase, token), token, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
                    state = JobState.Completed;
                }
                catch (OperationCanceledException) when (entry.Cancellation.IsCancellationRequested)
                {
                    state = JobState.Cancelled;
                }
                catch (JobFailedException e)
                {
                    state = JobState.Failed;
                    error = e.Message;
                }
#pragma warning disable CA1031 // A job's failure, whatever it is, is the job's state; the runner goes on to the next.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    logger.LogError(e, "simulation job {Id} ({Scenario}) failed", entry.Id, entry.Request.Scenario);
                    state = JobState.Failed;
                    error = "the simulation failed inside the server (the server's log has the details)";
                }

                lock (gate)
                    Finish(entry, state, error, result);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private SimulationOutcome Run(Entry entry, CaseBase caseBase, CancellationToken token)
    {
        var request = entry.Request;
        var loaded = ScenarioLoader.LoadBuiltIn(request.Scenario, caseBase)
            ?? throw new JobFailedException($"there is no built-in scenario '{Echo.Quote(request.Scenario)}'");
        if (!loaded.Succeeded)
        {
            throw new JobFailedException($"the scenario {request.Scenario} does not load on the stored cases ({loaded.ErrorCount} errors): "
                + string.Join("; ", loaded.Errors.Take(5)));
        }

        var sim = loaded.Simulation!;
        var scenario = loaded.Scenario!;
        var parameters = sim.Parameters.Defaults;
        foreach (var (name, value) in request.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var definition = sim.Parameters.Find(name) ?? throw new JobFailedException($"{scenario.Mechanism} has no parameter {name}");
            parameters = parameters.With(name, definition.Type == ColumnType.Long ? (ScalarValue)(long)value : value);
        }

        // The curve the observed one is compared with, as willing simulate run takes it.
        string reporter = scenario.Calibration?.Target.Reporter ?? sim.Curves[0];
        int n = request.Replicates;
        int threads = Math.Max(1, (Environment.ProcessorCount - 1) / Math.Max(1, options.MaxConcurrentSimulations));
        // Ensemble.Run counts each replicate as it ends (the job's progress) and stops starting them once cancelled.
        var ensemble = Ensemble.Run(sim, parameters, reporter, n, request.Seed, threads, () => Interlocked.Increment(ref entry.Done), token);
        var fan = FanChartData.From(ensemble, scenario.Start);
        var observed = scenario.Calibration is { } calibration
            ? ObservedCurves.From(caseBase, calibration.Target, scenario.Start, (int)sim.StepLimit)
            : null;
        string title = $"{scenario.Name}: {fan.Reporter}, {n} replicates (seed {request.Seed})";
        string svg = ReportCharts.Fan(scenario, fan, observed, title).ToSvg();
        return new SimulationOutcome(fan, observed, [.. ensemble.Final()], svg);
    }

    private static ImmutableArray<ScenarioChoice> LoadChoices()
    {
        var builtIn = CaseBase.LoadBuiltIn().CaseBase ?? CaseBase.Of([]);
        var choices = ImmutableArray.CreateBuilder<ScenarioChoice>();
        foreach (string id in BuiltInScenarios.Ids)
        {
            if (ScenarioLoader.LoadBuiltIn(id, builtIn) is not { Succeeded: true, Scenario: { } scenario, Simulation: { } sim })
                continue;
            var parameters = sim.Parameters.Definitions
                .Where(d => d.Type is ColumnType.Long or ColumnType.Double)
                .Select(d => new ParameterChoice(d.Name, d.Description, d.Default.AsDouble(), d.Minimum ?? double.MinValue, d.Maximum ?? double.MaxValue)
                {
                    WholeNumber = d.Type == ColumnType.Long,
                    Unit = d.Unit,
                })
                .ToImmutableArray();
            choices.Add(new ScenarioChoice(scenario.Id, scenario.Name, scenario.Mechanism, parameters, scenario.Calibration is not null));
        }

        return choices.ToImmutable();
    }

    private static string NewId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(9)).Replace('+', '-').Replace('/', '_');

    private static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A job as it is: changed only under the lock, except <see cref="Done"/>, counted by the runs.</summary>
    private sealed class Entry(string id, SimulationRequest request, int total, DateTimeOffset created)
    {
#pragma warning disable SA1401, CA1051 // Counted with Interlocked by the runs.
        public int Done;
#pragma warning restore SA1401, CA1051

        public string Id { get; } = id;

        public SimulationRequest Request { get; } = request;

        public int Total { get; } = total;

        public DateTimeOffset Created { get; } = created;

        public JobState State { get; set; } = JobState.Queued;

        public DateTimeOffset? Finished { get; set; }

        public string? Error { get; set; }

        public SimulationOutcome? Result { get; set; }

        public CancellationTokenSource Cancellation { get; } = new();

        public bool IsFinished => State is JobState.Completed or JobState.Failed or JobState.Cancelled;

        public SimulationJob Snapshot() => new(Id, Request, State, Volatile.Read(ref Done), Total, Created, Finished, Error, Result);
    }

    private sealed class JobFailedException(string message) : Exception(message);
}
