using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Willing.Simulation.Data;
using Willing.Simulation.Modeling;
using Willing.Simulation.Parameters;
using Willing.Simulation.Randomness;

namespace Willing.Simulation.Batches;

/// <summary>
/// A batch: a mechanism run over a parameter grid crossed with replicates, each run with its own derived seed.
/// </summary>
/// <typeparam name="TModel">The mechanism's model type.</typeparam>
/// <remarks>
/// <para>
/// Runs are numbered <c>run = replicate * PointCount + point</c> (as Mesa's <c>batch_run</c>: the whole grid for
/// replicate 0, then the whole grid again for replicate 1, …), so any prefix of the runs covers the grid evenly.
/// Run <c>i</c> has seed <see cref="RunSeeds.Derive"/>(<see cref="Seed"/>, i) and the parameters of its point
/// (<see cref="ParameterGrid.Point"/>).
/// </para>
/// <para>
/// <see cref="Specification"/> is a canonical JSON text of everything that decides the rows: the row layout
/// version, the code version, the mechanism (name, version, configuration digest, assembly version), every
/// parameter's definition and default, the grid, the replicates, the seed, the step limit, the collection plan,
/// the row-group size and the two tables' columns. <see cref="Fingerprint"/> is its SHA-256, in lower-case hex;
/// every output file records both, and a merge accepts only parts of one fingerprint.
/// </para>
/// </remarks>
public sealed class Batch<TModel> where TModel : Model
{
    /// <summary>The default least number of rows in a row group of a Parquet file.</summary>
    public const int DefaultRowGroupRows = 65_536;

    /// <summary>Defines a batch, checking the grid against the mechanism's parameters.</summary>
    /// <param name="mechanism">The mechanism to run.</param>
    /// <param name="grid">The parameter values to cross (<see cref="ParameterGrid.Empty"/> for the defaults only).</param>
    /// <param name="replicates">Runs per grid point (at least 1).</param>
    /// <param name="seed">The master seed.</param>
    /// <param name="stepLimit">The most steps a run takes (a model may stop sooner on its own condition); 0 records the set-up only.</param>
    /// <param name="collection">When each table records rows; <see cref="CollectionPlan.Default"/> when null. The model table must record some rows.</param>
    /// <param name="rowGroupRows">A Parquet row group is closed at the end of the first run that brings it to at least this many rows.</param>
    /// <exception cref="ArgumentException">The grid does not fit the mechanism's parameters (every problem is listed), or an argument is out of range.</exception>
    public Batch(Mechanism<TModel> mechanism, ParameterGrid grid, int replicates, long seed, long stepLimit,
        CollectionPlan? collection = null, int rowGroupRows = DefaultRowGroupRows)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(stepLimit);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupRows, 1);
        var errors = mechanism.Parameters.Check(grid);
        if (!errors.IsEmpty)
            throw new ArgumentException("the grid does not fit the mechanism " + mechanism.Name + ": " + string.Join("; ", errors), nameof(grid));
        Collection = collection ?? CollectionPlan.Default;
        if (!Collection.Model.IsActive)
            throw new ArgumentException("the model table must record at least the final step of each run: the merge checks that every run is there by it", nameof(collection));
        if (Collection.Model.Every < 0 || Collection.Agents.Every < 0)
            throw new ArgumentException("a collection interval is not negative", nameof(collection));
        Mechanism = mechanism;
        Grid = grid;
        Replicates = replicates;
        Seed = seed;
        StepLimit = stepLimit;
        RowGroupRows = rowGroupRows;
        PointCount = grid.PointCount;
        RunCount = checked(PointCount * replicates);
        ModelLayout = TableLayout.Create(TableKind.Model, mechanism.Parameters, mechanism.Reporters.ModelReporters);
        AgentLayout = Collection.Agents.IsActive
            ? TableLayout.Create(TableKind.Agents, mechanism.Parameters, mechanism.Reporters.AgentReporters)
            : null;
        Specification = Specify();
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Specification)));
    }

    /// <summary>The mechanism.</summary>
    public Mechanism<TModel> Mechanism { get; }

    /// <summary>The parameter grid.</summary>
    public ParameterGrid Grid { get; }

    /// <summary>Runs per grid point.</summary>
    public int Replicates { get; }

    /// <summary>The master seed.</summary>
    public long Seed { get; }

    /// <summary>The most steps a run takes.</summary>
    public long StepLimit { get; }

    /// <summary>When each table records rows.</summary>
    public CollectionPlan Collection { get; }

    /// <summary>The least number of rows of a Parquet row group (the last of a file may have fewer).</summary>
    public int RowGroupRows { get; }

    /// <summary>The number of grid points.</summary>
    public long PointCount { get; }

    /// <summary>The number of runs: points times replicates.</summary>
    public long RunCount { get; }

    /// <summary>The columns of the model table.</summary>
    public TableLayout ModelLayout { get; }

    /// <summary>The columns of the agent table; null when the batch records no agent rows.</summary>
    public TableLayout? AgentLayout { get; }

    /// <summary>The canonical JSON description of the batch (see the remarks).</summary>
    public string Specification { get; }

    /// <summary>The SHA-256 of <see cref="Specification"/>, in lower-case hex.</summary>
    public string Fingerprint { get; }

    /// <summary>Run <paramref name="run"/>: its point, replicate, seed and parameters.</summary>
    public RunContext Run(long run)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(run);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(run, RunCount);
        long point = run % PointCount, replicate = run / PointCount;
        return new RunContext(run, point, replicate, RunSeeds.Derive(Seed, run), Grid.Point(Mechanism.Parameters, point));
    }

    private string Specify()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteNumber("layout", SimulationInfo.RowLayoutVersion);
            w.WriteString("code", SimulationInfo.CodeVersion);
            w.WriteStartObject("mechanism");
            w.WriteString("name", Mechanism.Name);
            w.WriteNumber("version", Mechanism.Version);
            w.WriteString("configuration", Mechanism.ConfigurationDigest);
            w.WriteString("code", SimulationInfo.VersionOf(Mechanism.GetType().Assembly));
            w.WriteEndObject();
            w.WriteStartArray("parameters");
            foreach (var p in Mechanism.Parameters.Definitions)
            {
                w.WriteStartObject();
                w.WriteString("name", p.Name);
                w.WriteString("type", p.Type.ToString().ToLowerInvariant());
                w.WriteString("default", p.Default.ToString());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("grid");
            foreach (var axis in Grid.Axes)
            {
                var definition = Mechanism.Parameters.Find(axis.Name)!;
                w.WriteStartObject();
                w.WriteString("name", axis.Name);
                w.WriteStartArray("values");
                foreach (var v in axis.Values)
                    w.WriteStringValue(definition.Coerce(v, out _).ToString());
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("replicates", Replicates);
            w.WriteNumber("seed", Seed);
            w.WriteNumber("step_limit", StepLimit);
            w.WriteString("collect_model", Collection.Model.ToString());
            w.WriteString("collect_agents", Collection.Agents.ToString());
            w.WriteNumber("row_group_rows", RowGroupRows);
            w.WriteNumber("runs", RunCount);
            w.WriteString("model_columns", ModelLayout.Signature);
            if (AgentLayout is null)
                w.WriteNull("agent_columns");
            else
                w.WriteString("agent_columns", AgentLayout.Signature);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The parameters of each grid point, in point order.</summary>
    public ImmutableArray<ParameterSet> Points() => [.. Enumerable.Range(0, checked((int)PointCount)).Select(p => Grid.Point(Mechanism.Parameters, p))];
}
