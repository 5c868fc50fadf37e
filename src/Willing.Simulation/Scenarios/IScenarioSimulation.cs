using System.Collections.Immutable;
using Willing.Simulation.Batches;
using Willing.Simulation.Data;
using Willing.Simulation.Modeling;
using Willing.Simulation.Parameters;

namespace Willing.Simulation.Scenarios;

/// <summary>
/// A scenario ready to run, whatever its model type: single runs, batches (whole or a shard) and the curves that
/// calibration, fan charts and sensitivity analyses read. One step is one month from <see cref="Scenario"/>'s start.
/// </summary>
public interface IScenarioSimulation
{
    /// <summary>The scenario it was built from.</summary>
    Scenario Scenario { get; }

    /// <summary>The mechanism's parameter space with the scenario's fixed values as defaults.</summary>
    ParameterSpace Parameters { get; }

    /// <summary>The step limit (the scenario's months).</summary>
    long StepLimit { get; }

    /// <summary>The model reporters that are counts over time (members, troop contributors, adopters), the first the main one.</summary>
    ImmutableArray<string> Curves { get; }

    /// <summary>One run with the given parameters and seed (every step recorded in the model table; agent rows when <paramref name="collection"/> asks).</summary>
    RunResult RunOne(ParameterSet parameters, long seed, CollectionPlan? collection = null);

    /// <summary>
    /// The value of reporter <paramref name="reporter"/> (a count) at every step 0 … <see cref="StepLimit"/> of one run; a run
    /// that stopped early keeps its last value to the end. Equal to the reporter's column of <see cref="RunOne"/>.
    /// </summary>
    double[] Curve(ParameterSet parameters, long seed, string reporter);

    /// <summary>A batch over <paramref name="grid"/> with <paramref name="replicates"/> replicates per point.</summary>
    IScenarioBatch Batch(ParameterGrid grid, int replicates, long seed, CollectionPlan? collection = null);
}

/// <summary>A scenario's batch, whatever its model type.</summary>
public interface IScenarioBatch
{
    /// <summary>Runs in the batch.</summary>
    long RunCount { get; }

    /// <summary>The batch's fingerprint (SHA-256 of its specification).</summary>
    string Fingerprint { get; }

    /// <summary>Runs the batch, or one shard of it, to <paramref name="path"/> (CSV or Parquet by the extension).</summary>
    Task<BatchSummary> RunAsync(string path, ShardSpec shard = default, BatchRunOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Run <paramref name="run"/> alone: the same rows the batch writes for it.</summary>
    RunResult Replay(long run);
}

/// <summary>The <see cref="IScenarioSimulation"/> of a mechanism with model type <typeparamref name="TModel"/>.</summary>
public sealed class ScenarioSimulation<TModel> : IScenarioSimulation where TModel : Model
{
    private readonly Func<TModel, string, double>? _fastReporter;

    /// <summary>Wraps <paramref name="mechanism"/> (whose parameter space must be the scenario's) for <paramref name="scenario"/>.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="mechanism">The mechanism built for it.</param>
    /// <param name="curves">The count reporters, the main one first; each must be a model reporter of the mechanism.</param>
    /// <param name="fastReporter">Optional: reads a curve reporter straight off the model (the same value the reporter gives) so that <see cref="Curve"/> builds no table.</param>
    public ScenarioSimulation(Scenario scenario, Mechanism<TModel> mechanism, IEnumerable<string> curves, Func<TModel, string, double>? fastReporter = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(mechanism);
        Scenario = scenario;
        Mechanism = mechanism;
        Curves = [.. curves];
        var names = mechanism.Reporters.ModelReporters.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        if (Curves.IsEmpty)
            throw new ArgumentException("a scenario simulation has at least one curve", nameof(curves));
        foreach (string c in Curves.Where(c => !names.Contains(c)))
            throw new ArgumentException($"the curve {c} is not a model reporter of {mechanism.Name}", nameof(curves));
        _fastReporter = fastReporter;
    }

    /// <inheritdoc />
    public Scenario Scenario { get; }

    /// <summary>The mechanism.</summary>
    public Mechanism<TModel> Mechanism { get; }

    /// <inheritdoc />
    public ParameterSpace Parameters => Mechanism.Parameters;

    /// <inheritdoc />
    public long StepLimit => Scenario.Months;

    /// <inheritdoc />
    public ImmutableArray<string> Curves { get; }

    /// <inheritdoc />
    public RunResult RunOne(ParameterSet parameters, long seed, CollectionPlan? collection = null) =>
        BatchRunner.RunOne(Mechanism, parameters, seed, StepLimit, collection);

    /// <inheritdoc />
    public double[] Curve(ParameterSet parameters, long seed, string reporter)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var values = new double[StepLimit + 1];
        if (_fastReporter is null)
        {
            var result = RunOne(parameters, seed);
            int n = result.Model.RowCount;
            for (int s = 0; s < values.Length; s++)
                values[s] = n == 0 ? 0 : result.Model.Value(Math.Min(s, n - 1), reporter).AsDouble();
            return values;
        }

        var model = Mechanism.CreateModel(new RunContext(0, 0, 0, seed, parameters));
        values[0] = _fastReporter(model, reporter);
        int step = 0;
        while (model.IsRunning && model.StepCount < StepLimit)
        {
            model.Step();
            step = (int)model.StepCount;
            values[step] = _fastReporter(model, reporter);
        }

        for (int s = step + 1; s < values.Length; s++)
            values[s] = values[step];
        return values;
    }

    /// <inheritdoc />
    public IScenarioBatch Batch(ParameterGrid grid, int replicates, long seed, CollectionPlan? collection = null) =>
        new ScenarioBatch(new Batch<TModel>(Mechanism, grid, replicates, seed, StepLimit, collection));

    private sealed class ScenarioBatch(Batch<TModel> batch) : IScenarioBatch
    {
        public long RunCount => batch.RunCount;

        public string Fingerprint => batch.Fingerprint;

        public Task<BatchSummary> RunAsync(string path, ShardSpec shard = default, BatchRunOptions? options = null, CancellationToken cancellationToken = default) =>
            BatchRunner.RunAsync(batch, path, shard, options, cancellationToken);

        public RunResult Replay(long run) => BatchRunner.Replay(batch, run);
    }
}
