namespace Willing.Simulation.Batches;

/// <summary>What a result Parquet file says about itself in its metadata.</summary>
/// <param name="Path">The file.</param>
/// <param name="Table">Which table it holds.</param>
/// <param name="HasAgentTable">Whether its batch also writes an agent table.</param>
/// <param name="Fingerprint">Its batch's fingerprint.</param>
/// <param name="Specification">Its batch's specification (canonical JSON).</param>
/// <param name="CodeVersion">The build of Willing.Simulation that wrote it.</param>
/// <param name="Shard">The shard it holds (<see cref="ShardSpec.Whole"/> for a whole batch or a merge).</param>
/// <param name="Runs">The runs it holds.</param>
/// <param name="TotalRuns">The number of runs of the whole batch.</param>
/// <param name="Rows">The number of rows it holds.</param>
public sealed record ResultFileInfo(string Path, Data.TableKind Table, bool HasAgentTable, string Fingerprint, string Specification,
    string CodeVersion, ShardSpec Shard, RunRange Runs, long TotalRuns, long Rows);
