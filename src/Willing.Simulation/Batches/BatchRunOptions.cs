namespace Willing.Simulation.Batches;

/// <summary>How a batch runs on this machine; none of it changes the rows or the bytes written.</summary>
public sealed record BatchRunOptions
{
    /// <summary>The number of runs computed at once (threads); null for all cores (<see cref="Environment.ProcessorCount"/>).</summary>
    public int? Threads { get; init; }

    /// <summary>The most runs held in memory at once, started or finished but not yet written; null for <c>max(16, 4 × threads)</c>.</summary>
    public int? ReorderWindow { get; init; }

    /// <summary>Called after each run is written, on the writing thread, in run order; keep it quick (the CLI turns it into a progress bar).</summary>
    public Action<BatchProgress>? Progress { get; init; }

    /// <summary>The number of threads these options give.</summary>
    public int EffectiveThreads => Threads is { } t ? Math.Max(1, t) : Environment.ProcessorCount;

    /// <summary>The reorder window these options give.</summary>
    public int EffectiveReorderWindow => ReorderWindow is { } w ? Math.Max(1, w) : Math.Max(16, 4 * EffectiveThreads);
}
