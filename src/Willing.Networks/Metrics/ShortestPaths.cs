using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Willing.Networks.Metrics;

/// <summary>
/// Betweenness, closeness and harmonic closeness from one breadth-first search (unweighted) or Dijkstra
/// search (weighted, the weight read as a distance) per source node, on both cores.
/// </summary>
/// <remarks>
/// <para>Brandes (2001): from each source s, the number of shortest paths σ to every node, then the
/// dependencies δ(v) = Σ σ(v)/σ(w)·(1 + δ(w)) over the successors w of v on shortest paths, summed over
/// sources. On an undirected graph each path is found from both ends, so the sum is halved (igraph's
/// convention: each unordered pair once). Weighted path lengths are compared as igraph does, equal when
/// they differ by less than 10⁻¹⁰ of their sum, so that ties from sums of decimals still count as ties.</para>
/// <para>Determinism: sources are cut into a fixed number of chunks that depends only on the number of
/// nodes; each chunk sums its own sources in order, and the chunks are added in chunk order, so the result
/// is bit-for-bit the same on one thread or many. Each worker reuses its search buffers for every source.</para>
/// </remarks>
public static class ShortestPaths
{
    private const int MaxChunks = 32;
    private const double Epsilon = 1e-10;

    /// <summary>Betweenness, closeness and harmonic closeness along <paramref name="mode"/>, weighted or not.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="mode">Which way paths follow edges; <see cref="NeighborMode.All"/> treats a directed graph as undirected.</param>
    /// <param name="weighted">Whether edge weights are path lengths (otherwise every edge has length 1).</param>
    /// <param name="threads">The most threads to use; 0 for one per core. The result does not depend on it.</param>
    public static PathCentralities Compute(Graph graph, NeighborMode mode = NeighborMode.Out, bool weighted = false, int threads = 0)
        => Compute(graph, mode, weighted, threads, compact: true);

    /// <summary>As the public overload; without <paramref name="compact"/> the unweighted search keeps its indices in 32 bits on any graph (what graphs of 65,536 nodes or more run), so that the two can be checked against each other bit for bit.</summary>
    internal static PathCentralities Compute(Graph graph, NeighborMode mode, bool weighted, int threads, bool compact)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        var adj = graph.Adjacent(graph.IsDirected ? mode : NeighborMode.All);
        int n = graph.NodeCount;
        var closeness = new double[n];
        var harmonic = new double[n];
        var reached = new int[n];
        var betweenness = new double[n];
        if (n == 0)
            return new PathCentralities(betweenness, closeness, harmonic, reached);

        int chunks = Math.Min(MaxChunks, n);
        var partial = new double[chunks][];
        // Below 65,536 nodes every node index and every distance plus one (at most n) fits 16 bits: the
        // neighbour lists, the queue and the distances then take half the cache. The arithmetic is the
        // same, in the same order, so the results are the same to the bit.
        ushort[]? targets16 = null;
        if (!weighted && compact && n <= ushort.MaxValue)
        {
            targets16 = new ushort[adj.Targets.Length];
            for (int i = 0; i < targets16.Length; i++)
                targets16[i] = (ushort)adj.Targets[i];
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = threads == 0 ? Environment.ProcessorCount : threads };
        Parallel.For(0, chunks, options, () => new Workspace(n, weighted, targets16 is not null), (chunk, _, ws) =>
        {
            var sum = new double[n];
            int from = (int)((long)n * chunk / chunks), to = (int)((long)n * (chunk + 1) / chunks);
            for (int s = from; s < to; s++)
            {
                if (weighted)
                    Dijkstra(adj, s, ws, sum, closeness, harmonic, reached);
                else if (targets16 is not null)
                    Bfs(adj.Offsets, targets16, ws.Dist16!, ws.Order16!, s, ws, sum, closeness, harmonic, reached);
                else
                    Bfs(adj.Offsets, adj.Targets, ws.Dist, ws.Order, s, ws, sum, closeness, harmonic, reached);
            }

            partial[chunk] = sum;
            return ws;
        }, _ => { });

        foreach (var sum in partial)
        {
            for (int v = 0; v < n; v++)
                betweenness[v] += sum[v];
        }

        if (!graph.IsDirected || mode == NeighborMode.All)
        {
            for (int v = 0; v < n; v++)
                betweenness[v] /= 2;
        }

        return new PathCentralities(betweenness, closeness, harmonic, reached);
    }

    /// <summary>Brandes betweenness of every node, unnormalised (each unordered pair once on an undirected graph) or normalised.</summary>
    /// <remarks>Normalised as igraph: divided by (n − 1)(n − 2) on a directed graph and by (n − 1)(n − 2)/2 on an undirected one, the most a node can have.</remarks>
    public static double[] Betweenness(Graph graph, bool weighted = false, bool normalized = false, int threads = 0)
    {
        var b = Compute(graph, NeighborMode.Out, weighted, threads).Betweenness;
        if (normalized)
        {
            double n = graph.NodeCount;
            double scale = n > 2 ? (graph.IsDirected ? 1 : 2) / ((n - 1) * (n - 2)) : double.NaN;
            for (int v = 0; v < b.Length; v++)
                b[v] *= scale;
        }

        return b;
    }

    /// <summary>Closeness of every node over the nodes it reaches (igraph 0.10): normalised, the number reached over the sum of distances; otherwise 1 over the sum. NaN for a node that reaches none.</summary>
    public static double[] Closeness(Graph graph, NeighborMode mode = NeighborMode.Out, bool weighted = false, bool normalized = true, int threads = 0)
    {
        var r = Compute(graph, mode, weighted, threads);
        if (!normalized)
        {
            for (int v = 0; v < r.Closeness.Length; v++)
                r.Closeness[v] /= r.Reached[v];
        }

        return r.Closeness;
    }

    /// <summary>Harmonic closeness of every node: the sum of 1/d to the other nodes, or with <paramref name="normalized"/> its mean over the n − 1 others (igraph's normalisation).</summary>
    public static double[] Harmonic(Graph graph, NeighborMode mode = NeighborMode.Out, bool weighted = false, bool normalized = false, int threads = 0)
    {
        var h = Compute(graph, mode, weighted, threads).Harmonic;
        if (normalized)
        {
            for (int v = 0; v < h.Length; v++)
                h[v] = h.Length > 1 ? h[v] / (h.Length - 1) : double.NaN;
        }

        return h;
    }

    /// <summary>Whether two path lengths are the same as igraph compares them (relative 10⁻¹⁰).</summary>
    internal static int Compare(double a, double b)
    {
        if (a == b)
            return 0;
        double diff = a - b;
        return Math.Abs(diff) / (Math.Abs(a) + Math.Abs(b)) < Epsilon ? 0 : diff < 0 ? -1 : 1;
    }

    private static void Bfs<T>(int[] offsetArray, T[] targetArray, T[] distArray, T[] orderArray, int s, Workspace ws, double[] bc, double[] closeness, double[] harmonic, int[] reached)
        where T : unmanaged
    {
        // The node indices, queue and distances in T (int, or ushort below 65,536 nodes), and δ kept by
        // queue position so that it is written and read in sequence; the floating-point operations are
        // the same, in the same order, for either T. The inner loops index through refs without bounds
        // checks: every index comes from the CSR arrays, which are consistent by construction, or from
        // the queue, which holds node indices. dist holds the distance plus one, so that the cleared
        // buffer (0) means "not reached".
        ref int offsets = ref MemoryMarshal.GetArrayDataReference(offsetArray);
        ref T targets = ref MemoryMarshal.GetArrayDataReference(targetArray);
        ref T dist = ref MemoryMarshal.GetArrayDataReference(distArray);
        ref double sigma = ref MemoryMarshal.GetArrayDataReference(ws.Sigma);
        ref T order = ref MemoryMarshal.GetArrayDataReference(orderArray);
        ref double q = ref MemoryMarshal.GetArrayDataReference(ws.Q);
        ref double delta = ref MemoryMarshal.GetArrayDataReference(ws.Delta);
        ref double sum = ref MemoryMarshal.GetArrayDataReference(bc);
        int head = 0, tail = 0;
        Unsafe.Add(ref dist, s) = Of<T>(1);
        Unsafe.Add(ref sigma, s) = 1;
        Unsafe.Add(ref order, tail++) = Of<T>(s);
        while (head < tail)
        {
            int v = Int(Unsafe.Add(ref order, head++));
            int next = Int(Unsafe.Add(ref dist, v)) + 1;
            T nextT = Of<T>(next);
            double sv = Unsafe.Add(ref sigma, v);
            for (int i = Unsafe.Add(ref offsets, v), end = Unsafe.Add(ref offsets, v + 1); i < end; i++)
            {
                T wt = Unsafe.Add(ref targets, i);
                int w = Int(wt);
                int dw = Int(Unsafe.Add(ref dist, w));
                if (dw == 0)
                {
                    Unsafe.Add(ref dist, w) = nextT;
                    Unsafe.Add(ref sigma, w) = sv;
                    Unsafe.Add(ref order, tail++) = wt;
                }
                else if (dw == next)
                    Unsafe.Add(ref sigma, w) += sv;
            }
        }

        long distanceSum = 0;
        double harmonicSum = 0;
        int k = tail - 1;
        while (k >= 0)
        {
            int level = Int(Unsafe.Add(ref dist, Int(Unsafe.Add(ref order, k)))), last = k;
            while (k >= 0)
            {
                int v = Int(Unsafe.Add(ref order, k));
                if (Int(Unsafe.Add(ref dist, v)) != level)
                    break;
                double coefficient = 0;
                for (int i = Unsafe.Add(ref offsets, v), end = Unsafe.Add(ref offsets, v + 1); i < end; i++)
                    coefficient += Unsafe.Add(ref q, Int(Unsafe.Add(ref targets, i)));
                Unsafe.Add(ref delta, k) = Unsafe.Add(ref sigma, v) * coefficient;
                k--;
            }

            distanceSum += (long)(last - k) * (level - 1);
            harmonicSum += level > 1 ? (last - k) / (double)(level - 1) : 0;
            for (int j = k + 1; j <= last; j++)
            {
                int v = Int(Unsafe.Add(ref order, j));
                double d = Unsafe.Add(ref delta, j);
                if (v != s)
                    Unsafe.Add(ref sum, v) += d;
                Unsafe.Add(ref q, v) = (1 + d) / Unsafe.Add(ref sigma, v);
            }
        }

        reached[s] = tail - 1;
        closeness[s] = tail > 1 ? (tail - 1) / (double)distanceSum : double.NaN;
        harmonic[s] = harmonicSum;
        for (int j = 0; j < tail; j++)
        {
            int v = Int(Unsafe.Add(ref order, j));
            Unsafe.Add(ref dist, v) = default;
            Unsafe.Add(ref sigma, v) = 0;
            Unsafe.Add(ref q, v) = 0;
        }
    }

    /// <summary>A node index or distance held as T (int or ushort), widened.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Int<T>(T value)
        where T : unmanaged
        => typeof(T) == typeof(ushort) ? Unsafe.BitCast<T, ushort>(value) : Unsafe.BitCast<T, int>(value);

    /// <summary>A node index or distance narrowed to T (int or ushort); it fits by the caller's choice of T.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Of<T>(int value)
        where T : unmanaged
        => typeof(T) == typeof(ushort) ? Unsafe.BitCast<ushort, T>((ushort)value) : Unsafe.BitCast<int, T>(value);

    private static void Dijkstra(Adjacency adj, int s, Workspace ws, double[] bc, double[] closeness, double[] harmonic, int[] reached)
    {
        int[] offsets = adj.Offsets, targets = adj.Targets;
        double[] weights = adj.Weights;
        double[] dist = ws.Length, sigma = ws.Sigma, delta = ws.Delta;
        int[] order = ws.Order;
        var heap = ws.Heap;
        int count = 0;
        dist[s] = 0;
        heap.Push(s, 0);
        while (heap.Count > 0)
        {
            int v = heap.Pop();
            order[count++] = v;
            double dv = dist[v];
            for (int i = offsets[v], end = offsets[v + 1]; i < end; i++)
            {
                int w = targets[i];
                double alternative = dv + weights[i];
                double dw = dist[w];
                if (double.IsPositiveInfinity(dw))
                {
                    dist[w] = alternative;
                    heap.Push(w, alternative);
                }
                else if (heap.Contains(w) && Compare(alternative, dw) < 0)
                {
                    dist[w] = alternative;
                    heap.Decrease(w, alternative);
                }
            }
        }

        // σ forward in the order nodes were settled, δ backward: successors are the neighbours whose distance is this node's plus the edge.
        sigma[s] = 1;
        double distanceSum = 0, harmonicSum = 0;
        for (int k = 0; k < count; k++)
        {
            int v = order[k];
            double dv = dist[v], sv = sigma[v];
            if (k > 0)
            {
                distanceSum += dv;
                harmonicSum += 1 / dv;
            }

            for (int i = offsets[v], end = offsets[v + 1]; i < end; i++)
            {
                int w = targets[i];
                if (w != s && Compare(dv + weights[i], dist[w]) == 0)
                    sigma[w] += sv;
            }
        }

        reached[s] = count - 1;
        closeness[s] = count > 1 ? (count - 1) / distanceSum : double.NaN;
        harmonic[s] = harmonicSum;

        for (int k = count - 1; k >= 0; k--)
        {
            int v = order[k];
            double dv = dist[v];
            double coefficient = 0;
            for (int i = offsets[v], end = offsets[v + 1]; i < end; i++)
            {
                int w = targets[i];
                if (w != s && Compare(dv + weights[i], dist[w]) == 0)
                    coefficient += (1 + delta[w]) / sigma[w];
            }

            delta[v] = sigma[v] * coefficient;
            if (v != s)
                bc[v] += delta[v];
        }

        for (int k = 0; k < count; k++)
        {
            int v = order[k];
            dist[v] = double.PositiveInfinity;
            sigma[v] = 0;
        }
    }

    /// <summary>The buffers of one worker, reused for every source it searches from.</summary>
    private sealed class Workspace
    {
        public Workspace(int n, bool weighted, bool compact)
        {
            Q = new double[n];
            Sigma = new double[n];
            Delta = new double[n];
            Length = weighted ? new double[n] : [];
            Array.Fill(Length, double.PositiveInfinity);
            Heap = new IndexedHeap(weighted ? n : 0);
            Dist = compact ? [] : new int[n];
            Order = compact ? [] : new int[n];
            Dist16 = compact ? new ushort[n] : null;
            Order16 = compact ? new ushort[n] : null;
        }

        public ushort[]? Dist16 { get; }

        public ushort[]? Order16 { get; }

        public int[] Dist { get; }

        public double[] Q { get; }

        public double[] Length { get; }

        public double[] Sigma { get; }

        public double[] Delta { get; }

        public int[] Order { get; }

        public IndexedHeap Heap { get; }
    }
}
