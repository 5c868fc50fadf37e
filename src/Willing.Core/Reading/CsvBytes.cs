using System.Text;
using CsvHelper;

namespace Willing.Core.Reading;

/// <summary>The byte-level checks and positions every CsvHelper-based reader of Willing shares: strict UTF-8, where a byte offset or a field is (line and column in code points), where an unclosed quote opens, and what each kind of malformed record means to a user.</summary>
/// <remarks>CsvHelper parses; these helpers give the located errors Willing's readers promise (<c>docs/decisions/0007-hardened-readers.md</c>). Used by the edge-list reader of Willing.Networks and the event-history reader of Willing.Lifecycle.</remarks>
public static class CsvBytes
{

    /// <summary>Where each field of a raw record starts: quotes toggle, commas outside quotes end a field, line breaks inside quotes move to the next line; columns count code points.</summary>
    public static List<(int Line, int Column)> FieldColumns(ReadOnlySpan<byte> raw, int line)
    {
        var result = new List<(int, int)> { (line, 1) };
        bool quoted = false;
        int column = 1;
        for (int i = 0; i < raw.Length; i++)
        {
            byte b = raw[i];
            if ((b & 0xC0) == 0x80)
                continue;
            column++;
            if (b == (byte)'"')
                quoted = !quoted;
            else if (b == (byte)',' && !quoted)
                result.Add((line, column));
            else if (b == (byte)'\n')
            {
                line++;
                column = 1;
            }
        }

        return result;
    }

    /// <summary>Where the quote that is never closed opens in a raw record that starts on <paramref name="line"/>.</summary>
    public static (int Line, int Column) OpeningQuote(string raw, int line)
    {
        bool quoted = false;
        int column = 1;
        (int, int) opened = (line, 1);
        foreach (var rune in raw.EnumerateRunes())
        {
            if (rune.Value == '"')
            {
                if (!quoted)
                    opened = (line, column);
                quoted = !quoted;
            }

            column++;
            if (rune.Value == '\n')
            {
                line++;
                column = 1;
            }
        }

        return opened;
    }

    /// <summary>The first non-blank line of the input, without its line break (the header row).</summary>
    public static ReadOnlySpan<byte> FirstRecord(ReadOnlySpan<byte> span)
    {
        int start = 0;
        while (start < span.Length && span[start] is (byte)'\r' or (byte)'\n')
            start++;
        int end = span[start..].IndexOfAny((byte)'\r', (byte)'\n');
        return end < 0 ? span[start..] : span.Slice(start, end);
    }

    /// <summary>The offset of the first byte that is not valid UTF-8, or -1 when the input is valid.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> span)
    {
        if (System.Text.Unicode.Utf8.IsValid(span))
            return -1;
        int i = 0;
        while (i < span.Length)
        {
            if (Rune.DecodeFromUtf8(span[i..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
                return i;
            i += consumed;
        }

        return -1;
    }

    /// <summary>The line and column (code points) of a byte offset.</summary>
    public static (int Line, int Column) Locate(ReadOnlySpan<byte> span, int offset)
    {
        offset = Math.Clamp(offset, 0, span.Length);
        var before = span[..offset];
        int line = before.Count((byte)'\n') + 1;
        int lineStart = before.LastIndexOf((byte)'\n') + 1;
        int column = 1;
        foreach (byte b in before[lineStart..])
        {
            if ((b & 0xC0) != 0x80)
                column++;
        }

        return (line, column);
    }

    /// <summary>What a malformed record means, in words a user can act on.</summary>
    public static string Malformed(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed: add the closing '\"'",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote: a quoted field ends at its closing '\"' (write a quote inside quotes as \"\")",
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field: put the whole field in quotes and double the quote",
        CsvMalformedReason.FieldCountMismatch => "this row has a different number of fields from the header",
        _ => "this row is not valid CSV",
    };

    /// <summary>The index of a column named exactly so in a header, or -1.</summary>
    public static int IndexOf(IReadOnlyList<string> headers, string name)
    {
        for (int i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i], name, StringComparison.Ordinal))
                return i;
        }

        return -1;
    }

    /// <summary>Where a field of the record CsvHelper has just read starts (line and column), counted from its raw bytes.</summary>
    public static (int Line, int Column) Position(CsvReader csv, int line, int field)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var columns = FieldColumns(csv.RawRecord, line);
        return field < columns.Count ? columns[field] : (line, 1);
    }

    /// <summary>The bytes without a leading UTF-8 byte-order mark.</summary>
    public static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> bytes) => bytes.Span.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;

    /// <summary>
    /// The first byte-level problem every CSV reader refuses, located: bytes that are not UTF-8, a NUL byte, or no text
    /// at all (then <paramref name="emptyMessage"/> at 1:1); null when the bytes can be read as CSV.
    /// </summary>
    public static (int Line, int Column, string Message)? Problem(ReadOnlySpan<byte> span, string emptyMessage)
    {
        int bad = FirstInvalidUtf8(span);
        if (bad >= 0)
        {
            var (line, column) = Locate(span, bad);
            return (line, column, "the file is not valid UTF-8 here: save it as UTF-8");
        }

        int nul = span.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = Locate(span, nul);
            return (line, column, "a NUL byte: the file is not text");
        }

        return span.IndexOfAnyExcept(" \t\r\n"u8) < 0 ? (1, 1, emptyMessage) : null;
    }
}
