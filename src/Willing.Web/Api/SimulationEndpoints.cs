using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Willing.Web.Jobs;
using Willing.Web.Security;

namespace Willing.Web.Api;

/// <summary>The endpoints of the simulation jobs: the scenarios to choose from, starting, watching and cancelling a job.</summary>
internal static class SimulationEndpoints
{
    private const string Tag = "simulations";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/scenarios", (ISimulationJobs jobs) => TypedResults.Ok(jobs.Scenarios.ToArray()))
            .WithName("ListScenarios").WithTags(Tag)
            .WithSummary("Lists the built-in scenarios a job may run, with the parameters it may set")
            .WithDescription("Each numeric parameter with its description, its value in the scenario (the default), its range and whether it is a whole number.")
            .Produces<ScenarioChoice[]>();

        api.MapPost("/simulations", StartAsync)
            .WithName("StartSimulation").WithTags(Tag)
            .WithSummary("Queues a simulation job: an ensemble of runs of a built-in scenario on the stored cases")
            .WithDescription("Answers 202 at once with the job's address; GET it to watch the runs done and, once completed, the fan chart's data. "
                + "The same request on the same cases gives the same result. A write: it spends the server's time.")
            .WithRequestBody("What to run.", ["application/json"], typeof(SimulationRequestBody))
            .Produces<JobInfo>(StatusCodes.Status202Accepted)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType,
                StatusCodes.Status422UnprocessableEntity, StatusCodes.Status503ServiceUnavailable)
            .RequireAuthorization(WorkbenchAuth.ApiWritePolicy);

        api.MapGet("/simulations/{id}", (string id, HttpContext context, ISimulationJobs jobs) =>
                jobs.Get(id) is { } job ? TypedResults.Ok(JobInfo.Of(job)) : NoJob(id, context))
            .WithName("GetSimulation").WithTags(Tag)
            .WithSummary("Gives a simulation job as it is now: its state, the runs done, and its result once completed")
            .Produces<JobInfo>()
            .ProducesProblems(StatusCodes.Status404NotFound);

        api.MapGet("/simulations/{id}/fan.svg", (string id, HttpContext context, ISimulationJobs jobs) =>
            {
                var job = jobs.Get(id);
                if (job is null)
                    return NoJob(id, context);
                if (job.Result is not { } result)
                {
                    return Problems.Result(ProblemTypes.NotFound,
                        $"Job {id} is {KebabState(job.State)}: its fan chart exists once it has completed.", context: context);
                }

                return TypedResults.Text(result.FanSvg, "image/svg+xml; charset=utf-8");
            })
            .WithName("GetSimulationFanChart").WithTags(Tag)
            .WithSummary("Gives a completed job's fan chart against the observed curve, as SVG (the report's chart)")
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml")
            .ProducesProblems(StatusCodes.Status404NotFound);

        api.MapDelete("/simulations/{id}", (string id, HttpContext context, ISimulationJobs jobs) =>
            {
                if (jobs.Get(id) is not { } job)
                    return NoJob(id, context);
                if (!jobs.Cancel(id))
                {
                    return Problems.Result(Problems.Of(ProblemTypes.JobFinished,
                        $"Job {id} has already {(job.State == JobState.Completed ? "completed" : KebabState(job.State))}; there is nothing to cancel.",
                        null, context) with { Location = "/api/simulations/" + id });
                }

                return TypedResults.Accepted("/api/simulations/" + id, JobInfo.Of(jobs.Get(id)!));
            })
            .WithName("CancelSimulation").WithTags(Tag)
            .WithSummary("Cancels a queued or running job")
            .WithDescription("A queued job is cancelled at once; a running one stops within one run (GET it until its state is cancelled).")
            .Produces<JobInfo>(StatusCodes.Status202Accepted)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .RequireAuthorization(WorkbenchAuth.ApiWritePolicy);
    }

    private static async Task<IResult> StartAsync(HttpContext context, ISimulationJobs jobs, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(context, ["application/json"], RequestBody.MaxSimulationRequestBytes, cancellationToken).ConfigureAwait(false);
        if (body.Problem is not null)
            return body.Problem;
        var read = SimulationRequestReader.Read(body.Bytes!);
        if (read.Syntax)
            return Problems.Result(ProblemTypes.InvalidRequest, "The body is not a JSON object; nothing was queued.", read.Errors.Select(ApiError.Of), context);

        // Every error at once: those of the fields' types, and those of the checks on the fields that were read.
        var checks = jobs is SimulationJobs own ? own.Check(read.Request) : [];
        var errors = read.Errors.Concat(checks.Where(e => !read.Wrong.Contains(e.FieldPath)).Select(read.Locate))
            .OrderBy(e => e.Line).ThenBy(e => e.Column).ToList();
        if (errors.Count > 0)
            return Problems.Result(ProblemTypes.InvalidSimulation, $"{Problems.Count(errors.Count, "error")} in the request; nothing was queued.", errors.Select(ApiError.Of), context);

        var start = jobs.Start(read.Request);
        if (start.QueueFull)
        {
            context.Response.Headers.RetryAfter = "30";
            return Problems.Result(ProblemTypes.Busy, "The server holds as many unfinished jobs as it keeps; try again when some have finished.", start.Errors.Select(ApiError.Of), context);
        }

        if (start.Job is not { } job)
            return Problems.Result(ProblemTypes.InvalidSimulation, "The request has errors; nothing was queued.", start.Errors.Select(read.Locate).Select(ApiError.Of), context);
        return TypedResults.Accepted("/api/simulations/" + job.Id, JobInfo.Of(job));
    }

    private static IResult NoJob(string id, HttpContext context) =>
        Problems.Result(ProblemTypes.NotFound, $"No simulation job has the id '{Willing.Core.Reading.Echo.Quote(id)}' (jobs are kept in memory and forgotten when the server restarts).", context: context);

    private static string KebabState(JobState state) => state.ToString().ToLowerInvariant();
}
