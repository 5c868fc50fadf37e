using Willing.Networks;
using Willing.Reports.Charts;

namespace Willing.Reports.Tests.Charts;

public sealed class NetworkLayoutTests
{
    private static readonly LabelPlacer.Box Frame = new(40, 30, 740, 530);

    private const double Margin = 18;

    private static Graph Build(int nodes, params (int A, int B)[] edges)
    {
        var builder = new GraphBuilder(directed: false);
        for (int i = 0; i < nodes; i++)
            builder.AddNode($"n{i}");
        foreach (var (a, b) in edges)
            builder.AddEdge(a, b);
        return builder.Build();
    }

    private static Graph Star() => Build(7, (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6));

    private static Graph PathGraph() => Build(6, (0, 1), (1, 2), (2, 3), (3, 4), (4, 5));

    /// <summary>A triangle, a pair and three isolates.</summary>
    private static Graph TwoComponentsAndIsolates() => Build(8, (0, 1), (1, 2), (2, 0), (3, 4));

    public static TheoryData<string> Shapes => ["star", "path", "two components and isolates", "isolates only", "one node"];

    private static Graph Shape(string name) => name switch
    {
        "star" => Star(),
        "path" => PathGraph(),
        "two components and isolates" => TwoComponentsAndIsolates(),
        "isolates only" => Build(4),
        _ => Build(1),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Compute_Shape_PositionsFiniteAndInsideTheFrame(string shape)
    {
        var graph = Shape(shape);

        var layout = NetworkLayout.Compute(graph, Frame, seed: 1, Margin);

        Assert.Equal(graph.NodeCount, layout.Positions.Length);
        Assert.All(layout.Positions, p =>
        {
            Assert.True(double.IsFinite(p.X) && double.IsFinite(p.Y), $"{p} is not finite");
            Assert.InRange(p.X, Frame.Left + Margin - 1e-9, Frame.Right - Margin + 1e-9);
            Assert.InRange(p.Y, Frame.Top + Margin - 1e-9, Frame.Bottom - Margin + 1e-9);
        });
        Assert.True(double.IsFinite(layout.Unit) && layout.Unit > 0);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Compute_Shape_NoTwoNodesOnOneSpot(string shape)
    {
        var positions = NetworkLayout.Compute(Shape(shape), Frame, seed: 1, Margin).Positions;

        for (int i = 0; i < positions.Length; i++)
        {
            for (int j = i + 1; j < positions.Length; j++)
                Assert.True(Distance(positions[i], positions[j]) > 10, $"nodes {i} and {j} are {Distance(positions[i], positions[j]):0.0} px apart");
        }
    }

    [Fact]
    public void Compute_SameSeed_SamePositionsBitForBit_OnAnyNumberOfThreads()
    {
        var graph = TwoComponentsAndIsolates();
        NetworkLayout.Point[] first = [.. NetworkLayout.Compute(graph, Frame, seed: 42, Margin).Positions];

        var parallel = new NetworkLayout.Point[8][];
        Parallel.For(0, parallel.Length, i => parallel[i] = [.. NetworkLayout.Compute(graph, Frame, seed: 42, Margin).Positions]);

        Assert.Equal(first, NetworkLayout.Compute(graph, Frame, seed: 42, Margin).Positions.ToArray());
        Assert.All(parallel, p => Assert.Equal(first, p));
    }

    [Fact]
    public void Compute_OtherSeed_OtherPositions()
    {
        var graph = Star();

        var one = NetworkLayout.Compute(graph, Frame, seed: 1, Margin).Positions;
        var two = NetworkLayout.Compute(graph, Frame, seed: 2, Margin).Positions;

        Assert.NotEqual(one, two);
    }

    [Fact]
    public void Compute_Path_GoldenPositions()
    {
        // Pins the algorithm bit for bit: only IEEE-exact operations and our own generator go into it, so
        // these numbers are the same on every machine and runtime; a change to the layout changes them on purpose.
        var positions = NetworkLayout.Compute(PathGraph(), Frame, seed: 7, Margin).Positions;

        Assert.Equal(GoldenPath, positions.Select(p => (p.X, p.Y)).ToArray());
    }

    private static readonly (double, double)[] GoldenPath =
    [
        (595.8228994610223, 471.17159272295004), (521.1168652641655, 401.78343629367896), (434.7670646869624, 321.5803638876905),
        (345.38976035214057, 238.5652976941368), (258.9828583973033, 158.30918862396257), (184.1771005389777, 88.82840727704999),
    ];

    [Fact]
    public void Compute_Star_HubIsNearestTheCentre()
    {
        var positions = NetworkLayout.Compute(Star(), Frame, seed: 3, Margin).Positions;
        var centre = new NetworkLayout.Point(positions.Average(p => p.X), positions.Average(p => p.Y));

        double hub = Distance(positions[0], centre);
        Assert.All(positions.Skip(1), leaf => Assert.True(Distance(leaf, centre) > hub));
    }

    [Fact]
    public void Compute_TwoComponentsAndIsolates_SideBySideWithoutOverlap()
    {
        var graph = TwoComponentsAndIsolates();
        var positions = NetworkLayout.Compute(graph, Frame, seed: 5, Margin).Positions;
        int[][] components = [[0, 1, 2], [3, 4], [5], [6], [7]];

        var boxes = components.Select(c => (
            Left: c.Min(v => positions[v].X), Right: c.Max(v => positions[v].X),
            Top: c.Min(v => positions[v].Y), Bottom: c.Max(v => positions[v].Y))).ToList();

        Assert.Equal(5, NetworkLayout.Compute(graph, Frame, seed: 5, Margin).Components);
        for (int i = 0; i < boxes.Count; i++)
        {
            for (int j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                bool apart = a.Right < b.Left || b.Right < a.Left || a.Bottom < b.Top || b.Bottom < a.Top;
                Assert.True(apart, $"components {i} and {j} overlap");
            }
        }
    }

    [Fact]
    public void Compute_Empty_NoPositions()
    {
        var layout = NetworkLayout.Compute(Build(0), Frame, seed: 1);

        Assert.Empty(layout.Positions);
        Assert.Equal(0, layout.Components);
    }

    private static double Distance(NetworkLayout.Point a, NetworkLayout.Point b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
}
