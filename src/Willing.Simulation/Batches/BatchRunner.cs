using System.Collections.Immutable;
using Willing.Simulation.Data;
using Willing.Simulation.Modeling;
using Willing.Simulation.Parameters;

namespace Willing.Simulation.Batches;

/// <summary>Runs batches (whole or one shard) in parallel, streaming their rows to disk in run order; replays single runs.</summary>
/// <remarks>
/// Runs are computed by <see cref="BatchRunOptions.Threads"/> workers, each run from its own seed, and written
/// in run order through a bounded reorder window (<see cref="BatchRunOptions.ReorderWindow"/>), so memory does not
/// grow with the number of runs and the file's bytes do not depend on the number of threads. One run: create the
/// model, record step 0, then step and record until the model stops itself or reaches the step limit.
/// </remarks>
public static class BatchRunner
{
    /// <summary>
    /// Runs <paramref name="shard"/> of <paramref name="batch"/> (the whole batch by default) and writes its rows to
    /// <paramref name="path"/> (Parquet or CSV by the extension), and its agent rows, if it records any, beside it
    /// (<see cref="ResultFiles.AgentTablePath"/>). This is the library entry of <c>willing simulate batch … --shard K/N --out F</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The path's extension is neither .parquet nor .csv, or a shard is asked for as CSV.</exception>
    /// <exception cref="SimulationRunException">A run failed; its index is given so it can be replayed.</exception>
    public static async Task<BatchSummary> RunAsync<TModel>(Batch<TModel> batch, string path, ShardSpec shard = default,
        BatchRunOptions? options = null, CancellationToken cancellationToken = default) where TModel : Model
    {
        ArgumentNullException.ThrowIfNull(batch);
        var format = ResultFiles.RequireFormat(path);
        if (format == ResultFormat.Csv && !shard.IsWhole)
            throw new ArgumentException($"{path}: a shard is written as Parquet (.parquet), whose metadata the merge needs to check the parts; write the merged file as CSV if you want CSV", nameof(path));
        var paths = batch.AgentLayout is null ? [path] : ImmutableArray.Create(path, ResultFiles.AgentTablePath(path));
        var temps = paths.Select(p => p + ".partial").ToArray();
        var streams = new List<FileStream>();
        try
        {
            foreach (string t in temps)
                streams.Add(new FileStream(t, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous));
            var summary = await RunAsync(batch, format, streams[0], streams.Count > 1 ? streams[1] : null, shard, options, cancellationToken).ConfigureAwait(false);
            foreach (var s in streams)
                await s.DisposeAsync().ConfigureAwait(false);
            streams.Clear();
            for (int i = 0; i < paths.Length; i++)
                File.Move(temps[i], paths[i], overwrite: true);
            return summary with { Files = paths };
        }
        finally
        {
            foreach (var s in streams)
                await s.DisposeAsync().ConfigureAwait(false);
            foreach (string t in temps)
                File.Delete(t);
        }
    }

    /// <summary>Runs <paramref name="shard"/> of <paramref name="batch"/> and writes its tables to the given streams.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="format">The format of both tables.</param>
    /// <param name="model">Where the model table goes (seekable for Parquet).</param>
    /// <param name="agents">Where the agent table goes; required when the batch records agent rows, else ignored.</param>
    /// <param name="shard">The shard to run (the whole batch by default).</param>
    /// <param name="options">Threads, reorder window, progress.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    public static async Task<BatchSummary> RunAsync<TModel>(Batch<TModel> batch, ResultFormat format, Stream model, Stream? agents,
        ShardSpec shard = default, BatchRunOptions? options = null, CancellationToken cancellationToken = default) where TModel : Model
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(model);
        if (batch.AgentLayout is not null && agents is null)
            throw new ArgumentException("the batch records agent rows: give a stream for the agent table", nameof(agents));
        options ??= new BatchRunOptions();
        var range = shard.RunsOf(batch.RunCount);
        int threads = options.EffectiveThreads, window = options.EffectiveReorderWindow;
        var header = new FileHeader(TableKind.Model, batch.AgentLayout is not null, batch.Fingerprint, batch.Specification,
            SimulationInfo.CodeVersion, shard, range, batch.RunCount);
        await using var modelWriter = await CreateWriterAsync(format, model, batch.ModelLayout, header, batch.RowGroupRows, cancellationToken).ConfigureAwait(false);
        await using var agentWriter = batch.AgentLayout is null ? null
            : await CreateWriterAsync(format, agents!, batch.AgentLayout, header with { Table = TableKind.Agents }, batch.RowGroupRows, cancellationToken).ConfigureAwait(false);

        using var buffer = new ReorderBuffer<RunResult>(range.First, range.Count, window);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = new Task[(int)Math.Min(threads, Math.Max(range.Count, 1))];
        for (int w = 0; w < workers.Length; w++)
            workers[w] = Task.Factory.StartNew(() => Work(batch, buffer, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            for (long done = 0; done < range.Count; done++)
            {
                var result = await buffer.TakeAsync(stop.Token).ConfigureAwait(false);
                await modelWriter.AppendAsync(result.Model, stop.Token).ConfigureAwait(false);
                if (agentWriter is not null)
                    await agentWriter.AppendAsync(result.Agents!, stop.Token).ConfigureAwait(false);
                options.Progress?.Invoke(new BatchProgress(done + 1, range.Count, modelWriter.Rows, agentWriter?.Rows ?? 0));
            }

            await modelWriter.CompleteAsync(stop.Token).ConfigureAwait(false);
            if (agentWriter is not null)
                await agentWriter.CompleteAsync(stop.Token).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(workers).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return new BatchSummary(batch.Fingerprint, shard, range, modelWriter.Rows, agentWriter?.Rows ?? 0, [], workers.Length, window, buffer.PeakOccupancy);
    }

    /// <summary>Runs run <paramref name="run"/> of <paramref name="batch"/> alone and returns its rows: the same rows the batch writes for it.</summary>
    public static RunResult Replay<TModel>(Batch<TModel> batch, long run) where TModel : Model
    {
        ArgumentNullException.ThrowIfNull(batch);
        return Execute(batch.Mechanism, batch.Run(run), batch.StepLimit, batch.Collection, batch.ModelLayout, batch.AgentLayout);
    }

    /// <summary>
    /// Runs <paramref name="mechanism"/> once from a seed and parameters, as read off the rows of any result file
    /// (its <c>seed</c> and parameter columns): the reporter columns come out as in that file. The identity columns
    /// take <paramref name="run"/>, <paramref name="point"/> and <paramref name="replicate"/>.
    /// </summary>
    public static RunResult RunOne<TModel>(Mechanism<TModel> mechanism, ParameterSet parameters, long seed, long stepLimit,
        CollectionPlan? collection = null, long run = 0, long point = 0, long replicate = 0) where TModel : Model
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        ArgumentNullException.ThrowIfNull(parameters);
        if (!ReferenceEquals(parameters.Space, mechanism.Parameters))
            throw new ArgumentException("the parameters are not of this mechanism's parameter space", nameof(parameters));
        collection ??= CollectionPlan.Default;
        var modelLayout = TableLayout.Create(TableKind.Model, mechanism.Parameters, mechanism.Reporters.ModelReporters);
        var agentLayout = collection.Agents.IsActive ? TableLayout.Create(TableKind.Agents, mechanism.Parameters, mechanism.Reporters.AgentReporters) : null;
        return Execute(mechanism, new RunContext(run, point, replicate, seed, parameters), stepLimit, collection, modelLayout, agentLayout);
    }

    private static void Work<TModel>(Batch<TModel> batch, ReorderBuffer<RunResult> buffer, CancellationToken cancellationToken) where TModel : Model
    {
        try
        {
            while (buffer.TryReserve(out long run, cancellationToken))
            {
                try
                {
                    buffer.Complete(run, Replay(batch, run));
                }
#pragma warning disable CA1031 // Whatever a mechanism throws fails the batch through the writer, with the run's index, not a lost worker.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    buffer.Fail(run, new SimulationRunException(run, e));
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The writer stopped the batch (done, failed or cancelled).
        }
    }

    internal static RunResult Execute<TModel>(Mechanism<TModel> mechanism, RunContext context, long stepLimit, CollectionPlan collection,
        TableLayout modelLayout, TableLayout? agentLayout) where TModel : Model
    {
        var model = mechanism.CreateModel(context);
        if (!ReferenceEquals(model.Context, context))
            throw new InvalidOperationException($"the mechanism {mechanism.Name} created a model with another run context than the one it was given");
        var collector = new RunCollector<TModel>(context, mechanism.Reporters, collection, modelLayout, agentLayout);
        bool final = !model.IsRunning || stepLimit == 0;
        collector.Collect(model, final);
        while (!final)
        {
            model.Step();
            final = !model.IsRunning || model.StepCount >= stepLimit;
            collector.Collect(model, final);
        }

        return collector.Finish(model);
    }

    internal static async Task<ITableWriter> CreateWriterAsync(ResultFormat format, Stream stream, TableLayout layout, FileHeader header, int rowGroupRows,
        CancellationToken cancellationToken) =>
        format == ResultFormat.Csv
            ? new CsvTableWriter(stream, layout)
            : await ParquetTableWriter.CreateAsync(stream, layout, header, rowGroupRows, cancellationToken).ConfigureAwait(false);
}
