using System.Collections.Immutable;
using Willing.Simulation.Analysis;
using Willing.Web.Jobs;

namespace Willing.Web.Api;

/// <summary>The body of <c>POST /api/simulations</c>.</summary>
/// <param name="Scenario">The built-in scenario's id (<c>GET /api/scenarios</c> lists them), e.g. <c>iraq-2003</c>.</param>
/// <param name="Replicates">How many runs, from 1 to the server's limit (2,000 unless set otherwise).</param>
/// <param name="Seed">The master seed (default 2005): the same request on the same cases gives the same result.</param>
/// <param name="Parameters">Values that replace the scenario's, by parameter name, each within its range, e.g. <c>{"h0": 0.03}</c>.</param>
public sealed record SimulationRequestBody(string Scenario, int Replicates, long? Seed = null, IReadOnlyDictionary<string, double>? Parameters = null);

/// <summary>A simulation job as it is now (<c>GET /api/simulations/{id}</c>).</summary>
/// <param name="Id">The job's id.</param>
/// <param name="Scenario">The scenario it runs.</param>
/// <param name="Replicates">How many runs it was asked for.</param>
/// <param name="Seed">Its master seed.</param>
/// <param name="Parameters">The values it sets, by name (the scenario's values for the rest).</param>
/// <param name="State">queued, running, completed, failed or cancelled.</param>
/// <param name="Done">Runs finished.</param>
/// <param name="Total">Runs in all.</param>
/// <param name="Created">When it was queued (UTC).</param>
/// <param name="Finished">When it completed, failed or was cancelled (UTC).</param>
/// <param name="Error">Why it failed.</param>
/// <param name="Location">Its address.</param>
/// <param name="FanChart">The address of its fan chart (SVG), once completed.</param>
/// <param name="Result">The outcome, once completed.</param>
public sealed record JobInfo(
    string Id,
    string Scenario,
    int Replicates,
    long Seed,
    IReadOnlyDictionary<string, double> Parameters,
    JobState State,
    int Done,
    int Total,
    DateTimeOffset Created,
    DateTimeOffset? Finished,
    string? Error,
    string Location,
    string? FanChart,
    OutcomeInfo? Result)
{
    /// <summary>The answer for a job.</summary>
    /// <param name="job">The job.</param>
    public static JobInfo Of(SimulationJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        string location = "/api/simulations/" + job.Id;
        return new JobInfo(
            job.Id, job.Request.Scenario, job.Request.Replicates, job.Request.Seed, job.Request.Parameters, job.State, job.Done, job.Total,
            job.Created, job.Finished, job.Error, location, job.Result is null ? null : location + "/fan.svg",
            job.Result is { } r ? OutcomeInfo.Of(r) : null);
    }
}

/// <summary>What a completed job gives.</summary>
/// <param name="Reporter">The curve simulated (the scenario's calibration target, else the mechanism's main curve), e.g. <c>troop_contributors</c>.</param>
/// <param name="Replicates">The runs behind each month.</param>
/// <param name="Fan">The fan chart's data: at every month, the mean, the median and the central 50, 80 and 95 % bands over the runs.</param>
/// <param name="Observed">The observed curve the scenario is calibrated to, when it has one.</param>
/// <param name="FinalSize">The distribution of the curve's last value over the runs.</param>
/// <param name="FinalSizes">Each run's last value, in run order (run r has the seed derived from the master seed and r).</param>
public sealed record OutcomeInfo(string Reporter, int Replicates, ImmutableArray<FanStepInfo> Fan, ObservedInfo? Observed, FinalSizeInfo FinalSize, ImmutableArray<double> FinalSizes)
{
    /// <summary>The answer for an outcome.</summary>
    /// <param name="o">The outcome.</param>
    public static OutcomeInfo Of(SimulationOutcome o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var summary = SampleSummary.Of([.. o.FinalSizes]);
        return new OutcomeInfo(
            o.Fan.Reporter, o.Fan.Replicates,
            [.. o.Fan.Steps.Select(s => new FanStepInfo(s.Step, s.Month.ToString(), s.Mean, s.Median, s.Low50, s.High50, s.Low80, s.High80, s.Low95, s.High95))],
            o.Observed is { } obs
                ? new ObservedInfo(obs.Label, obs.Case.Value, obs.Sources, [.. obs.Points.Select(p => new ObservedPointInfo(p.Step, p.Month.ToString(), p.Value))], obs.Notes)
                : null,
            new FinalSizeInfo(summary.Count, summary.Mean, summary.StandardDeviation, summary.Minimum, summary.Maximum, summary.Median, summary.Quantiles),
            o.FinalSizes);
    }
}

/// <summary>The runs at one month.</summary>
/// <param name="Step">Months since the scenario's start.</param>
/// <param name="Month">The month, <c>YYYY-MM</c>.</param>
/// <param name="Mean">The mean over the runs.</param>
/// <param name="Median">The median (type-7 quantile).</param>
/// <param name="Low50">The 25 % quantile.</param>
/// <param name="High50">The 75 % quantile.</param>
/// <param name="Low80">The 10 % quantile.</param>
/// <param name="High80">The 90 % quantile.</param>
/// <param name="Low95">The 2.5 % quantile.</param>
/// <param name="High95">The 97.5 % quantile.</param>
public sealed record FanStepInfo(int Step, string Month, double Mean, double Median, double Low50, double High50, double Low80, double High80, double Low95, double High95);

/// <summary>An observed curve on the scenario's clock.</summary>
/// <param name="Label">What it is, e.g. <c>iraq-2003: troop-contributors</c>.</param>
/// <param name="Case">The case whose data it is.</param>
/// <param name="Sources">The sources behind its points.</param>
/// <param name="Points">The points, in month order.</param>
/// <param name="Notes">What the rule had to do (points dropped or merged).</param>
public sealed record ObservedInfo(string Label, string Case, ImmutableArray<string> Sources, ImmutableArray<ObservedPointInfo> Points, ImmutableArray<string> Notes);

/// <summary>One observed value.</summary>
/// <param name="Step">Months since the scenario's start.</param>
/// <param name="Month">The month, <c>YYYY-MM</c>.</param>
/// <param name="Value">The count observed.</param>
public sealed record ObservedPointInfo(int Step, string Month, double Value);

/// <summary>The distribution of the final size over the runs.</summary>
/// <param name="Count">Runs.</param>
/// <param name="Mean">The mean.</param>
/// <param name="StandardDeviation">The sample standard deviation.</param>
/// <param name="Minimum">The smallest.</param>
/// <param name="Maximum">The largest.</param>
/// <param name="Median">The median.</param>
/// <param name="Quantiles">The 5, 10, 25, 50, 75, 90 and 95 % quantiles.</param>
public sealed record FinalSizeInfo(int Count, double Mean, double StandardDeviation, double Minimum, double Maximum, double Median, ImmutableArray<QuantileValue> Quantiles);
