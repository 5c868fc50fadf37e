namespace Willing.Networks.Metrics;

/// <summary>Borgatti and Everett's (1999) core–periphery models: the discrete partition into a core and a periphery, and continuous coreness.</summary>
/// <remarks>
/// <para>Discrete model: the ideal pattern has a tie between every two core nodes and none between two
/// periphery nodes; pairs of a core and a periphery node are left out of the comparison (B&amp;E's
/// "don't care" blocks) unless <see cref="CorePeripheryOptions.MixedPairsLinked"/> asks for ties there. The
/// partition chosen maximises the Pearson correlation between the observed adjacency (binary; unordered
/// pairs on an undirected graph, ordered on a directed one) and the pattern. Exact for small graphs (all
/// partitions in Gray-code order, each step O(degree)); beyond, a seeded heuristic: every core made of
/// the k highest-degree nodes (k = 1…n), then steepest-ascent single-node moves from the best of them
/// and from <see cref="CorePeripheryOptions.Restarts"/> random partitions, keeping the best. Ties keep the
/// partition found first.</para>
/// <para>Continuous model: coreness cᵢ minimising Σ_{i≠j} (aᵢⱼ − cᵢcⱼ)² (the diagonal left out), by the
/// fixed point cᵢ = Σⱼ aᵢⱼcⱼ / Σ_{j≠i} cⱼ² from the degree vector; weights count, and a directed graph is
/// read as symmetric with aᵢⱼ = (wᵢⱼ + wⱼᵢ)/2.</para>
/// </remarks>
public static class CorePeriphery
{
    private const int MaxExact = 24;

    /// <summary>The discrete core–periphery partition.</summary>
    public static CorePeripheryPartition Discrete(Graph graph, CorePeripheryOptions? options = null)
    {
        options ??= CorePeripheryOptions.Default;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.ExactUpTo, MaxExact);
        var state = new PartitionState(graph, options.MixedPairsLinked);
        int n = graph.NodeCount;
        if (n <= options.ExactUpTo)
            return Exhaustive(state, n);

        var best = new bool[n];
        double bestR = double.NegativeInfinity;

        // Starts from the degree ranking: the core grows one node at a time, highest degree first.
        var byDegree = Enumerable.Range(0, n).OrderByDescending(v => graph.All.Count(v)).ThenBy(v => v).ToArray();
        int bestK = 0;
        double bestPrefix = double.NegativeInfinity;
        for (int k = 0; k < n; k++)
        {
            state.Flip(byDegree[k]);
            double r = state.Correlation();
            if (r > bestPrefix)
                (bestPrefix, bestK) = (r, k + 1);
        }

        state.Reset();
        for (int k = 0; k < bestK; k++)
            state.Flip(byDegree[k]);
        Climb(state);
        Keep(state, ref best, ref bestR);

        var random = new Random(options.Seed);
        for (int restart = 0; restart < options.Restarts; restart++)
        {
            state.Reset();
            for (int v = 0; v < n; v++)
            {
                if (random.Next(2) == 1)
                    state.Flip(v);
            }

            Climb(state);
            Keep(state, ref best, ref bestR);
        }

        return new CorePeripheryPartition(best, double.IsNegativeInfinity(bestR) ? double.NaN : bestR, Exact: false);
    }

    /// <summary>The correlation of a given partition with the ideal pattern (NaN when undefined).</summary>
    public static double Correlation(Graph graph, IReadOnlyList<bool> core, bool mixedPairsLinked = false)
    {
        var state = new PartitionState(graph, mixedPairsLinked);
        for (int v = 0; v < graph.NodeCount; v++)
        {
            if (core[v])
                state.Flip(v);
        }

        return state.Correlation();
    }

    /// <summary>Continuous coreness of every node (Borgatti and Everett 1999), at the scale that fits aᵢⱼ ≈ cᵢcⱼ.</summary>
    public static double[] Continuous(Graph graph)
    {
        int n = graph.NodeCount;
        var adj = graph.All;
        double factor = graph.IsDirected ? 0.5 : 1;
        var c = new double[n];
        for (int v = 0; v < n; v++)
        {
            foreach (double w in adj.WeightsOf(v))
                c[v] += w * factor;
        }

        double norm = Math.Sqrt(c.Sum(x => x * x));
        if (norm == 0)
            return c;
        for (int v = 0; v < n; v++)
            c[v] /= norm;
        // The fixed point alone swings between c and c/s for any scale s, so each step keeps its direction
        // and takes the scale that fits best: s² = Σ aᵢⱼuᵢuⱼ / Σ_{i≠j} uᵢ²uⱼ².
        var next = new double[n];
        for (int iteration = 0; iteration < 100_000; iteration++)
        {
            double squares = c.Sum(x => x * x);
            for (int v = 0; v < n; v++)
            {
                double sum = 0;
                var neighbors = adj.Neighbors(v);
                var weights = adj.WeightsOf(v);
                for (int k = 0; k < neighbors.Length; k++)
                    sum += weights[k] * factor * c[neighbors[k]];
                double denominator = squares - c[v] * c[v];
                next[v] = denominator > 0 ? sum / denominator : 0;
            }

            double fit = 0, size = 0, sumSquares = 0, sumFourth = 0;
            for (int v = 0; v < n; v++)
            {
                var neighbors = adj.Neighbors(v);
                var weights = adj.WeightsOf(v);
                for (int k = 0; k < neighbors.Length; k++)
                    fit += weights[k] * factor * next[v] * next[neighbors[k]];
                sumSquares += next[v] * next[v];
                sumFourth += next[v] * next[v] * next[v] * next[v];
            }

            size = sumSquares * sumSquares - sumFourth;
            double scale = size > 0 && fit > 0 ? Math.Sqrt(fit / size) : 0;
            double change = 0;
            for (int v = 0; v < n; v++)
            {
                double value = next[v] * scale;
                change = Math.Max(change, Math.Abs(value - c[v]));
                c[v] = value;
            }

            if (change < 1e-13)
                break;
        }

        return c;
    }

    private static CorePeripheryPartition Exhaustive(PartitionState state, int n)
    {
        var best = new bool[n];
        double bestR = double.NegativeInfinity;
        Keep(state, ref best, ref bestR);
        for (long step = 1; step < 1L << n; step++)
        {
            state.Flip(System.Numerics.BitOperations.TrailingZeroCount(step));
            Keep(state, ref best, ref bestR);
        }

        return new CorePeripheryPartition(best, double.IsNegativeInfinity(bestR) ? double.NaN : bestR, Exact: true);
    }

    private static void Keep(PartitionState state, ref bool[] best, ref double bestR)
    {
        double r = state.Correlation();
        if (r > bestR)
        {
            bestR = r;
            best = (bool[])state.Core.Clone();
        }
    }

    /// <summary>Steepest ascent: the single move that raises the correlation most, until none does.</summary>
    private static void Climb(PartitionState state)
    {
        int n = state.Core.Length;
        double current = state.Correlation();
        for (int round = 0; round < 10 * n + 100; round++)
        {
            int bestMove = -1;
            double bestR = double.IsNaN(current) ? double.NegativeInfinity : current;
            for (int v = 0; v < n; v++)
            {
                double r = state.CorrelationIfFlipped(v);
                if (r > bestR + 1e-15)
                    (bestR, bestMove) = (r, v);
            }

            if (bestMove < 0)
                return;
            state.Flip(bestMove);
            current = state.Correlation();
        }
    }

    /// <summary>The counts the correlation needs, kept up to date as nodes move between core and periphery.</summary>
    private sealed class PartitionState
    {
        private readonly Adjacency _adj;
        private readonly bool _directed;
        private readonly bool _mixedLinked;
        private readonly int[] _coreTies;
        private readonly double _ties;
        private readonly int _n;
        private int _coreSize;
        private double _coreCoreTies;
        private double _peripheryTies;

        public PartitionState(Graph graph, bool mixedLinked)
        {
            _adj = graph.All;
            _directed = graph.IsDirected;
            _mixedLinked = mixedLinked;
            _n = graph.NodeCount;
            Core = new bool[_n];
            _coreTies = new int[_n];
            _ties = graph.EdgeCount;
            _peripheryTies = _ties;
        }

        public bool[] Core { get; }

        public void Reset()
        {
            Array.Clear(Core);
            Array.Clear(_coreTies);
            _coreSize = 0;
            _coreCoreTies = 0;
            _peripheryTies = _ties;
        }

        public void Flip(int v)
        {
            int toCore = _coreTies[v], toPeriphery = _adj.Count(v) - toCore;
            if (Core[v])
            {
                _coreCoreTies -= toCore;
                _peripheryTies += toPeriphery;
                _coreSize--;
            }
            else
            {
                _coreCoreTies += toCore;
                _peripheryTies -= toPeriphery;
                _coreSize++;
            }

            Core[v] = !Core[v];
            int delta = Core[v] ? 1 : -1;
            foreach (int u in _adj.Neighbors(v))
                _coreTies[u] += delta;
        }

        public double Correlation() => Correlation(_coreSize, _coreCoreTies, _peripheryTies);

        public double CorrelationIfFlipped(int v)
        {
            int toCore = _coreTies[v], toPeriphery = _adj.Count(v) - toCore;
            return Core[v]
                ? Correlation(_coreSize - 1, _coreCoreTies - toCore, _peripheryTies + toPeriphery)
                : Correlation(_coreSize + 1, _coreCoreTies + toCore, _peripheryTies - toPeriphery);
        }

        private double Correlation(int c, double coreCore, double periphery)
        {
            double p = _n - c;
            double corePairs = _directed ? (double)c * (c - 1) : (double)c * (c - 1) / 2;
            double peripheryPairs = _directed ? p * (p - 1) : p * (p - 1) / 2;
            double mixedPairs = _directed ? 2.0 * c * p : (double)c * p;
            double pairs, ties, ideal, both;
            if (_mixedLinked)
            {
                pairs = corePairs + peripheryPairs + mixedPairs;
                ties = _ties;
                ideal = corePairs + mixedPairs;
                both = _ties - periphery;
            }
            else
            {
                pairs = corePairs + peripheryPairs;
                ties = coreCore + periphery;
                ideal = corePairs;
                both = coreCore;
            }

            // Pearson correlation of two 0/1 vectors over the pairs compared.
            double numerator = pairs * both - ties * ideal;
            double denominator = (pairs * ties - ties * ties) * (pairs * ideal - ideal * ideal);
            return denominator > 0 ? numerator / Math.Sqrt(denominator) : double.NaN;
        }
    }
}
