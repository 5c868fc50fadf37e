using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace Willing.Core.Reading;

/// <summary>
/// The text of one input file, decoded strictly as UTF-8, with the editor's view of its lines:
/// positions are counted the way editors, <c>grep -n</c> and GitHub count them.
/// </summary>
/// <remarks>
/// Lines end at LF (a CR just before it belongs to the line end). Columns count Unicode code
/// points from 1. A leading UTF-8 byte-order mark is dropped. Anything else that some tools take
/// for a line break (a lone CR, U+0085, U+2028, U+2029) is reported by <see cref="CheckLineBreaks"/>
/// rather than silently counted, because YAML parsers count them and editors do not.
/// </remarks>
public sealed class InputText
{
    private readonly int[] _lineStarts;
    private int[]? _pairsBefore;

    private InputText(string file, string text)
    {
        File = file;
        Text = text;
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
                starts.Add(i + 1);
        }

        _lineStarts = [.. starts];
    }

    /// <summary>The file name errors are reported under.</summary>
    public string File { get; }

    /// <summary>The decoded text, without a byte-order mark.</summary>
    public string Text { get; }

    /// <summary>True when the text holds a NUL character: then it is not a text file, whatever else it holds.</summary>
    public bool ContainsNul => Text.Contains('\0', StringComparison.Ordinal);

    /// <summary>How many lines the text has (a final line end does not start another).</summary>
    public int LineCount => Text.Length > 0 && Text[^1] == '\n' ? _lineStarts.Length - 1 : _lineStarts.Length;

    /// <summary>Wraps text that is already decoded (a leading U+FEFF is dropped).</summary>
    public static InputText FromString(string file, string text) =>
        new(file, text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text);

    /// <summary>Decodes bytes as strict UTF-8, or returns the located error that stops it.</summary>
    public static (InputText? Text, InputError? Error) Decode(string file, ReadOnlySpan<byte> bytes, InputLimits limits)
    {
        if (bytes.Length > limits.MaxFileBytes)
            return (null, TooLarge(file, bytes.Length, limits));
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (null, new InputError(file, 1, 1, "the file is saved as UTF-16; save it as UTF-8", "$"));

        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out int bytesRead, out int charsWritten, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var prefix = new InputText(file, new string(buffer, 0, charsWritten));
                var (line, column) = prefix.Position(charsWritten);
                string at = bytes[bytesRead].ToString("X2", CultureInfo.InvariantCulture);
                return (null, new InputError(file, line, column, $"the file is not valid UTF-8: byte 0x{at} at offset {bytesRead} does not belong here; save the file as UTF-8", "$"));
            }

            return (new InputText(file, new string(buffer, 0, charsWritten)), null);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a file from disk within the size limit and decodes it strictly.</summary>
    public static (InputText? Text, InputError? Error) ReadFile(string path, string file, InputLimits limits)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > limits.MaxFileBytes)
                return (null, TooLarge(file, info.Length, limits));
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var memory = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                memory.Write(chunk, 0, read);
                if (memory.Length > limits.MaxFileBytes)
                    return (null, TooLarge(file, memory.Length, limits));
            }

            return Decode(file, memory.GetBuffer().AsSpan(0, (int)memory.Length), limits);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return (null, new InputError(file, 1, 1, $"cannot read the file: {ex.Message}", "$"));
        }
    }

    /// <summary>The editor's line and column (both 1-based) of a character offset; offsets past the end are clamped to it.</summary>
    public (int Line, int Column) Position(long offset)
    {
        int index = (int)Math.Clamp(offset, 0, Text.Length);
        int line = Array.BinarySearch(_lineStarts, index);
        if (line < 0)
            line = ~line - 1;
        int start = _lineStarts[line];
        var pairs = PairsBefore();
        int column = index - start + 1 - (pairs.Length == 0 ? 0 : pairs[index] - pairs[start]);
        return (line + 1, column);
    }

    // Surrogate pairs before each offset, so that a column counts code points in constant time
    // (a one-line file with many errors would otherwise cost the square of its length).
    private int[] PairsBefore()
    {
        if (_pairsBefore is not null)
            return _pairsBefore;
        if (!Text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
            return _pairsBefore = [];
        var pairs = new int[Text.Length + 1];
        for (int i = 0; i < Text.Length; i++)
            pairs[i + 1] = pairs[i] + (char.IsLowSurrogate(Text[i]) && i > 0 && char.IsHighSurrogate(Text[i - 1]) ? 1 : 0);
        return _pairsBefore = pairs;
    }

    /// <summary>
    /// Reports every character some tools count as a line break and editors do not (a CR not
    /// followed by LF, U+0085, U+2028, U+2029), and every NUL byte.
    /// </summary>
    public void CheckLineBreaks(Action<long, string> report)
    {
        for (int i = 0; i < Text.Length; i++)
        {
            char c = Text[i];
            string? problem = c switch
            {
                '\r' when i + 1 >= Text.Length || Text[i + 1] != '\n' => "a carriage return (CR) that is not part of a CRLF line end: editors and YAML disagree on where the line ends; use LF or CRLF line ends",
                '\u0085' or '\u2028' or '\u2029' => $"the character {Echo.Describe(c)} counts as a line break in YAML but not in editors; replace it with a plain line end or a space",
                '\0' => "a NUL byte: the file is not text",
                _ => null,
            };
            if (problem is not null)
                report(i, problem);
        }
    }

    private static InputError TooLarge(string file, long bytes, InputLimits limits) =>
        new(file, 1, 1, $"the file is {Size(bytes)}, larger than the limit of {Size(limits.MaxFileBytes)} for one input file", "$");

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB");
}
