namespace Willing.Simulation.Batches;

/// <summary>A contiguous range of run indices: <c>[First, First + Count)</c>.</summary>
/// <param name="First">The first run (0-based).</param>
/// <param name="Count">The number of runs (may be 0).</param>
public readonly record struct RunRange(long First, long Count)
{
    /// <summary>One past the last run.</summary>
    public long End => First + Count;

    /// <summary>The range as written in messages: <c>runs 10-19</c>, or <c>no runs</c>.</summary>
    public override string ToString() => Count == 0 ? "no runs" : Count == 1 ? $"run {First}" : $"runs {First}-{End - 1}";
}
