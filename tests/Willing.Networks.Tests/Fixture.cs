using System.Text.Json;

namespace Willing.Networks.Tests;

/// <summary>One graph from tests/Willing.Networks.Tests/Fixtures with the metrics igraph gave for it.</summary>
internal sealed class Fixture
{
    private readonly JsonElement _metrics;

    private Fixture(string name, Graph graph, bool weighted, JsonElement metrics)
    {
        Name = name;
        Graph = graph;
        Weighted = weighted;
        _metrics = metrics;
    }

    public string Name { get; }

    public Graph Graph { get; }

    public bool Weighted { get; }

    public static IEnumerable<string> Names() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static Fixture Load(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name + ".json")));
        var root = doc.RootElement;
        var builder = new GraphBuilder(root.GetProperty("directed").GetBoolean());
        foreach (var id in root.GetProperty("nodes").EnumerateArray())
            builder.AddNode(id.GetString()!);
        foreach (var e in root.GetProperty("edges").EnumerateArray())
            builder.AddEdge(e[0].GetInt32(), e[1].GetInt32(), e[2].GetDouble());
        return new Fixture(name, builder.Build(), root.GetProperty("weighted").GetBoolean(), root.GetProperty("metrics").Clone());
    }

    public bool Has(string metric) => _metrics.TryGetProperty(metric, out var v) && v.ValueKind != JsonValueKind.Null;

    public double[] Values(string metric) =>
        _metrics.GetProperty(metric).EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? double.NaN : v.GetDouble()).ToArray();

    public double Value(string metric) => _metrics.GetProperty(metric).GetDouble();
}
