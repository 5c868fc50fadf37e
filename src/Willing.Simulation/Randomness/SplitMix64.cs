namespace Willing.Simulation.Randomness;

/// <summary>
/// Steele, Lea and Flood's SplitMix64 (2014): a 64-bit counter stepped by the golden gamma and passed
/// through a bijective finalizer. Used to seed <see cref="SimulationRandom"/> and to derive run seeds.
/// </summary>
/// <remarks>
/// One output from state <c>s</c>: <c>s += 0x9E3779B97F4A7C15; z = s; z = (z ^ (z &gt;&gt; 30)) * 0xBF58476D1CE4E5B9;
/// z = (z ^ (z &gt;&gt; 27)) * 0x94D049BB133111EB; return z ^ (z &gt;&gt; 31)</c>, all arithmetic modulo 2^64, exactly as in
/// Vigna's reference <c>splitmix64.c</c> (https://prng.di.unimi.it/splitmix64.c). From state 0 the first
/// outputs are 0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4, 0x06C45D188009454F.
/// </remarks>
public static class SplitMix64
{
    /// <summary>The increment of the state per output (2^64 divided by the golden ratio, made odd).</summary>
    public const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;

    /// <summary>Advances <paramref name="state"/> by one step and returns the output of the new state.</summary>
    public static ulong Next(ref ulong state)
    {
        state = unchecked(state + GoldenGamma);
        return Mix(state);
    }

    /// <summary>The finalizer alone: a bijection of 64-bit values that spreads every input bit over the output.</summary>
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
