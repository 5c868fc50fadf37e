using Willing.Qca.Minimization;

namespace Willing.Qca.Tests.Minimization;

/// <summary>
/// Minimisation from the definitions, for small k: every one of the 3^k terms is tried, a term is prime when it
/// lies inside the allowed rows and no other such term subsumes it, and the minimum covers are found by trying every
/// set of prime implicants of each size in turn. Slow, obvious, and sharing no code with the engine.
/// </summary>
internal static class BruteForceOracle
{
    /// <summary>Every term over k conditions (3^k of them).</summary>
    public static List<Implicant> AllTerms(int k)
    {
        var terms = new List<Implicant>();
        uint full = (1u << k) - 1;
        for (uint care = 0; care <= full; care++)
        {
            for (uint values = 0; values <= full; values++)
            {
                if ((values & ~care) == 0)
                    terms.Add(new Implicant(care, values));
            }
        }

        return terms;
    }

    public static IEnumerable<uint> RowsOf(Implicant t, int k)
    {
        for (uint r = 0; r < 1u << k; r++)
        {
            if (((r ^ t.Values) & t.Care) == 0)
                yield return r;
        }
    }

    /// <summary>The prime implicants of the allowed rows that cover at least one positive row.</summary>
    public static HashSet<Implicant> Primes(int k, Func<uint, bool> allowed, IReadOnlyCollection<uint> positive)
    {
        var inside = AllTerms(k).Where(t => RowsOf(t, k).All(allowed)).ToList();
        var primes = new HashSet<Implicant>();
        foreach (var t in inside)
        {
            if (!RowsOf(t, k).Any(positive.Contains))
                continue;
            bool prime = !inside.Any(s => s != t && (s.Care & ~t.Care) == 0 && ((s.Values ^ t.Values) & s.Care) == 0);
            if (prime)
                primes.Add(t);
        }

        return primes;
    }

    /// <summary>Every smallest set of the primes covering all positive rows (sets of terms), or null if there are too many combinations to try.</summary>
    public static List<HashSet<Implicant>>? MinimumCovers(int k, HashSet<Implicant> primes, IReadOnlyList<uint> positive, long maxCombinations = 3_000_000)
    {
        var list = primes.ToList();
        var masks = list.Select(t => positive.Select((r, i) => RowsOf(t, k).Contains(r) ? 1UL << i : 0).Aggregate(0UL, (a, b) => a | b)).ToArray();
        ulong all = positive.Count == 64 ? ulong.MaxValue : (1UL << positive.Count) - 1;
        for (int m = 1; m <= list.Count; m++)
        {
            if (Choose(list.Count, m) > maxCombinations)
                return null;
            var found = new List<HashSet<Implicant>>();
            var pick = new int[m];
            Combine(0, 0, 0UL);
            if (found.Count > 0)
                return found;

            void Combine(int from, int depth, ulong covered)
            {
                if (depth == m)
                {
                    if (covered == all)
                        found.Add([.. pick.Select(i => list[i])]);
                    return;
                }

                for (int i = from; i < list.Count; i++)
                {
                    pick[depth] = i;
                    Combine(i + 1, depth + 1, covered | masks[i]);
                }
            }
        }

        throw new InvalidOperationException("the primes do not cover the positive rows");
    }

    /// <summary>
    /// The intermediate selection terms, from the definition (Ragin and Sonnett 2005; QCA's dir.exp): for a complex term c
    /// and a parsimonious term p whose literals are all in c, drop from c each literal absent from p for which a direction
    /// is expected and the literal goes the other way.
    /// </summary>
    public static HashSet<Implicant> Selection(IEnumerable<Implicant> complex, IEnumerable<Implicant> parsimonious, DirectionalExpectation[] dirs)
    {
        var result = new HashSet<Implicant>();
        foreach (var c in complex)
        {
            foreach (var p in parsimonious)
            {
                bool inside = Enumerable.Range(0, dirs.Length).All(i => p.ValueOf(i) is null || p.ValueOf(i) == c.ValueOf(i));
                if (!inside)
                    continue;
                uint care = 0, values = 0;
                for (int i = 0; i < dirs.Length; i++)
                {
                    int? v = c.ValueOf(i);
                    if (v is null)
                        continue;
                    bool inP = p.ValueOf(i) is not null;
                    bool contradicted = (dirs[i] == DirectionalExpectation.Present && v == 0) || (dirs[i] == DirectionalExpectation.Absent && v == 1);
                    if (inP || !contradicted)
                    {
                        care |= 1u << i;
                        values |= (uint)v.Value << i;
                    }
                }

                result.Add(new Implicant(care, values));
            }
        }

        return result;
    }

    private static long Choose(int n, int m)
    {
        long c = 1;
        for (int i = 0; i < m; i++)
        {
            c = c * (n - i) / (i + 1);
            if (c > long.MaxValue / 64)
                return long.MaxValue;
        }

        return c;
    }
}
