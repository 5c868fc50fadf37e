using System.Collections.Immutable;
using Willing.Core.Reading;
using Willing.Simulation.Analysis;

namespace Willing.Web.Jobs;

/// <summary>
/// Simulation batches run as jobs in the background of the server: started by the API
/// (<c>POST /api/simulations</c>) or the Simulate page, watched (<c>GET /api/simulations/{id}</c>, the
/// job page's progress), cancelled. Jobs live in memory; a restart forgets them.
/// </summary>
public interface ISimulationJobs
{
    /// <summary>The scenarios a job may run (the built-in ones), with their parameters and defaults.</summary>
    ImmutableArray<ScenarioChoice> Scenarios { get; }

    /// <summary>Checks the request and queues the job; the errors (each with its field path, e.g. <c>parameters.h0</c>) when it cannot run.</summary>
    /// <param name="request">What to run.</param>
    JobStart Start(SimulationRequest request);

    /// <summary>The job with this id, as it is now; null when there is none.</summary>
    /// <param name="id">The job id.</param>
    SimulationJob? Get(string id);

    /// <summary>Asks a queued or running job to stop; false when there is no such job or it has finished.</summary>
    /// <param name="id">The job id.</param>
    bool Cancel(string id);
}

/// <summary>A scenario that a job may run.</summary>
/// <param name="Id">The scenario id (e.g. <c>iraq-2003</c>).</param>
/// <param name="Name">Its name.</param>
/// <param name="Mechanism">The mechanism it runs.</param>
/// <param name="Parameters">Its parameters, each with its default and range.</param>
/// <param name="HasObserved">Whether it has an observed curve to draw the runs against.</param>
public sealed record ScenarioChoice(string Id, string Name, string Mechanism, ImmutableArray<ParameterChoice> Parameters, bool HasObserved);

/// <summary>A scenario parameter as a form or a client sees it.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="Description">What it means.</param>
/// <param name="Default">Its value when not set.</param>
/// <param name="Minimum">Its least allowed value.</param>
/// <param name="Maximum">Its greatest allowed value.</param>
public sealed record ParameterChoice(string Name, string Description, double Default, double Minimum, double Maximum)
{
    /// <summary>Whether the parameter takes whole numbers only (a count of months, of agents).</summary>
    public bool WholeNumber { get; init; }

    /// <summary>Its unit (e.g. <c>per month</c>, <c>bn USD</c>), when it has one.</summary>
    public string? Unit { get; init; }
}

/// <summary>What a job runs.</summary>
/// <param name="Scenario">The built-in scenario's id.</param>
/// <param name="Replicates">How many runs (1 … the server's limit).</param>
/// <param name="Seed">The master seed (the same request gives the same result).</param>
/// <param name="Parameters">Parameter values that replace the scenario's defaults, by name.</param>
public sealed record SimulationRequest(string Scenario, int Replicates, long Seed, IReadOnlyDictionary<string, double> Parameters);

/// <summary>The answer to <see cref="ISimulationJobs.Start"/>: the queued job, or every error.</summary>
/// <param name="Job">The job, when it was queued.</param>
/// <param name="Errors">Why it was not, each with its field path.</param>
public sealed record JobStart(SimulationJob? Job, ImmutableArray<InputError> Errors)
{
    /// <summary>True when the request is valid but the server holds as many unfinished jobs as it keeps (try again later).</summary>
    public bool QueueFull { get; init; }
}

/// <summary>Where a job is.</summary>
public enum JobState
{
    /// <summary>Waiting for a free runner.</summary>
    Queued,

    /// <summary>Running.</summary>
    Running,

    /// <summary>Finished with a result.</summary>
    Completed,

    /// <summary>Stopped by an error (the message says which).</summary>
    Failed,

    /// <summary>Stopped on request.</summary>
    Cancelled,
}

/// <summary>A simulation job as it is at one moment.</summary>
/// <param name="Id">The job id (URL-safe).</param>
/// <param name="Request">What it runs.</param>
/// <param name="State">Where it is.</param>
/// <param name="Done">Runs finished.</param>
/// <param name="Total">Runs in all.</param>
/// <param name="Created">When it was queued (UTC).</param>
/// <param name="Finished">When it completed, failed or was cancelled (UTC).</param>
/// <param name="Error">Why it failed.</param>
/// <param name="Result">The outcome, once completed.</param>
public sealed record SimulationJob(
    string Id, SimulationRequest Request, JobState State, int Done, int Total,
    DateTimeOffset Created, DateTimeOffset? Finished, string? Error, SimulationOutcome? Result);

/// <summary>What a completed job gives: the ensemble's fan chart data, the observed curve, the final sizes.</summary>
/// <param name="Fan">The median and 50/80/95 % bands of the main curve at every month.</param>
/// <param name="Observed">The observed curve of the scenario's target case, when it has one.</param>
/// <param name="FinalSizes">The main curve's last value in each run.</param>
/// <param name="FanSvg">The fan chart against the observed points, as SVG (the report's chart).</param>
public sealed record SimulationOutcome(FanChartData Fan, ObservedCurve? Observed, ImmutableArray<double> FinalSizes, string FanSvg);
