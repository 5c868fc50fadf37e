namespace Willing.Simulation.Batches;

/// <summary>How far a batch (or a shard, or a merge) has come: reported after each run is written, in run order.</summary>
/// <param name="RunsDone">Runs written so far.</param>
/// <param name="RunsTotal">Runs to write in all.</param>
/// <param name="ModelRows">Model-table rows written so far.</param>
/// <param name="AgentRows">Agent-table rows written so far.</param>
public readonly record struct BatchProgress(long RunsDone, long RunsTotal, long ModelRows, long AgentRows);
