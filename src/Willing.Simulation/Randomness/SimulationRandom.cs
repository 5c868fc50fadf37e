namespace Willing.Simulation.Randomness;

/// <summary>
/// The one random source of a model: Blackman and Vigna's xoshiro256** (2018), seeded through SplitMix64.
/// </summary>
/// <remarks>
/// <para>
/// Portable by construction: the generator is written here, in 64-bit integer arithmetic, so the same seed
/// gives the same stream on every runtime and machine. <see cref="System.Random"/> is not used because its
/// seeded algorithm is an implementation detail that the runtime may change. No NuGet package offering a
/// documented, stable xoshiro or PCG stream is on this project's package list (see
/// <c>docs/decisions/0015-simulation-core.md</c>).
/// </para>
/// <para>
/// Seeding follows the authors' advice (https://prng.di.unimi.it/): the four state words are the first four
/// SplitMix64 outputs from the seed (they are distinct, so the state is never all zero). The output rule is the
/// reference <c>xoshiro256starstar.c</c>: <c>result = rotl(s1 * 5, 7) * 9</c>, then the xor-shift-rotate update.
/// </para>
/// <para>
/// Derived draws, each stated so a replication in another language gives the same numbers:
/// <see cref="NextDouble()"/> is <c>(x &gt;&gt; 11) * 2^-53</c>; <see cref="NextInt(int)"/> is Lemire's (2019)
/// multiply-and-reject method, unbiased; <see cref="NextNormal"/> is Marsaglia's polar method, keeping the
/// second deviate for the next call; <see cref="Shuffle{T}"/> is Durstenfeld's Fisher–Yates from the last
/// element down. The normal deviates use <see cref="Math.Log(double)"/> and <see cref="Math.Sqrt"/>; the square
/// root is exact in IEEE 754, the logarithm is the platform's and may differ in its last bit between operating
/// systems, so normal draws are reproducible on one platform and equal to within an ulp across platforms.
/// </para>
/// <para>Not thread-safe: a model and its agents use it from the one thread that runs the model.</para>
/// </remarks>
public sealed class SimulationRandom
{
    private ulong _s0, _s1, _s2, _s3;
    private double _spareNormal;
    private bool _hasSpare;

    /// <summary>A generator whose state is the first four SplitMix64 outputs from <paramref name="seed"/>.</summary>
    public SimulationRandom(long seed)
    {
        Seed = seed;
        ulong sm = (ulong)seed;
        _s0 = SplitMix64.Next(ref sm);
        _s1 = SplitMix64.Next(ref sm);
        _s2 = SplitMix64.Next(ref sm);
        _s3 = SplitMix64.Next(ref sm);
    }

    /// <summary>The seed this generator started from.</summary>
    public long Seed { get; }

    /// <summary>Creates a generator from four raw state words, for checking against the reference implementation.</summary>
    internal static SimulationRandom FromState(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        var r = new SimulationRandom(0);
        (r._s0, r._s1, r._s2, r._s3) = (s0, s1, s2, s3);
        return r;
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
            ulong t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = ulong.RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>A uniform double in [0, 1): the top 53 bits of the next output times 2^-53.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform double in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    public double NextDouble(double low, double high) => low + (high - low) * NextDouble();

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>), unbiased (Lemire 2019).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxExclusive"/> is not positive.</exception>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)NextBelow((ulong)maxExclusive);
    }

    /// <summary>A uniform integer in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>), unbiased.</summary>
    public int NextInt(int minInclusive, int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxExclusive, minInclusive);
        return minInclusive + (int)NextBelow((ulong)((long)maxExclusive - minInclusive));
    }

    /// <summary>True with probability <paramref name="probability"/>: <c>NextDouble() &lt; probability</c>.</summary>
    public bool NextBool(double probability = 0.5) => NextDouble() < probability;

    /// <summary>A normal deviate with the given mean and standard deviation (Marsaglia's polar method).</summary>
    public double NextNormal(double mean = 0, double standardDeviation = 1)
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return mean + standardDeviation * _spareNormal;
        }

        double u, v, s;
        do
        {
            u = 2 * NextDouble() - 1;
            v = 2 * NextDouble() - 1;
            s = u * u + v * v;
        }
        while (s >= 1 || s == 0);
        double f = Math.Sqrt(-2 * Math.Log(s) / s);
        _spareNormal = v * f;
        _hasSpare = true;
        return mean + standardDeviation * u * f;
    }

    /// <summary>Shuffles <paramref name="items"/> in place (Durstenfeld's Fisher–Yates: for i from n - 1 down to 1, swap i with NextInt(i + 1)).</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>
    /// Fills <paramref name="destination"/> with distinct indices drawn uniformly from [0, <paramref name="populationSize"/>),
    /// in the order drawn (a partial Fisher–Yates over 0..n-1: draw i swaps position i with NextInt(i, n)).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">More indices asked for than the population has.</exception>
    public void Sample(int populationSize, Span<int> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(populationSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(destination.Length, populationSize);
        var pool = new int[populationSize];
        for (int i = 0; i < pool.Length; i++)
            pool[i] = i;
        for (int i = 0; i < destination.Length; i++)
        {
            int j = NextInt(i, populationSize);
            (pool[i], pool[j]) = (pool[j], pool[i]);
            destination[i] = pool[i];
        }
    }

    private ulong NextBelow(ulong n)
    {
        // Lemire, "Fast random integer generation in an interval", ACM TOMACS 29(1), 2019.
        ulong hi = Math.BigMul(NextUInt64(), n, out ulong lo);
        if (lo < n)
        {
            ulong threshold = unchecked(0 - n) % n;
            while (lo < threshold)
                hi = Math.BigMul(NextUInt64(), n, out lo);
        }

        return hi;
    }
}
