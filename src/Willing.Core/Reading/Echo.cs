using System.Globalization;
using System.Text;

namespace Willing.Core.Reading;

/// <summary>Makes text from a file safe to print inside an error message.</summary>
public static class Echo
{
    /// <summary>
    /// A value as it appears inside quotes in a message: escaped (see <see cref="Escape"/>) and,
    /// beyond <paramref name="maxLength"/> characters, shortened with an ellipsis.
    /// </summary>
    public static string Quote(string? value, int maxLength = 60) => Escape(value ?? string.Empty, maxLength);

    /// <summary>
    /// Escapes every character that could change how a line of output reads — C0 and C1 controls,
    /// DEL, line and paragraph separators, bidirectional embeddings, overrides, isolates and marks,
    /// and lone surrogates — as <c>\n</c>, <c>\t</c>, <c>\0</c> or <c>\uXXXX</c>, and shortens the
    /// result to at most <paramref name="maxLength"/> characters plus an ellipsis.
    /// </summary>
    public static string Escape(string text, int maxLength = int.MaxValue)
    {
        if (text.Length <= maxLength && !text.Any(NeedsEscape))
            return text;
        var sb = new StringBuilder(Math.Min(text.Length, maxLength) + 8);
        for (int i = 0; i < text.Length; i++)
        {
            if (sb.Length >= maxLength)
            {
                sb.Append('…');
                break;
            }

            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (!NeedsEscape(c))
            {
                sb.Append(c);
                continue;
            }

            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return sb.ToString();
    }

    /// <summary>True for a character that must not reach a terminal unescaped (a lone surrogate counts: pairs are handled by the caller).</summary>
    public static bool NeedsEscape(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' || IsBidiControl(c) || c is '\u2028' or '\u2029' || char.IsSurrogate(c);

    /// <summary>True for the characters that reorder text on display (Unicode bidirectional formatting characters).</summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    /// <summary>The name of a character for messages, e.g. <c>U+2028 (line separator)</c>.</summary>
    public static string Describe(int codePoint)
    {
        string name = codePoint switch
        {
            0x0D => " (carriage return)",
            0x85 => " (next line)",
            0x2028 => " (line separator)",
            0x2029 => " (paragraph separator)",
            >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 or 0x200E or 0x200F or 0x061C => " (a bidirectional formatting character)",
            >= 0xD800 and <= 0xDFFF => " (half of a surrogate pair)",
            < 0x20 or (>= 0x7F and <= 0x9F) => " (a control character)",
            _ => string.Empty,
        };
        return $"U+{codePoint.ToString("X4", CultureInfo.InvariantCulture)}{name}";
    }
}
