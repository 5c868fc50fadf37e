using System.Numerics;

namespace Willing.Qca.Minimization;

/// <summary>
/// All prime implicants of a union of terms, by iterated consensus (Quine 1955; Blake's canonical form): the consensus
/// of two terms that clash on exactly one condition is added unless a present term subsumes it, and every term it
/// subsumes is dropped, until no pair yields a new term.
/// </summary>
/// <remarks>
/// Used where every row outside the union is negative: the conservative solution (the union of the positive rows) and
/// the intermediate one (the positive rows and the easy counterfactuals). It works on terms, never on the rows they
/// cover, so an intermediate selection term over 30 conditions costs as little as one over 5. Dropping a subsumed term
/// early is safe: if <c>c</c> is subsumed by <c>e</c>, the consensus of <c>c</c> with any <c>d</c> is subsumed by
/// <c>e</c> or by the consensus of <c>e</c> with <c>d</c>.
/// </remarks>
internal static class ConsensusPrimes
{
    public static List<Implicant> Compute(IEnumerable<Implicant> terms, Budget budget)
    {
        var cubes = new List<Implicant>();
        var dead = new List<bool>();
        var present = new HashSet<Implicant>();
        foreach (var t in terms.Distinct().OrderBy(t => t.LiteralCount).ThenBy(t => t.Care).ThenBy(t => t.Values))
        {
            if (!SubsumedByAlive(t, cubes, dead))
            {
                cubes.Add(t);
                dead.Add(false);
                present.Add(t);
            }
        }

        var queue = new Queue<int>(Enumerable.Range(0, cubes.Count));
        var processed = new List<int>();
        while (queue.Count > 0)
        {
            int ci = queue.Dequeue();
            if (dead[ci])
                continue;
            var c = cubes[ci];
            for (int pi = 0; pi < processed.Count && !dead[ci]; pi++)
            {
                budget.Step();
                int di = processed[pi];
                if (dead[di])
                    continue;
                var d = cubes[di];
                uint clash = c.Care & d.Care & (c.Values ^ d.Values);
                if (BitOperations.PopCount(clash) != 1)
                    continue;
                uint care = (c.Care | d.Care) & ~clash;
                var consensus = new Implicant(care, (c.Values | d.Values) & care);
                if (present.Contains(consensus) || SubsumedByAlive(consensus, cubes, dead))
                    continue;
                budget.Steps(cubes.Count);
                for (int j = 0; j < cubes.Count; j++)
                {
                    if (!dead[j] && consensus.Subsumes(cubes[j]))
                    {
                        dead[j] = true;
                        present.Remove(cubes[j]);
                    }
                }

                cubes.Add(consensus);
                dead.Add(false);
                present.Add(consensus);
                queue.Enqueue(cubes.Count - 1);
                budget.CheckPrimeCount(present.Count);
            }

            if (!dead[ci])
                processed.Add(ci);
        }

        var primes = new List<Implicant>();
        for (int i = 0; i < cubes.Count; i++)
        {
            if (!dead[i])
                primes.Add(cubes[i]);
        }

        return primes;
    }

    private static bool SubsumedByAlive(Implicant t, List<Implicant> cubes, List<bool> dead)
    {
        for (int j = 0; j < cubes.Count; j++)
        {
            if (!dead[j] && cubes[j].Subsumes(t))
                return true;
        }

        return false;
    }
}
