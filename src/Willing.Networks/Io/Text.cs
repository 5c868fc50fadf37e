using System.Globalization;
using System.Text;

namespace Willing.Networks.Io;

/// <summary>Escaping of text from a file before it is printed, as <c>Willing.Core.Reading.Echo</c> does for the case reader.</summary>
internal static class Text
{
    /// <summary>Control, bidirectional and line-breaking characters written as escapes, and the text cut to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Escape(string text, int max)
    {
        var sb = new StringBuilder(Math.Min(text.Length, max) + 8);
        foreach (var rune in text.EnumerateRunes())
        {
            if (sb.Length >= max)
            {
                sb.Append('…');
                break;
            }

            if (NeedsEscape(rune))
            {
                sb.Append(rune.Value switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => rune.Value <= 0xFFFF ? "\\u" + rune.Value.ToString("X4", CultureInfo.InvariantCulture) : "\\U" + rune.Value.ToString("X8", CultureInfo.InvariantCulture),
                });
            }
            else
                sb.Append(rune.ToString());
        }

        return sb.ToString();
    }

    /// <summary>A value quoted in a message: escaped and cut to 60 characters.</summary>
    public static string Quote(string text) => Escape(text, 60);

    /// <summary>Whether a character may not be printed as it is: controls, line and paragraph separators, bidirectional controls.</summary>
    public static bool NeedsEscape(Rune rune) =>
        Rune.IsControl(rune)
        || rune.Value is 0x2028 or 0x2029 or 0x061C or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Surrogate;
}
