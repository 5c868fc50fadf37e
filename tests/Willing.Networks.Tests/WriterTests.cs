using System.Xml.Linq;
using Willing.Networks.Io;

namespace Willing.Networks.Tests;

public class WriterTests
{
    private static Graph Sample()
    {
        var b = new GraphBuilder(true);
        b.AddNode("us", kind: "state", group: "nato", member: true);
        b.AddNode("msf & co", kind: "ngo");
        b.AddNode("lonely");
        b.AddEdge("us", "msf & co", 2.5);
        b.AddEdge("msf & co", "us");
        return b.Build();
    }

    [Fact]
    public void EdgeList_RoundTrip_SameEdges()
    {
        var graph = Sample();
        var text = new StringWriter();
        EdgeListWriter.Write(graph, text);
        var (back, errors) = EdgeListReader.ReadText("out.csv", text.ToString(), new EdgeListOptions(Directed: true, WeightColumn: "weight"));
        Assert.Empty(errors);
        Assert.Equal(graph.Edges.Select(e => (graph.Nodes[e.Source].Id, graph.Nodes[e.Target].Id, e.Weight)), back!.Edges.Select(e => (back.Nodes[e.Source].Id, back.Nodes[e.Target].Id, e.Weight)));
    }

    [Fact]
    public void GraphMl_Sample_NodesEdgesAndAttributes()
    {
        var text = new StringWriter();
        GraphMlWriter.Write(Sample(), text);
        var doc = XDocument.Parse(text.ToString());
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var graph = doc.Root!.Element(ns + "graph")!;
        Assert.Equal("directed", graph.Attribute("edgedefault")!.Value);
        var nodes = graph.Elements(ns + "node").ToList();
        Assert.Equal(["us", "msf & co", "lonely"], nodes.Select(n => n.Attribute("id")!.Value));
        Assert.Equal(["state", "nato", "true"], nodes[0].Elements(ns + "data").Select(d => d.Value));
        var edges = graph.Elements(ns + "edge").ToList();
        Assert.Equal(2, edges.Count);
        Assert.Equal("2.5", edges[0].Element(ns + "data")!.Value);
        Assert.Equal(4, doc.Root!.Elements(ns + "key").Count());
    }

    [Fact]
    public void Gexf_Sample_NodesEdgesAndAttributes()
    {
        var text = new StringWriter();
        GexfWriter.Write(Sample(), text);
        var doc = XDocument.Parse(text.ToString());
        XNamespace ns = "http://www.gexf.net/1.2draft";
        var graph = doc.Root!.Element(ns + "graph")!;
        Assert.Equal("directed", graph.Attribute("defaultedgetype")!.Value);
        var nodes = graph.Element(ns + "nodes")!.Elements(ns + "node").ToList();
        Assert.Equal(3, nodes.Count);
        Assert.Equal(["state", "nato", "true"], nodes[0].Descendants(ns + "attvalue").Select(a => a.Attribute("value")!.Value));
        var edges = graph.Element(ns + "edges")!.Elements(ns + "edge").ToList();
        Assert.Equal(["2.5", "1"], edges.Select(e => e.Attribute("weight")!.Value));
    }
}
