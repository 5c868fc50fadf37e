using System.Globalization;
using System.Xml;

namespace Willing.Networks.Io;

/// <summary>Writes a graph as GEXF 1.2 (gexf.net; the version Gephi and NetworkX both read), Gephi's format, with kind, group and member as node attributes and weights on the edges.</summary>
/// <remarks>Node ids are the graph's ids, written also as labels; edges are numbered from 0 in edge order.</remarks>
public static class GexfWriter
{
    private const string Namespace = "http://www.gexf.net/1.2draft";

    /// <summary>Writes the graph to <paramref name="writer"/>.</summary>
    public static void Write(Graph graph, TextWriter writer)
    {
        using var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("version", "1.2");
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("mode", "static");
        xml.WriteAttributeString("defaultedgetype", graph.IsDirected ? "directed" : "undirected");
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", "node");
        Attribute(xml, "0", "kind", "string");
        Attribute(xml, "1", "group", "string");
        Attribute(xml, "2", "member", "boolean");
        xml.WriteEndElement();

        xml.WriteStartElement("nodes", Namespace);
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", node.Id);
            xml.WriteAttributeString("label", node.Id);
            xml.WriteStartElement("attvalues", Namespace);
            if (node.Kind is not null)
                Value(xml, "0", node.Kind);
            if (node.Group is not null)
                Value(xml, "1", node.Group);
            Value(xml, "2", node.Member ? "true" : "false");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges", Namespace);
        for (int i = 0; i < graph.EdgeCount; i++)
        {
            var e = graph.Edges[i];
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", i.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", graph.Nodes[e.Source].Id);
            xml.WriteAttributeString("target", graph.Nodes[e.Target].Id);
            xml.WriteAttributeString("weight", e.Weight.ToString("R", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Attribute(XmlWriter xml, string id, string title, string type)
    {
        xml.WriteStartElement("attribute", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("title", title);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static void Value(XmlWriter xml, string id, string value)
    {
        xml.WriteStartElement("attvalue", Namespace);
        xml.WriteAttributeString("for", id);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }
}
