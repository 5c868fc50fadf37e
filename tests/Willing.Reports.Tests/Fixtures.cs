using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Xml.Linq;
using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Typology;
using Willing.Typology.Classification;
using Willing.Typology.Codebook;

namespace Willing.Reports.Tests;

/// <summary>The built-in case base and codebook, classifications made by hand, and checks on rendered images.</summary>
internal static class Fixtures
{
    private static readonly Lazy<ReportData> BuiltInData = new(() => ReportData.Build(BuiltInCases(), CodebookReader.BuiltIn()));

    public static ImmutableArray<Coalition> BuiltInCases() =>
        CaseBase.LoadBuiltIn().CaseBase?.Coalitions ?? throw new InvalidOperationException("the built-in case base does not load");

    private static readonly Lazy<string> BuiltInReport = new(() => HtmlReport.Render(BuiltIn));

    /// <summary>The report data over the built-in case base (shared: it is immutable).</summary>
    public static ReportData BuiltIn => BuiltInData.Value;

    /// <summary>The report over <see cref="BuiltIn"/> (shared: rendered once).</summary>
    public static string BuiltInHtml => BuiltInReport.Value;

    /// <summary>A classification with the given memberships (null = no data), without indicators.</summary>
    public static CaseClassification Classification(string id, double? h, double? c, double? s, double? t, double? r, ModelKind model = ModelKind.Hybrid, double? d = null)
    {
        double?[] values = [h, c, s, t, r, d];
        var axes = AxisInfo.All.Select((axis, i) => new AxisScore(axis, values[i], "rule", "applied", [])).ToImmutableArray();
        return new CaseClassification(new CoalitionId(id), id, axes, null, model, null, null, null, null, null, []);
    }

    /// <summary>The text as the report writes it: HTML-encoded by the report's encoder (<see cref="Willing.Reports.Views.ViewRenderer.Encoder"/>).</summary>
    public static string Encoded(string text) => Willing.Reports.Views.ViewRenderer.Encoder.Encode(text);

    /// <summary>The width and height in a PNG's IHDR chunk, after checking the signature.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        byte[] signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        Assert.True(png.Length > 24, "too short to be a PNG");
        Assert.Equal(signature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    /// <summary>Parses SVG text as XML and returns its text content (every <c>text</c> element, trimmed).</summary>
    public static IReadOnlyList<string> SvgTexts(string svg)
    {
        var doc = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", doc.Root!.Name);
        return [.. doc.Descendants(ns + "text").Select(t => t.Value.Trim())];
    }
}
