using System.Collections.Immutable;

namespace Willing.Simulation.Batches;

/// <summary>What a batch run (or a shard of one, or a merge) wrote.</summary>
/// <param name="Fingerprint">The batch's fingerprint.</param>
/// <param name="Shard">The shard written (<see cref="ShardSpec.Whole"/> for the whole batch or a merge).</param>
/// <param name="Runs">The runs written.</param>
/// <param name="ModelRows">Rows of the model table.</param>
/// <param name="AgentRows">Rows of the agent table (0 when there is none).</param>
/// <param name="Files">The files written: the model table, then the agent table if any.</param>
/// <param name="Threads">The threads that computed runs (0 for a merge).</param>
/// <param name="ReorderWindow">The most runs allowed in memory at once (0 for a merge).</param>
/// <param name="PeakBufferedRuns">The most runs that were in memory at once; never above <paramref name="ReorderWindow"/>.</param>
public sealed record BatchSummary(string Fingerprint, ShardSpec Shard, RunRange Runs, long ModelRows, long AgentRows,
    ImmutableArray<string> Files, int Threads, int ReorderWindow, int PeakBufferedRuns);
