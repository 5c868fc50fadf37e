using System.Text;
using Willing.Core.Reading;

namespace Willing.Tests;

/// <summary>What every error of every reader must satisfy, whatever the input.</summary>
internal static class InputAssert
{
    /// <summary>
    /// Every error is located inside the file (a line it has, a column on that line or just past
    /// its end) and prints as one line with no control or bidirectional characters.
    /// </summary>
    public static void Located(byte[] input, IReadOnlyList<InputError> errors)
    {
        string text = DecodeForPositions(input);
        var lines = text.Split('\n');
        foreach (var e in errors)
        {
            Assert.InRange(e.Line, 1, Math.Max(lines.Length, 1));
            string line = lines[e.Line - 1].TrimEnd('\r');
            int codePoints = line.EnumerateRunes().Count();
            Assert.InRange(e.Column, 1, codePoints + 2);
            string printed = e.ToString();
            Assert.DoesNotContain(printed, c => Echo.NeedsEscape(c) && !char.IsSurrogate(c));
        }
    }

    // The text as the reader counts positions: a leading BOM dropped, and for undecodable input
    // the valid prefix (the reader reports the first bad byte, at the end of that prefix).
    private static string DecodeForPositions(byte[] input)
    {
        ReadOnlySpan<byte> bytes = input;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];
        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            return utf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            return utf8.GetString(bytes[..Math.Max(ex.Index, 0)]) + new string(' ', 4);
        }
    }
}
