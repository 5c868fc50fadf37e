using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Willing.Reports.Tests.Charts;

/// <summary>Reads positions back out of a chart's SVG: where ScottPlot put a tick label, and the points of a path drawn with M and L.</summary>
internal static partial class SvgGeometry
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The elements of a name whose class list holds the given class.</summary>
    public static List<XElement> Classed(string svg, string name, string cls) =>
        [.. XDocument.Parse(svg).Descendants(Svg + name).Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cls) == true)];

    /// <summary>Where ScottPlot put the tick of a label on the left axis: the translation of the leftmost text that is exactly the label.</summary>
    public static (double X, double Y) YTick(string svg, string label) => Ticks(svg, label).MinBy(t => t.X);

    /// <summary>Where ScottPlot put the tick of a label on the bottom axis: the translation of the lowest text that is exactly the label.</summary>
    public static (double X, double Y) XTick(string svg, string label) => Ticks(svg, label).MaxBy(t => t.Y);

    private static List<(double X, double Y)> Ticks(string svg, string label)
    {
        var ticks = XDocument.Parse(svg).Descendants(Svg + "text")
            .Where(t => t.Value.Trim() == label && ((string?)t.Attribute("transform"))?.StartsWith("translate(", StringComparison.Ordinal) == true)
            .Select(t => Translate().Match((string)t.Attribute("transform")!))
            .Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
            .ToList();
        Assert.NotEmpty(ticks);
        return ticks;
    }

    /// <summary>The points of path data made of M and L commands.</summary>
    public static List<(double X, double Y)> Points(string d) =>
        [.. PathPoint().Matches(d).Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))];

    public static double Number(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"translate\(([-0-9.]+)[ ,]+([-0-9.]+)\)")]
    private static partial Regex Translate();

    [GeneratedRegex(@"[ML]\s*([-0-9.]+)[ ,]+([-0-9.]+)")]
    private static partial Regex PathPoint();
}
