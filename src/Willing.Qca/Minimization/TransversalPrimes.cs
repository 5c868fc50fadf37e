using System.Numerics;

namespace Willing.Qca.Minimization;

/// <summary>
/// The prime implicants that cover at least one positive row and no negative (or excluded) row, with every other row
/// a don't-care: for each positive row <c>p</c>, the minimal sets of conditions on which <c>p</c> differs from every
/// negative row.
/// </summary>
/// <remarks>
/// <para>
/// A term that covers <c>p</c> is <c>p</c> restricted to a set <c>S</c> of conditions, and it covers no negative row
/// <c>n</c> exactly when <c>S</c> meets the set <c>p xor n</c> of conditions on which they differ. So the terms over
/// <c>p</c> that avoid the negative rows are the hitting sets of the hypergraph {<c>p xor n</c>}, and the prime ones
/// are its minimal hitting sets (a larger prime over <c>p</c> would be a smaller hitting set). Every prime implicant
/// relevant to covering the positive rows arises this way from each positive row it covers; nothing of size 2^k is
/// built, which is what lets a remainder-heavy problem over 16 or 30 conditions be solved exactly.
/// </para>
/// <para>
/// This is the search CCubes makes (Dușa 2018: terms by increasing complexity that cover no negative row, kept unless
/// a simpler one found before subsumes them), organised as minimal-hitting-set enumeration with the MMCS algorithm of
/// Murakami and Uno (2014, "Efficient algorithms for dualizing large-scale hypergraphs", Discrete Applied Mathematics
/// 170), which visits only sets that can still be minimal. Hyperedges are reduced to the minimal ones first and kept
/// as bitsets over the edges, per condition.
/// </para>
/// </remarks>
internal static class TransversalPrimes
{
    /// <summary>Above this many distinct differences per positive row, the reduction to minimal edges is skipped (it is quadratic; the search is correct without it).</summary>
    private const int MaxEdgesToReduce = 20_000;

    public static List<Implicant> Compute(IReadOnlyList<uint> positives, IReadOnlyList<uint> offRows, int conditionCount, Budget budget)
    {
        if (offRows.Count == 0)
            return [default];
        var found = new HashSet<Implicant>();
        var edges = new List<uint>(offRows.Count);
        foreach (uint p in positives)
        {
            edges.Clear();
            foreach (uint n in offRows)
                edges.Add(p ^ n);
            var minimal = MinimalEdges(edges, budget);
            var search = new Mmcs(minimal, conditionCount, budget, hitting =>
            {
                if (found.Add(new Implicant(hitting, p & hitting)))
                    budget.CheckPrimeCount(found.Count);
            });
            search.Run();
        }

        return [.. found];
    }

    /// <summary>The inclusion-minimal edges (a superset of another edge is hit whenever the other is).</summary>
    private static List<uint> MinimalEdges(List<uint> edges, Budget budget)
    {
        edges.Sort((a, b) =>
        {
            int c = BitOperations.PopCount(a).CompareTo(BitOperations.PopCount(b));
            return c != 0 ? c : a.CompareTo(b);
        });
        if (edges.Count > MaxEdgesToReduce)
            return [.. edges.Distinct()];
        var kept = new List<uint>();
        foreach (uint e in edges)
        {
            bool redundant = false;
            budget.Steps(kept.Count);
            foreach (uint f in kept)
            {
                if ((f & ~e) == 0)
                {
                    redundant = true;
                    break;
                }
            }

            if (!redundant)
                kept.Add(e);
        }

        return kept;
    }

    /// <summary>
    /// Minimal hitting sets of a hypergraph over at most 32 vertices, by MMCS: extend the set with a vertex of the
    /// uncovered edge with fewest candidates, keeping only sets in which every vertex has a critical edge (an edge it
    /// alone hits), so every set visited can still be minimal and every minimal one is output once.
    /// </summary>
    private sealed class Mmcs
    {
        private readonly uint[] _edges;
        private readonly int _words;
        private readonly ulong[][] _incidence;
        private readonly ulong[][] _uncovered;
        private readonly ulong[][][] _critical;
        private readonly Budget _budget;
        private readonly Action<uint> _output;

        public Mmcs(List<uint> edges, int vertices, Budget budget, Action<uint> output)
        {
            _edges = [.. edges];
            _words = (_edges.Length + 63) >> 6;
            _budget = budget;
            _output = output;
            _incidence = new ulong[vertices][];
            for (int v = 0; v < vertices; v++)
            {
                var row = new ulong[_words];
                for (int e = 0; e < _edges.Length; e++)
                {
                    if ((_edges[e] >> v & 1) != 0)
                        row[e >> 6] |= 1UL << (e & 63);
                }

                _incidence[v] = row;
            }

            _uncovered = new ulong[vertices + 1][];
            _critical = new ulong[vertices + 1][][];
            for (int d = 0; d <= vertices; d++)
            {
                _uncovered[d] = new ulong[_words];
                _critical[d] = new ulong[d][];
                for (int j = 0; j < d; j++)
                    _critical[d][j] = new ulong[_words];
            }

            for (int e = 0; e < _edges.Length; e++)
                _uncovered[0][e >> 6] |= 1UL << (e & 63);
        }

        public void Run()
        {
            uint all = 0;
            foreach (uint e in _edges)
                all |= e;
            Visit(0, 0, all);
        }

        private void Visit(int depth, uint set, uint candidates)
        {
            _budget.Step();
            var uncovered = _uncovered[depth];
            int chosen = -1, fewest = int.MaxValue;
            for (int w = 0; w < _words; w++)
            {
                for (ulong bits = uncovered[w]; bits != 0; bits &= bits - 1)
                {
                    int e = (w << 6) + BitOperations.TrailingZeroCount(bits);
                    int count = BitOperations.PopCount(_edges[e] & candidates);
                    if (count < fewest)
                    {
                        fewest = count;
                        chosen = e;
                        if (count == 0)
                            return;
                    }
                }
            }

            if (chosen < 0)
            {
                _output(set);
                return;
            }

            uint branch = _edges[chosen] & candidates;
            candidates &= ~branch;
            var next = _uncovered[depth + 1];
            var nextCritical = _critical[depth + 1];
            var critical = _critical[depth];
            for (uint rest = branch; rest != 0; rest &= rest - 1)
            {
                int v = BitOperations.TrailingZeroCount(rest);
                var hits = _incidence[v];
                bool minimal = true;
                for (int j = 0; j < depth && minimal; j++)
                {
                    bool any = false;
                    var from = critical[j];
                    var to = nextCritical[j];
                    for (int w = 0; w < _words; w++)
                    {
                        ulong c = from[w] & ~hits[w];
                        to[w] = c;
                        any |= c != 0;
                    }

                    minimal = any;
                }

                if (minimal)
                {
                    var own = nextCritical[depth];
                    for (int w = 0; w < _words; w++)
                    {
                        own[w] = uncovered[w] & hits[w];
                        next[w] = uncovered[w] & ~hits[w];
                    }

                    Visit(depth + 1, set | 1u << v, candidates);
                }

                candidates |= 1u << v;
            }
        }
    }
}
