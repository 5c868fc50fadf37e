namespace Willing.Simulation.Randomness;

/// <summary>Derives the seed of each run of a batch from the batch's master seed and the run's index.</summary>
/// <remarks>
/// The rule, stated once: <c>seed(master, i) = SplitMix64.Mix(SplitMix64.Mix(master) + (i + 1) * 0x9E3779B97F4A7C15) &amp; (2^63 - 1)</c>,
/// arithmetic modulo 2^64, with <c>master</c> and <c>i</c> read as unsigned. It is the (i + 1)-th output of a
/// SplitMix64 stream whose state starts at the mixed master seed, cut to 63 bits so that it is a non-negative
/// 64-bit integer (the <c>seed</c> column of every result row, readable as such by pandas, R and DuckDB).
/// Mixing the master first keeps the streams of nearby master seeds (1, 2, 3, …) apart. A run depends on its
/// seed and its parameters only, never on the thread or shard that ran it, so any run is replayed alone from
/// the seed recorded with its rows.
/// </remarks>
public static class RunSeeds
{
    /// <summary>The seed of run <paramref name="run"/> (0-based) of a batch with master seed <paramref name="masterSeed"/>.</summary>
    public static long Derive(long masterSeed, long run)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(run);
        ulong z = unchecked(SplitMix64.Mix((ulong)masterSeed) + ((ulong)run + 1) * SplitMix64.GoldenGamma);
        return (long)(SplitMix64.Mix(z) & 0x7FFF_FFFF_FFFF_FFFFUL);
    }
}
