using System.Globalization;
using CsvHelper;

namespace Willing.Networks.Io;

/// <summary>Writes a graph's edges as a CSV edge list, <c>source,target,weight</c>, that <see cref="EdgeListReader"/> reads back (with the weight column named).</summary>
/// <remarks>Weights are written in round-trip form; nodes without edges are not in an edge list, so write GraphML or GEXF to keep them.</remarks>
public static class EdgeListWriter
{
    /// <summary>Writes the edge list to <paramref name="writer"/>.</summary>
    public static void Write(Graph graph, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, true);
        csv.WriteField("source");
        csv.WriteField("target");
        csv.WriteField("weight");
        csv.EndRecord();
        foreach (var e in graph.Edges)
        {
            csv.WriteField(graph.Nodes[e.Source].Id);
            csv.WriteField(graph.Nodes[e.Target].Id);
            csv.WriteField(e.Weight.ToString("R", CultureInfo.InvariantCulture));
            csv.EndRecord();
        }

        csv.Flush();
    }
}
