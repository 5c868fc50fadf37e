namespace Willing.Networks.Tests;

/// <summary>Graphs built in code for the tests.</summary>
internal static class TestGraphs
{
    /// <summary>A seeded random simple graph with n nodes and m edges, weights 1 or drawn from 1–5 with ties.</summary>
    public static Graph Random(int n, int m, int seed, bool directed, bool weighted = false)
    {
        var random = new Random(seed);
        var builder = new GraphBuilder(directed);
        for (int v = 0; v < n; v++)
            builder.AddNode("n" + v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        while (builder.EdgeCount < m)
        {
            int a = random.Next(n), b = random.Next(n);
            if (a == b)
                continue;
            double w = weighted ? random.Next(1, 6) : 1;
            builder.AddEdge(a, b, w);
        }

        return builder.Build();
    }

    /// <summary>A graph from "a-b" (undirected) or "a>b" (directed) pairs separated by spaces.</summary>
    public static Graph Parse(string edges, bool directed)
    {
        var builder = new GraphBuilder(directed);
        foreach (var pair in edges.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = pair.Split('-', '>');
            builder.AddEdge(ends[0], ends[1]);
        }

        return builder.Build();
    }

    /// <summary>A star: hub "h" and spokes s1…sk.</summary>
    public static Graph Star(int spokes)
    {
        var builder = new GraphBuilder(false);
        for (int i = 1; i <= spokes; i++)
            builder.AddEdge("h", "s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return builder.Build();
    }
}
