using System.Globalization;
using System.Text.RegularExpressions;

namespace Willing.Reports.Charts;

/// <summary>Makes ScottPlot's SVG output stable and fit to be inlined in HTML.</summary>
internal static partial class SvgDocument
{
    /// <summary>
    /// Renumbers every element id as <c>NAME-1</c>, <c>NAME-2</c>, … in document order and adds a
    /// viewBox so that the picture scales with CSS.
    /// </summary>
    public static string Normalise(string svg, string name, int width, int height)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in IdAttribute().Matches(svg))
            ids.TryAdd(m.Groups[1].Value, $"{name}-{ids.Count + 1}");
        string text = IdAttribute().Replace(svg, m => $"id=\"{ids[m.Groups[1].Value]}\"");
        text = IdReference().Replace(text, m => ids.TryGetValue(m.Groups[1].Value, out var id) ? m.Value.Replace(m.Groups[1].Value, id, StringComparison.Ordinal) : m.Value);
        string box = string.Create(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {width} {height}\" ");
        return SvgOpen().Replace(text, box, 1);
    }

    /// <summary>The SVG element alone, without the XML declaration, for inlining in HTML.</summary>
    public static string Inline(string svg) => XmlDeclaration().Replace(svg, string.Empty, 1).Trim();

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("(?:url\\(#|href=\"#)([^)\"]+)")]
    private static partial Regex IdReference();

    [GeneratedRegex("<svg ")]
    private static partial Regex SvgOpen();

    [GeneratedRegex("^\\s*<\\?xml[^>]*\\?>")]
    private static partial Regex XmlDeclaration();
}
