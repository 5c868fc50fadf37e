using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Core.Reading;
using Willing.Simulation.Batches;
using Willing.Simulation.Data;
using Willing.Simulation.Parameters;
using Willing.Simulation.Scenarios;

namespace Willing.Cli.Commands.Simulation;

/// <summary><c>willing simulate batch</c>: a scenario over a parameter grid with replicates, streamed to Parquet or CSV, whole or one shard.</summary>
public sealed class SimulateBatchCommand(CliOutput output) : Command<SimulateBatchSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, SimulateBatchSettings settings, CancellationToken cancellationToken)
    {
        if (CaseBaseLoader.Load(settings, output) is not { } cases)
            return WillingApp.InvalidInput;
        if (ScenarioInput.Load(settings.Scenario, cases, output) is not { Simulation: { } sim })
            return WillingApp.InvalidInput;

        // --set a=v is a grid axis of one value: the rows carry it like any other parameter.
        string[] axes = [.. settings.Grid ?? [], .. settings.Set ?? []];
        var duplicate = axes.Select(a => a.Split('=')[0]).GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            output.Error.WriteLine($"willing: the parameter {Echo.Quote(duplicate.Key)} is given more than once (--grid and --set)");
            return WillingApp.WrongUsage;
        }

        if (!ParameterGrid.TryParse(sim.Parameters, axes, out var grid, out var errors))
        {
            foreach (string e in errors)
                output.Error.WriteLine($"willing: --grid: {e}");
            return WillingApp.WrongUsage;
        }

        var plan = settings.Agents ? new CollectionPlan(CollectionSchedule.EveryStep, CollectionSchedule.FinalStep) : CollectionPlan.Default;
        IScenarioBatch batch;
        try
        {
            batch = sim.Batch(grid, settings.Reps!.Value, settings.Seed, plan);
        }
        catch (ArgumentException e)
        {
            output.Error.WriteLine($"willing: {ScenarioInput.Reason(e)}");
            return WillingApp.WrongUsage;
        }

        var shard = settings.ShardSpec;
        long runs = shard.RunsOf(batch.RunCount).Count;
        BatchSummary summary;
        try
        {
            summary = ProgressDisplay.Run(settings.Format, $"{sim.Scenario.Id}: {runs:N0} runs", (int)Math.Min(runs, int.MaxValue), progress =>
            {
                long reported = 0;
                var options = new BatchRunOptions
                {
                    Threads = settings.Threads,
                    Progress = progress is null ? null : p =>
                    {
                        long done = p.RunsDone - reported;
                        reported = p.RunsDone;
                        progress.Report((int)Math.Min(done, int.MaxValue));
                    },
                };
                return batch.RunAsync(settings.Out!, shard, options, cancellationToken).GetAwaiter().GetResult();
            });
        }
        catch (SimulationRunException e)
        {
            output.Error.WriteLine($"willing: {ScenarioInput.Reason(e)}");
            return WillingApp.InvalidInput;
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
        {
            output.Error.WriteLine($"willing: --out: {ScenarioInput.Reason(e)}");
            return WillingApp.InvalidInput;
        }

        SimulationOutput.Summary(output, settings.Format, summary, settings.Out!,
            $"{sim.Scenario.Id}: {CaseBaseLoader.Plural((int)Math.Min(grid.PointCount, int.MaxValue), "point")} × {settings.Reps:N0} replicates, seed {settings.Seed}{(shard.IsWhole ? string.Empty : $", shard {shard}")}");
        return WillingApp.Success;
    }
}
