using System.Globalization;

namespace Willing.Qca.Minimization;

/// <summary>
/// Seeded crisp data for the benchmark and the large tests: cases whose conditions are fair coins and whose outcome is
/// <c>C1*C2 + C3*~C4 + C5*C6*C7</c> (the other conditions are noise), made into a truth table.
/// </summary>
/// <remarks>
/// A row is positive when the outcome is 1 for every case in it and negative when it is 0 for every case (a
/// contradiction, which this outcome cannot produce, would count as negative); every other row is a remainder.
/// The random stream is SplitMix64 (Steele, Lea and Flood 2014), so a seed gives the same cases on every platform.
/// </remarks>
internal static class SyntheticCrispData
{
    /// <summary>The parsimonious problem for <paramref name="conditions"/> conditions (at least 7) and <paramref name="cases"/> cases.</summary>
    public static MinimizationProblem Parsimonious(int conditions, int cases, ulong seed)
    {
        var (names, positive, negative) = TruthTable(conditions, cases, seed);
        return MinimizationProblem.Parsimonious(names, positive, negative);
    }

    /// <summary>The condition names C1..Ck and the positive and negative rows.</summary>
    public static (string[] Names, List<uint> Positive, List<uint> Negative) TruthTable(int conditions, int cases, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(conditions, 7);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(conditions, MinimizationProblem.MaxConditions);
        var names = Enumerable.Range(1, conditions).Select(i => "C" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var outcomes = new Dictionary<uint, (bool One, bool Zero)>();
        ulong state = seed;
        for (int c = 0; c < cases; c++)
        {
            uint row = (uint)(Next(ref state) & ((1UL << conditions) - 1));
            bool outcome = Outcome(row);
            outcomes.TryGetValue(row, out var seen);
            outcomes[row] = (seen.One || outcome, seen.Zero || !outcome);
        }

        var positive = outcomes.Where(kv => kv.Value.One && !kv.Value.Zero).Select(kv => kv.Key).Order().ToList();
        var negative = outcomes.Where(kv => kv.Value.Zero).Select(kv => kv.Key).Order().ToList();
        return (names, positive, negative);
    }

    /// <summary><c>C1*C2 + C3*~C4 + C5*C6*C7</c>, with C1 at bit 0.</summary>
    public static bool Outcome(uint row) =>
        (row & 0b11) == 0b11 || (row & 0b1100) == 0b0100 || (row & 0b111_0000) == 0b111_0000;

    private static ulong Next(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
