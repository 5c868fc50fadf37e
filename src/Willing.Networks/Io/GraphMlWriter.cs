using System.Globalization;
using System.Xml;

namespace Willing.Networks.Io;

/// <summary>Writes a graph as GraphML (Brandes et al., graphml.graphdrawing.org), with each node's kind, group and member flag and each edge's weight as data keys.</summary>
/// <remarks>Read by igraph (<c>Graph.Read_GraphML</c>), NetworkX (<c>read_graphml</c>), Gephi and yEd. Absent kinds and groups are left out of a node's data.</remarks>
public static class GraphMlWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>Writes the graph to <paramref name="writer"/>.</summary>
    public static void Write(Graph graph, TextWriter writer)
    {
        using var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        Key(xml, "kind", "node", "kind", "string");
        Key(xml, "group", "node", "group", "string");
        Key(xml, "member", "node", "member", "boolean");
        Key(xml, "weight", "edge", "weight", "double");
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", graph.IsDirected ? "directed" : "undirected");
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", node.Id);
            if (node.Kind is not null)
                Data(xml, "kind", node.Kind);
            if (node.Group is not null)
                Data(xml, "group", node.Group);
            Data(xml, "member", node.Member ? "true" : "false");
            xml.WriteEndElement();
        }

        foreach (var e in graph.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("source", graph.Nodes[e.Source].Id);
            xml.WriteAttributeString("target", graph.Nodes[e.Target].Id);
            Data(xml, "weight", e.Weight.ToString("R", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Key(XmlWriter xml, string id, string domain, string name, string type)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
