using System.Numerics;

namespace Willing.Qca.Minimization;

/// <summary>
/// Every minimum cover of a prime implicant chart: the smallest sets of prime implicants that together cover every
/// positive row, all of them (up to a bound), by branch and bound.
/// </summary>
/// <remarks>
/// <para>
/// Essential prime implicants (the only cover of some row) are in every cover and are taken first. The rest is an
/// iterative deepening over the number <c>b</c> of further implicants, from a lower bound up to the size of a greedy
/// cover: a depth-first search branches on the implicants that cover the uncovered row with fewest covers. The
/// <c>j</c>-th branch forbids the <c>j − 1</c> before it in its subtree, so each cover is found exactly once.
/// </para>
/// <para>
/// Pruning: if no single implicant covers more than <c>M</c> of the <c>u</c> uncovered rows, <c>b</c> implicants
/// cover all of them only if <c>b·M ≥ u</c>, and every implicant of such a cover covers at least
/// <c>u − (b − 1)·M</c> of them; implicants that cover fewer are skipped. No dominated implicant is removed, since a
/// dominated implicant can belong to an equally minimal solution and every such solution is listed (QCA's default,
/// <c>row.dom = FALSE</c>).
/// </para>
/// </remarks>
internal sealed class CoverSearch
{
    /// <summary>How many implicants, in decreasing order of coverage, are intersected exactly when bounding <c>M</c>.</summary>
    private const int BoundScan = 48;

    private readonly int _rows;
    private readonly int _implicants;
    private readonly int _words;
    private readonly ulong[] _cover;
    private readonly int[] _coverCount;
    private readonly int[][] _candidates;
    private readonly int[] _byCoverage;
    private readonly bool[] _forbidden;
    private readonly Budget _budget;
    private readonly int _maxSolutions;
    private readonly List<int[]> _solutions = [];
    private readonly List<int> _chosen = [];
    private ulong[][] _uncovered = [];
    private int[] _essential = [];

    /// <param name="rows">The number of positive rows.</param>
    /// <param name="implicants">The number of prime implicants.</param>
    /// <param name="cover">Implicant <c>i</c> covers row <c>r</c> when bit <c>r</c> of words <c>i·W .. i·W + W − 1</c> is set, <c>W = ⌈rows/64⌉</c>.</param>
    /// <param name="budget">The bounds and the cancellation.</param>
    public CoverSearch(int rows, int implicants, ulong[] cover, Budget budget)
    {
        _rows = rows;
        _implicants = implicants;
        _words = (rows + 63) >> 6;
        _cover = cover;
        _budget = budget;
        _maxSolutions = budget.Options.MaxSolutions;
        _coverCount = new int[implicants];
        var lists = new List<int>[rows];
        for (int r = 0; r < rows; r++)
            lists[r] = [];
        for (int i = 0; i < implicants; i++)
        {
            int count = 0;
            for (int w = 0; w < _words; w++)
            {
                ulong bits = cover[i * _words + w];
                count += BitOperations.PopCount(bits);
                for (; bits != 0; bits &= bits - 1)
                    lists[(w << 6) + BitOperations.TrailingZeroCount(bits)].Add(i);
            }

            _coverCount[i] = count;
        }

        _candidates = [.. lists.Select(l => l.ToArray())];
        _byCoverage = [.. Enumerable.Range(0, implicants).OrderByDescending(i => _coverCount[i]).ThenBy(i => i)];
        _forbidden = new bool[implicants];
    }

    /// <summary>The number of implicants in a minimum cover (after <see cref="Solve"/>).</summary>
    public int MinimumSize { get; private set; }

    /// <summary>Whether the listing stopped at <see cref="MinimizationOptions.MaxSolutions"/>.</summary>
    public bool LimitReached { get; private set; }

    /// <summary>The minimum covers found, each as ascending implicant indices, in the order found.</summary>
    public IReadOnlyList<int[]> Solutions => _solutions;

    /// <summary>The implicants that are the only cover of some row.</summary>
    public IReadOnlyList<int> Essential => _essential;

    public void Solve()
    {
        for (int r = 0; r < _rows; r++)
        {
            if (_candidates[r].Length == 0)
                throw new InvalidOperationException($"positive row {r} is covered by no prime implicant");
        }

        _essential = [.. Enumerable.Range(0, _rows).Where(r => _candidates[r].Length == 1).Select(r => _candidates[r][0]).Distinct().Order()];
        var start = new ulong[_words];
        for (int r = 0; r < _rows; r++)
            start[r >> 6] |= 1UL << (r & 63);
        foreach (int e in _essential)
        {
            Remove(start, e);
            _forbidden[e] = true;
        }

        int left = Count(start);
        if (left == 0)
        {
            MinimumSize = _essential.Length;
            _solutions.Add([.. _essential]);
            return;
        }

        int upper = GreedySize(start, left);
        int lower = Math.Max(1, (left + _coverCount[_byCoverage[0]] - 1) / _coverCount[_byCoverage[0]]);
        _uncovered = new ulong[upper + 1][];
        for (int d = 0; d <= upper; d++)
            _uncovered[d] = new ulong[_words];
        for (int b = lower; b <= upper; b++)
        {
            start.CopyTo(_uncovered[0], 0);
            Search(0, left, b);
            if (_solutions.Count > 0)
            {
                MinimumSize = _essential.Length + b;
                return;
            }
        }

        throw new InvalidOperationException("the greedy cover was not found again by the exact search");
    }

    private void Search(int depth, int left, int budget)
    {
        if (left == 0)
        {
            Record();
            return;
        }

        if (budget == 0)
            return;
        _budget.Step();
        var uncovered = _uncovered[depth];
        int most = MostCovered(uncovered, left);
        if ((long)budget * most < left)
            return;
        int need = left - (budget - 1) * most;
        int row = FewestCandidates(uncovered);
        var next = _uncovered[depth + 1];
        var forbiddenHere = new List<int>();
        foreach (int c in _candidates[row])
        {
            if (_forbidden[c])
                continue;
            int covered = Intersect(uncovered, c);
            if (covered >= need)
            {
                for (int w = 0; w < _words; w++)
                    next[w] = uncovered[w] & ~_cover[c * _words + w];
                _chosen.Add(c);
                Search(depth + 1, left - covered, budget - 1);
                _chosen.RemoveAt(_chosen.Count - 1);
                if (LimitReached)
                    break;
            }

            _forbidden[c] = true;
            forbiddenHere.Add(c);
        }

        foreach (int c in forbiddenHere)
            _forbidden[c] = false;
    }

    private void Record()
    {
        if (_solutions.Count >= _maxSolutions)
        {
            LimitReached = true;
            return;
        }

        _solutions.Add([.. _chosen.Concat(_essential).Order()]);
    }

    /// <summary>An upper bound on how many uncovered rows one implicant covers: exact for the best-covering few, then their coverage.</summary>
    private int MostCovered(ulong[] uncovered, int left)
    {
        int most = 0;
        for (int s = 0; s < _byCoverage.Length; s++)
        {
            int i = _byCoverage[s];
            int total = _coverCount[i];
            if (total <= most)
                break;
            if (s == BoundScan)
                return Math.Max(most, Math.Min(total, left));
            most = Math.Max(most, Intersect(uncovered, i));
            if (most == left)
                break;
        }

        return most;
    }

    private int FewestCandidates(ulong[] uncovered)
    {
        int best = -1, fewest = int.MaxValue;
        for (int w = 0; w < _words; w++)
        {
            for (ulong bits = uncovered[w]; bits != 0; bits &= bits - 1)
            {
                int r = (w << 6) + BitOperations.TrailingZeroCount(bits);
                if (_candidates[r].Length < fewest)
                {
                    fewest = _candidates[r].Length;
                    best = r;
                }
            }
        }

        return best;
    }

    private int GreedySize(ulong[] start, int left)
    {
        var uncovered = (ulong[])start.Clone();
        int size = 0;
        while (left > 0)
        {
            int best = -1, most = 0;
            foreach (int i in _byCoverage)
            {
                if (_coverCount[i] <= most)
                    break;
                int c = Intersect(uncovered, i);
                if (c > most)
                {
                    most = c;
                    best = i;
                }
            }

            _budget.Steps(_implicants);
            Remove(uncovered, best);
            left -= most;
            size++;
        }

        return size;
    }

    private int Intersect(ulong[] uncovered, int implicant)
    {
        int count = 0, at = implicant * _words;
        for (int w = 0; w < _words; w++)
            count += BitOperations.PopCount(uncovered[w] & _cover[at + w]);
        return count;
    }

    private void Remove(ulong[] uncovered, int implicant)
    {
        int at = implicant * _words;
        for (int w = 0; w < _words; w++)
            uncovered[w] &= ~_cover[at + w];
    }

    private static int Count(ulong[] bits)
    {
        int count = 0;
        foreach (ulong b in bits)
            count += BitOperations.PopCount(b);
        return count;
    }
}
