using System.Globalization;

namespace Willing.Simulation.Batches;

/// <summary>One exact slice of a batch, for a cluster's job array: shard <see cref="Index"/> of <see cref="Count"/> (<c>--shard K/N</c>).</summary>
/// <remarks>
/// <para>
/// K counts from 1 (<c>1/3</c>, <c>2/3</c>, <c>3/3</c>), as in Jest's and Playwright's <c>--shard</c>. The rule: with
/// R runs, shard K of N holds the contiguous runs <c>[floor((K - 1) * R / N), floor(K * R / N))</c>. The N shards cover
/// every run exactly once, in order; their sizes differ by at most one; a shard may be empty when N &gt; R.
/// </para>
/// <para><see cref="Whole"/> (1/1) is the batch itself: what one process writes.</para>
/// </remarks>
public readonly record struct ShardSpec
{
    private readonly int _index;
    private readonly int _count;

    /// <summary>The largest number of shards accepted.</summary>
    public const int MaxCount = 1_000_000;

    /// <summary>Shard <paramref name="index"/> of <paramref name="count"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not 1 ≤ index ≤ count ≤ <see cref="MaxCount"/>.</exception>
    public ShardSpec(int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, count);
        _index = index;
        _count = count;
    }

    /// <summary>The whole batch: shard 1 of 1.</summary>
    public static ShardSpec Whole { get; } = new(1, 1);

    /// <summary>The shard's number, from 1.</summary>
    public int Index => _count == 0 ? 1 : _index;

    /// <summary>The number of shards (a default value is the whole batch).</summary>
    public int Count => _count == 0 ? 1 : _count;

    /// <summary>Whether this is the whole batch (1/1).</summary>
    public bool IsWhole => Count == 1;

    /// <summary>The runs of this shard in a batch of <paramref name="totalRuns"/> runs.</summary>
    public RunRange RunsOf(long totalRuns)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalRuns);
        long first = Bound(Index - 1, totalRuns), end = Bound(Index, totalRuns);
        return new RunRange(first, end - first);
    }

    /// <summary>Reads <c>K/N</c>, or gives the reason it cannot (<paramref name="error"/>).</summary>
    public static bool TryParse(string? text, out ShardSpec shard, out string? error)
    {
        shard = Whole;
        error = null;
        var parts = (text ?? "").Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            error = $"'{text}' is not a shard: write K/N, e.g. 2/8 for the second of eight shards";
            return false;
        }

        if (n < 1 || n > MaxCount)
            error = $"'{text}': the number of shards must be between 1 and {MaxCount}";
        else if (k < 1 || k > n)
            error = $"'{text}': the shard number must be between 1 and {n} (shards count from 1)";
        if (error is not null)
            return false;
        shard = new ShardSpec(k, n);
        return true;
    }

    /// <summary>Reads <c>K/N</c>.</summary>
    /// <exception cref="FormatException">The text is not a valid shard.</exception>
    public static ShardSpec Parse(string text) => TryParse(text, out var s, out string? error) ? s : throw new FormatException(error);

    /// <summary>Equality by shard number and count (a default value equals <see cref="Whole"/>).</summary>
    public bool Equals(ShardSpec other) => Index == other.Index && Count == other.Count;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Index, Count);

    /// <summary>The shard as <c>K/N</c>.</summary>
    public override string ToString() => $"{Index}/{Count}";

    private long Bound(int k, long totalRuns) => (long)((UInt128)(ulong)k * (ulong)totalRuns / (ulong)Count);
}
