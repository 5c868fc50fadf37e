using System.Globalization;
using System.Text.RegularExpressions;

namespace Willing.Reports.Charts;

/// <summary>Makes ScottPlot's SVG output stable and fit to be inlined in HTML.</summary>
internal static partial class SvgDocument
{
    /// <summary>
    /// Renumbers every element id as <c>NAME-1</c>, <c>NAME-2</c>, … in document order and adds a
    /// viewBox so that the picture scales with CSS; with a title (and a description), adds them as
    /// the first children, the SVG's accessible name and description.
    /// </summary>
    public static string Normalise(string svg, string name, int width, int height, string? title = null, string? description = null)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in IdAttribute().Matches(svg))
            ids.TryAdd(m.Groups[1].Value, $"{name}-{ids.Count + 1}");
        string text = IdAttribute().Replace(svg, m => $"id=\"{ids[m.Groups[1].Value]}\"");
        text = IdReference().Replace(text, m => ids.TryGetValue(m.Groups[1].Value, out var id) ? m.Value.Replace(m.Groups[1].Value, id, StringComparison.Ordinal) : m.Value);
        string box = string.Create(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {width} {height}\" ");
        if (title is not null)
        {
            // The ids end in a word, so they cannot meet the renumbered NAME-1, NAME-2, ….
            box += $"role=\"img\" aria-labelledby=\"{Escape(name)}-title\" " + (description is null ? string.Empty : $"aria-describedby=\"{Escape(name)}-desc\" ");
        }

        text = SvgOpen().Replace(text, box, 1);
        if (title is null)
            return text;
        int open = text.IndexOf('>', text.IndexOf("<svg ", StringComparison.Ordinal)) + 1;
        string head = $"\n<title id=\"{Escape(name)}-title\">{Escape(title)}</title>"
            + (description is null ? string.Empty : $"\n<desc id=\"{Escape(name)}-desc\">{Escape(description)}</desc>");
        return text.Insert(open, head);
    }

    /// <summary>Inserts SVG elements just before the closing tag, so that they are drawn over everything else.</summary>
    public static string WithOverlay(string svg, string overlay)
    {
        if (overlay.Length == 0)
            return svg;
        int close = svg.LastIndexOf("</svg>", StringComparison.Ordinal);
        if (close < 0)
            throw new ArgumentException("not an SVG document: no closing </svg>", nameof(svg));
        return svg.Insert(close, overlay);
    }

    /// <summary>Escapes text for SVG (XML) content and quoted attribute values.</summary>
    public static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&apos;", StringComparison.Ordinal);

    /// <summary>A pixel coordinate to two decimals at most, the same text on every machine.</summary>
    public static string Number(double value)
    {
        double rounded = Math.Round(value, 2);
        return (rounded == 0 ? 0 : rounded).ToString("0.##", CultureInfo.InvariantCulture);
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
