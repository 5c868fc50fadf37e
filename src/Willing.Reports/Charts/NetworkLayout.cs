using System.Collections.Immutable;
using Willing.Networks;
using Willing.Networks.Metrics;

namespace Willing.Reports.Charts;

/// <summary>
/// Where a network's nodes go, in pixels of a frame (y growing downwards): each connected component
/// laid out by a force-directed spring embedder (Fruchterman and Reingold 1991), the components then
/// packed side by side in rows, largest first, with the isolates last, and the whole scaled into the
/// frame.
/// </summary>
/// <remarks>
/// <para>Forces, in units of the ideal link length k = 1: every pair of nodes of a component repels
/// with k²/d, every link attracts with d²/k times the square root of its weight (so a link resting on
/// four ties and shared events pulls twice as hard as one resting on one) over half the component's
/// mean degree when that is above 1 (so a dense component is not pulled into a ball), and a weak pull towards the
/// component's centre keeps trees from sprawling. Each step moves a node along its force by at most
/// the temperature, which cools linearly to zero. Starting positions are uniform in a square of area
/// n k², drawn from SplitMix64 seeded by the seed and the component's number.</para>
/// <para>Deterministic on any machine, any runtime and any number of threads: one thread, nodes in
/// index order, our own generator (the sequence of a seeded <see cref="Random"/> is not promised to
/// stay the same across .NET versions), and only additions, multiplications, divisions and square
/// roots, which IEEE 754 rounds the same everywhere (no <see cref="Math.Pow(double, double)"/>,
/// logarithm or trigonometry, whose last bit may differ between platforms). Decision 0012.</para>
/// </remarks>
internal sealed class NetworkLayout
{
    /// <summary>The steps of the spring embedder for a component of up to 200 nodes; larger ones take fewer, so that a step costs about the same in all.</summary>
    public const int Iterations = 300;

    /// <summary>The pull towards a component's centre, per unit of distance.</summary>
    private const double Gravity = 0.05;

    /// <summary>The room, in units of k, round a component and between two packed side by side.</summary>
    private const double Padding = 0.5;

    /// <summary>The longest a link may be drawn, in pixels, so that a small network is not blown up to fill the frame.</summary>
    private const double MaxUnit = 110;

    private NetworkLayout(ImmutableArray<Point> positions, int components, double unit)
    {
        Positions = positions;
        Components = components;
        Unit = unit;
    }

    /// <summary>A position in pixels, y growing downwards.</summary>
    public readonly record struct Point(double X, double Y);

    /// <summary>Each node's centre, in the graph's node order.</summary>
    public ImmutableArray<Point> Positions { get; }

    /// <summary>The number of connected components (an isolate is one).</summary>
    public int Components { get; }

    /// <summary>The pixels of one ideal link length: about the room each node has.</summary>
    public double Unit { get; }

    /// <summary>Lays out an undirected graph inside a frame, keeping every centre at least <paramref name="margin"/> pixels inside it.</summary>
    /// <param name="graph">The graph; edge weights are read as strengths.</param>
    /// <param name="frame">The frame, in pixels.</param>
    /// <param name="seed">The seed of the starting positions: the same seed gives the same layout.</param>
    /// <param name="margin">The room to keep between a centre and the frame's edges (a node's radius).</param>
    public static NetworkLayout Compute(Graph graph, LabelPlacer.Box frame, int seed, double margin = 0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        int n = graph.NodeCount;
        if (n == 0)
            return new NetworkLayout([], 0, MaxUnit);
        var set = ComponentSet.Of(graph);
        var members = Enumerable.Range(0, set.Count).Select(_ => new List<int>()).ToArray();
        for (int v = 0; v < n; v++)
            members[set.Membership[v]].Add(v);
        var edges = Enumerable.Range(0, set.Count).Select(_ => new List<NetworkEdge>()).ToArray();
        foreach (var e in graph.Edges)
            edges[set.Membership[e.Source]].Add(e);

        // Each component in its own units, its box from (0, 0) to (Width, Height) with the padding inside.
        var x = new double[n];
        var y = new double[n];
        var boxes = new (double Width, double Height)[set.Count];
        for (int c = 0; c < set.Count; c++)
            boxes[c] = Embed(members[c], edges[c], x, y, Mix((ulong)(uint)seed, (ulong)c));

        // Packed in rows, largest first (the lowest node first among equals), each row centred.
        var order = Enumerable.Range(0, set.Count).OrderByDescending(c => members[c].Count).ThenBy(c => members[c][0]).ToList();
        double area = boxes.Sum(b => b.Width * b.Height);
        double frameWidth = Math.Max(1, frame.Right - frame.Left - (2 * margin)), frameHeight = Math.Max(1, frame.Bottom - frame.Top - (2 * margin));
        double rowWidth = Math.Max(boxes.Max(b => b.Width), Math.Sqrt(area * frameWidth / frameHeight));
        var rows = new List<List<int>>();
        double used = double.PositiveInfinity;
        foreach (int c in order)
        {
            if (used + boxes[c].Width > rowWidth + 1e-9)
            {
                rows.Add([]);
                used = 0;
            }

            rows[^1].Add(c);
            used += boxes[c].Width;
        }

        var offsets = new (double X, double Y)[set.Count];
        double top = 0, widest = 0;
        var rowWidths = rows.Select(r => r.Sum(c => boxes[c].Width)).ToList();
        foreach (var w in rowWidths)
            widest = Math.Max(widest, w);
        for (int r = 0; r < rows.Count; r++)
        {
            double left = (widest - rowWidths[r]) / 2;
            foreach (int c in rows[r])
            {
                offsets[c] = (left, top);
                left += boxes[c].Width;
            }

            top += rows[r].Max(c => boxes[c].Height);
        }

        // Scaled into the frame, the same in both directions, and centred; the padding keeps centres off the edge.
        double scale = Math.Min(MaxUnit, Math.Min(frameWidth / widest, frameHeight / top));
        double originX = frame.Left + margin + ((frameWidth - (widest * scale)) / 2), originY = frame.Top + margin + ((frameHeight - (top * scale)) / 2);
        var positions = new Point[n];
        for (int v = 0; v < n; v++)
        {
            var (ox, oy) = offsets[set.Membership[v]];
            positions[v] = new Point(originX + ((ox + x[v]) * scale), originY + ((oy + y[v]) * scale));
        }

        return new NetworkLayout([.. positions], set.Count, scale);
    }

    /// <summary>Lays out one component by the spring embedder, writing its nodes' positions into x and y; returns its box (padding included), with the positions inside it.</summary>
    private static (double Width, double Height) Embed(List<int> nodes, List<NetworkEdge> edges, double[] x, double[] y, ulong seed)
    {
        int m = nodes.Count;
        if (m == 1)
        {
            x[nodes[0]] = Padding;
            y[nodes[0]] = Padding;
            return (2 * Padding, 2 * Padding);
        }

        var local = new Dictionary<int, int>(m);
        for (int i = 0; i < m; i++)
            local[nodes[i]] = i;
        // A dense component would pull itself into a ball (each node has many springs and the same
        // repulsion), so each spring is weakened by the component's mean degree over two: a tree or a ring keeps
        // full springs, a clique of forty is spread as wide as a sparse network of the same size.
        double damping = Math.Max(1, edges.Count / (double)m);
        var links = edges.Select(e => (A: local[e.Source], B: local[e.Target], Pull: Math.Sqrt(e.Weight) / damping)).ToArray();
        var px = new double[m];
        var py = new double[m];
        var dx = new double[m];
        var dy = new double[m];
        double side = Math.Sqrt(m);
        var random = new SplitMix64(seed);
        for (int i = 0; i < m; i++)
        {
            px[i] = random.NextDouble() * side;
            py[i] = random.NextDouble() * side;
        }

        int iterations = m <= 200 ? Iterations : Math.Max(20, Iterations * 200 * 200 / (m * m));
        double start = side / 10;
        for (int step = 0; step < iterations; step++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            for (int i = 0; i < m; i++)
            {
                for (int j = i + 1; j < m; j++)
                {
                    double ex = px[i] - px[j], ey = py[i] - py[j], d2 = (ex * ex) + (ey * ey);
                    if (d2 < 1e-12)
                    {
                        // Two nodes on one spot: pushed apart along a direction fixed by their indices.
                        ex = 1e-3 * (1 + (i % 7));
                        ey = 1e-3 * (1 + (j % 5));
                        d2 = (ex * ex) + (ey * ey);
                    }

                    // Repulsion k²/d along the unit vector (ex, ey)/d: (ex, ey)/d².
                    double f = 1 / d2;
                    dx[i] += ex * f;
                    dy[i] += ey * f;
                    dx[j] -= ex * f;
                    dy[j] -= ey * f;
                }
            }

            foreach (var (a, b, pull) in links)
            {
                // Attraction d²/k along the unit vector: (ex, ey) d, times the link's pull.
                double ex = px[a] - px[b], ey = py[a] - py[b], f = Math.Sqrt((ex * ex) + (ey * ey)) * pull;
                dx[a] -= ex * f;
                dy[a] -= ey * f;
                dx[b] += ex * f;
                dy[b] += ey * f;
            }

            // Summed in index order by hand: a library sum may add in vector lanes, whose width depends on the machine.
            double cx = 0, cy = 0;
            for (int i = 0; i < m; i++)
            {
                cx += px[i];
                cy += py[i];
            }

            cx /= m;
            cy /= m;
            double temperature = start * (iterations - step) / iterations;
            for (int i = 0; i < m; i++)
            {
                dx[i] -= Gravity * (px[i] - cx);
                dy[i] -= Gravity * (py[i] - cy);
                double length = Math.Sqrt((dx[i] * dx[i]) + (dy[i] * dy[i]));
                if (length > 0)
                {
                    double move = Math.Min(length, temperature) / length;
                    px[i] += dx[i] * move;
                    py[i] += dy[i] * move;
                }
            }
        }

        // Lying down: a component taller than wide is turned a quarter (x and y swapped), since frames are wider than tall.
        double minX = px.Min(), maxX = px.Max(), minY = py.Min(), maxY = py.Max();
        bool swap = maxY - minY > maxX - minX;
        for (int i = 0; i < m; i++)
        {
            double u = px[i] - minX, w = py[i] - minY;
            x[nodes[i]] = Padding + (swap ? w : u);
            y[nodes[i]] = Padding + (swap ? u : w);
        }

        double width = maxX - minX, height = maxY - minY;
        return swap ? (height + (2 * Padding), width + (2 * Padding)) : (width + (2 * Padding), height + (2 * Padding));
    }

    /// <summary>The seed of one component: the layout's seed and the component's number, mixed.</summary>
    private static ulong Mix(ulong seed, ulong component) => new SplitMix64((seed * 0x9E3779B97F4A7C15UL) ^ (component + 1)).NextUInt64();

    /// <summary>SplitMix64 (Steele, Lea and Flood 2014): the same numbers from the same seed on every machine and runtime.</summary>
    private struct SplitMix64(ulong state)
    {
        private ulong _state = state;

        public ulong NextUInt64()
        {
            ulong z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        /// <summary>A double in [0, 1) from the top 53 bits.</summary>
        public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));
    }
}
