using System.Numerics;

namespace Willing.Qca.Minimization;

/// <summary>
/// Every minimum cover of a prime implicant chart: the smallest sets of prime implicants that together cover every
/// positive row, all of them (up to a bound), by branch and bound.
/// </summary>
/// <remarks>
/// <para>
/// Essential prime implicants (the only cover of some row) are in every cover and are taken first. The rows left fall
/// into independent components (rows linked by a shared implicant); a minimum cover is a minimum cover of each
/// component, so each is solved on its own and the solutions are their products. In a component, an iterative
/// deepening over the number <c>b</c> of implicants, from a lower bound up to the size of a greedy cover, searches
/// depth first, branching on the implicants that cover the uncovered row with fewest covers; the <c>j</c>-th branch
/// forbids the <c>j − 1</c> before it in its subtree, so each cover is found exactly once.
/// </para>
/// <para>
/// Bounds at each node: rows no two of which share an implicant need one implicant each (a greedy set of them is
/// kept), and if no implicant covers more than <c>M</c> of the <c>u</c> uncovered rows, <c>b</c> implicants cover
/// them only if <c>b·M ≥ u</c>; then every implicant of such a cover covers at least <c>u − (b − 1)·M</c> of them,
/// and those that cover fewer are skipped. No dominated implicant is removed, since a dominated implicant can belong
/// to an equally minimal solution and every such solution is listed (QCA's default, <c>row.dom = FALSE</c>).
/// </para>
/// </remarks>
internal sealed class CoverSearch
{
    private readonly int _rows;
    private readonly int _implicants;
    private readonly int _words;
    private readonly ulong[] _cover;
    private readonly Budget _budget;
    private readonly List<int[]> _solutions = [];
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
    }

    /// <summary>The number of implicants in a minimum cover (after <see cref="Solve"/>).</summary>
    public int MinimumSize { get; private set; }

    /// <summary>Whether the listing stopped at <see cref="MinimizationOptions.MaxSolutions"/>.</summary>
    public bool LimitReached { get; private set; }

    /// <summary>The minimum covers found, each as ascending implicant indices.</summary>
    public IReadOnlyList<int[]> Solutions => _solutions;

    /// <summary>The implicants that are the only cover of some row.</summary>
    public IReadOnlyList<int> Essential => _essential;

    public void Solve()
    {
        var candidates = new List<int>[_rows];
        for (int r = 0; r < _rows; r++)
            candidates[r] = [];
        for (int i = 0; i < _implicants; i++)
        {
            for (int w = 0; w < _words; w++)
            {
                for (ulong bits = _cover[i * _words + w]; bits != 0; bits &= bits - 1)
                    candidates[(w << 6) + BitOperations.TrailingZeroCount(bits)].Add(i);
            }
        }

        _budget.Steps((long)_implicants * _words);
        for (int r = 0; r < _rows; r++)
        {
            if (candidates[r].Count == 0)
                throw new InvalidOperationException($"positive row {r} is covered by no prime implicant");
        }

        _essential = [.. Enumerable.Range(0, _rows).Where(r => candidates[r].Count == 1).Select(r => candidates[r][0]).Distinct().Order()];
        var essential = _essential.ToHashSet();
        var left = Enumerable.Range(0, _rows).Where(r => !candidates[r].Any(essential.Contains)).ToList();

        // Components: rows joined by an implicant that covers both.
        var parent = Enumerable.Range(0, _rows).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
                x = parent[x] = parent[parent[x]];
            return x;
        }

        var firstRow = new Dictionary<int, int>();
        foreach (int r in left)
        {
            foreach (int c in candidates[r])
            {
                if (firstRow.TryGetValue(c, out int other))
                    parent[Find(r)] = Find(other);
                else
                    firstRow[c] = r;
            }
        }

        var components = left.GroupBy(Find).Select(g => g.ToArray()).ToList();
        var parts = new List<List<int[]>>();
        int minimum = _essential.Length;
        foreach (var rows in components)
        {
            var implicants = rows.SelectMany(r => candidates[r]).Distinct().Order().ToArray();
            var part = new Component(this, rows, implicants);
            part.Solve();
            minimum += part.MinimumSize;
            LimitReached |= part.LimitReached;
            parts.Add(part.Solutions);
        }

        MinimumSize = minimum;
        Combine(parts);
    }

    /// <summary>The products of the components' solutions with the essential implicants, up to the bound.</summary>
    private void Combine(List<List<int[]>> parts)
    {
        int max = _budget.Options.MaxSolutions;
        double total = parts.Aggregate(1.0, (p, s) => p * s.Count);
        if (total > max)
            LimitReached = true;
        var index = new int[parts.Count];
        while (_solutions.Count < max)
        {
            var cover = new List<int>(_essential);
            for (int p = 0; p < parts.Count; p++)
                cover.AddRange(parts[p][index[p]]);
            _solutions.Add([.. cover.Order()]);
            int q = parts.Count - 1;
            while (q >= 0 && ++index[q] == parts[q].Count)
            {
                index[q] = 0;
                q--;
            }

            if (q < 0)
                break;
        }
    }

    /// <summary>One component of the chart, renumbered: its rows, the implicants that cover them, and the search.</summary>
    private sealed class Component
    {
        private const int BoundScan = 48;
        private readonly CoverSearch _chart;
        private readonly int[] _implicants;
        private readonly int _rows;
        private readonly int _words;
        private readonly ulong[] _cover;
        private readonly int[] _coverCount;
        private readonly int[][] _candidates;
        private readonly int[] _byCoverage;
        private readonly bool[] _forbidden;
        private readonly List<int> _chosen = [];
        private ulong[][] _uncovered = [];
        private ulong[][] _blocked = [];

        public Component(CoverSearch chart, int[] rows, int[] implicants)
        {
            _chart = chart;
            _implicants = implicants;
            _rows = rows.Length;
            _words = (_rows + 63) >> 6;
            _cover = new ulong[implicants.Length * _words];
            _coverCount = new int[implicants.Length];
            var lists = new List<int>[_rows];
            for (int r = 0; r < _rows; r++)
                lists[r] = [];
            var local = new int[chart._rows];
            Array.Fill(local, -1);
            for (int r = 0; r < _rows; r++)
                local[rows[r]] = r;
            for (int i = 0; i < implicants.Length; i++)
            {
                int at = implicants[i] * chart._words;
                for (int w = 0; w < chart._words; w++)
                {
                    for (ulong bits = chart._cover[at + w]; bits != 0; bits &= bits - 1)
                    {
                        int r = local[(w << 6) + BitOperations.TrailingZeroCount(bits)];
                        if (r < 0)
                            continue;
                        _cover[i * _words + (r >> 6)] |= 1UL << (r & 63);
                        _coverCount[i]++;
                        lists[r].Add(i);
                    }
                }
            }

            chart._budget.Steps((long)implicants.Length * chart._words);
            _candidates = [.. lists.Select(l => l.ToArray())];
            _byCoverage = [.. Enumerable.Range(0, implicants.Length).OrderByDescending(i => _coverCount[i]).ThenBy(i => i)];
            _forbidden = new bool[implicants.Length];
        }

        public int MinimumSize { get; private set; }

        public bool LimitReached { get; private set; }

        public List<int[]> Solutions { get; } = [];

        public void Solve()
        {
            var start = new ulong[_words];
            for (int r = 0; r < _rows; r++)
                start[r >> 6] |= 1UL << (r & 63);
            int upper = GreedySize(start);
            _uncovered = new ulong[upper + 1][];
            _blocked = new ulong[upper + 1][];
            for (int d = 0; d <= upper; d++)
            {
                _uncovered[d] = new ulong[_words];
                _blocked[d] = new ulong[_words];
            }

            start.CopyTo(_uncovered[0], 0);
            int most = MostCovered(start, _rows);
            int lower = Math.Max((_rows + most - 1) / most, Independent(0));
            for (int b = lower; b <= upper; b++)
            {
                start.CopyTo(_uncovered[0], 0);
                Search(0, _rows, b);
                if (Solutions.Count > 0)
                {
                    MinimumSize = b;
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
            _chart._budget.Step();
            var uncovered = _uncovered[depth];
            int most = MostCovered(uncovered, left);
            if ((long)budget * most < left)
                return;
            if (budget > 1 && Independent(depth) > budget)
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
            if (Solutions.Count >= _chart._budget.Options.MaxSolutions)
            {
                LimitReached = true;
                return;
            }

            Solutions.Add([.. _chosen.Select(i => _implicants[i])]);
        }

        /// <summary>
        /// A lower bound on the implicants still needed: uncovered rows taken greedily (fewest covers first) such that
        /// no implicant covers two of them.
        /// </summary>
        private int Independent(int depth)
        {
            var uncovered = _uncovered[depth];
            var blocked = _blocked[depth];
            Array.Clear(blocked);
            int count = 0;
            for (int w = 0; w < _words; w++)
            {
                for (ulong bits = uncovered[w]; bits != 0; bits &= bits - 1)
                {
                    int r = (w << 6) + BitOperations.TrailingZeroCount(bits);
                    if ((blocked[r >> 6] >> (r & 63) & 1) != 0)
                        continue;
                    count++;
                    foreach (int c in _candidates[r])
                    {
                        if (_forbidden[c])
                            continue;
                        for (int v = 0; v < _words; v++)
                            blocked[v] |= _cover[c * _words + v];
                    }
                }
            }

            _chart._budget.Steps(_words);
            return count;
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

        private int GreedySize(ulong[] start)
        {
            var uncovered = (ulong[])start.Clone();
            int left = _rows, size = 0;
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

                _chart._budget.Steps(_implicants.Length);
                for (int w = 0; w < _words; w++)
                    uncovered[w] &= ~_cover[best * _words + w];
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
    }
}
