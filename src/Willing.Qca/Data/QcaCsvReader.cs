using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using CsvHelper;
using Willing.Core.Reading;
using Willing.Core.Reading.Yaml;

namespace Willing.Qca.Data;

/// <summary>
/// Reads QCA data from a CSV file: a header row, then one row per case; the first column is the case label
/// (its header may be empty, as R's <c>write.csv</c> writes row names), every other column is numeric.
/// </summary>
/// <remarks>
/// <para>CSV is parsed by CsvHelper (RFC 4180: quotes, doubled quotes, quoted line breaks, CRLF; blank lines
/// skipped); the checks are Willing's (<c>docs/decisions/0007-hardened-readers.md</c>): strict UTF-8 (the first
/// bad byte located), no NUL bytes, limits on size, rows, columns and errors, and every error located to its
/// line, column and column name — all of them at once, never an exception.</para>
/// <para>Numbers are read in the invariant culture (a decimal point, an optional exponent); <c>NA</c> or an
/// empty field is a missing value, kept as <see cref="double.NaN"/> and listed in <see cref="QcaData.Missing"/>.
/// Case labels and column names are trimmed; a label must be non-empty and unique, a column name too.</para>
/// </remarks>
public static class QcaCsvReader
{
    /// <summary>The table read, or every error found (exactly one of the two).</summary>
    /// <param name="Data">The table, or null when there are errors.</param>
    /// <param name="Errors">Every error, in file order; empty when the table was read.</param>
    public sealed record Result(QcaData? Data, IReadOnlyList<InputError> Errors);

    /// <summary>Reads a CSV file.</summary>
    public static Result ReadFile(string path, QcaCsvOptions? options = null)
    {
        options ??= QcaCsvOptions.Default;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return Fail(path, 1, 1, "no such file");
            if (info.Length > options.MaxFileBytes)
                return TooLarge(path, options);
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            // Read at most one byte past the limit, so a file that grows while read is still refused.
            var buffer = new byte[checked((int)Math.Min(info.Length + 1, options.MaxFileBytes + 1))];
            int length = 0, read;
            while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
                length += read;
            return length > options.MaxFileBytes ? TooLarge(path, options) : Read(path, buffer.AsMemory(0, length), options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            return Fail(path, 1, 1, $"cannot read the file: {e.Message}");
        }
    }

    /// <summary>Reads CSV text (for tests and callers that hold it in memory).</summary>
    public static Result ReadText(string file, string text, QcaCsvOptions? options = null) =>
        Read(file, Encoding.UTF8.GetBytes(text), options);

    /// <summary>Reads CSV from UTF-8 bytes.</summary>
    public static Result Read(string file, ReadOnlyMemory<byte> bytes, QcaCsvOptions? options = null)
    {
        options ??= QcaCsvOptions.Default;
        if (bytes.Length > options.MaxFileBytes)
            return TooLarge(file, options);
        bytes = CsvBytes.WithoutBom(bytes);
        var span = bytes.Span;
        if (CsvBytes.Problem(span, "the file is empty: QCA data start with a header row (the case label column, then the sets)") is { } problem)
            return Fail(file, problem.Line, problem.Column, problem.Message);

        var d = new InputDiagnostics(file, InputLimits.Default with { MaxErrors = options.MaxErrors });
        var cursor = new Cursor(bytes);
        // The header is the first record after any blank lines; its fields are located from its raw bytes.
        var headerStart = cursor.At(span.IndexOfAnyExcept("\r\n"u8));
        var headerColumns = Shift(CsvBytes.FieldColumns(CsvBytes.FirstRecord(span), headerStart.Line), headerStart);
        if (headerColumns.Count > options.MaxColumns)
            return Fail(file, headerStart.Line, headerStart.Column, $"the header has {headerColumns.Count.ToString(CultureInfo.InvariantCulture)} columns, more than {options.MaxColumns.ToString(CultureInfo.InvariantCulture)}, the limit for one file");

        var csvOptions = new CsvReaderOptions
        {
            HasHeader = true,
            SkipEmptyLines = true,
            PoolStrings = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record =>
            {
                // CsvHelper reports a malformed record at the offending byte, and an unclosed quote at the end of the
                // input, its raw record running from the record's start; the user needs the quote that opened it.
                (int Line, int Column) at;
                if (record.Reason == CsvMalformedReason.UnterminatedQuote)
                {
                    var start = cursor.At(Math.Max(0, record.ByteOffset - Encoding.UTF8.GetByteCount(record.RawRecord)));
                    at = Shift(CsvBytes.OpeningQuote(record.RawRecord, start.Line), start);
                }
                else
                    at = cursor.At(record.ByteOffset);
                Report(d, at, string.Empty, CsvBytes.Malformed(record.Reason));
            },
        };

        using var csv = CsvReader.Create(bytes, csvOptions);
        var headers = csv.Headers.Select(h => h.Trim()).ToList();
        (int, int) HeaderAt(int h) => h < headerColumns.Count ? headerColumns[h] : headerStart;
        if (headers.Count < 2)
            Report(d, headerStart, string.Empty, "the header has no set columns: QCA data name the case label column first, then one column per set (e.g. case,DEV,URB,SURV)");
        if (headers.Count > 0 && Unprintable(headers[0]) is { } bad0)
            Report(d, HeaderAt(0), string.Empty, $"the column name '{Echo.Quote(headers[0])}' contains {Echo.Describe(bad0)}: remove it");
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int h = 1; h < headers.Count; h++)
        {
            string name = headers[h];
            if (name.Length == 0)
                Report(d, HeaderAt(h), string.Empty, $"column {(h + 1).ToString(CultureInfo.InvariantCulture)} has no name");
            else if (!index.TryAdd(name, h))
                Report(d, HeaderAt(h), name, $"the column name '{Echo.Quote(name)}' is used twice (first as column {(index[name] + 1).ToString(CultureInfo.InvariantCulture)})");
            else if (Unprintable(name) is { } c)
                Report(d, HeaderAt(h), string.Empty, $"the column name '{Echo.Quote(name)}' contains {Echo.Describe(c)}: remove it");
        }

        string labelHeader = headers.Count > 0 ? headers[0] : string.Empty;
        string labelField = labelHeader.Length == 0 ? "case label" : labelHeader;
        if (d.HasErrors)
            return new Result(null, d.Sorted());

        var labels = new List<string>();
        var labelLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = Enumerable.Range(1, headers.Count - 1).Select(_ => new List<double>()).ToArray();
        int rows = 0;
        while (csv.Read())
        {
            // Positions come from the record's byte offset, so they follow the editor's lines (LF), whatever
            // CsvHelper takes for a line break (a lone CR ends a record for it).
            var start = cursor.At(csv.ByteOffset);
            int line = start.Line;
            if (++rows > options.MaxRows)
            {
                Report(d, start, string.Empty, $"the file has more than {options.MaxRows.ToString(CultureInfo.InvariantCulture)} rows, the limit for one file");
                break;
            }

            if (csv.FieldCount != headers.Count)
            {
                Report(d, start, string.Empty, $"this row has {Fields(csv.FieldCount)} but the header has {headers.Count.ToString(CultureInfo.InvariantCulture)}");
                continue;
            }

            var fields = Shift(CsvBytes.FieldColumns(csv.RawRecord, line), start);
            (int, int) At(int field) => field < fields.Count ? fields[field] : start;
            string label = csv.GetString(0).Trim();
            if (label.Length == 0)
                Report(d, At(0), labelField, "the case label is empty: every row starts with the case's name");
            else if (label.Length > options.MaxLabelLength)
                Report(d, At(0), labelField, $"the case label is longer than {options.MaxLabelLength.ToString(CultureInfo.InvariantCulture)} characters");
            else if (Unprintable(label) is { } c)
                Report(d, At(0), labelField, $"the case label '{Echo.Quote(label)}' contains {Echo.Describe(c)}: remove it");
            else if (labelLines.TryGetValue(label, out int first))
                Report(d, At(0), labelField, $"the case '{Echo.Quote(label)}' is already on line {first.ToString(CultureInfo.InvariantCulture)}: case labels must be unique");
            else
                labelLines[label] = line;

            for (int h = 1; h < headers.Count; h++)
            {
                string text = csv.GetString(h).Trim();
                double value = double.NaN;
                if (text.Length > 0 && text != "NA")
                {
                    if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
                    {
                        Report(d, At(h), headers[h], NotANumber(text));
                        value = double.NaN;
                    }
                }

                if (!d.HasErrors)
                    values[h - 1].Add(value);
            }

            if (!d.HasErrors)
                labels.Add(label);
        }

        if (d.HasErrors)
            return new Result(null, d.Sorted());
        if (labels.Count == 0)
        {
            var end = cursor.At(span.Length);
            return Fail(file, end.Line, end.Column, "the file has a header but no cases");
        }

        var columns = headers.Skip(1).Select((name, c) => new QcaColumn(name, ImmutableCollectionsMarshal.AsImmutableArray(values[c].ToArray())));
        return new Result(QcaData.Create(labels, columns, labelHeader), []);
    }

    private static string Fields(int count) => count == 1 ? "1 field" : $"{count.ToString(CultureInfo.InvariantCulture)} fields";

    private static string NotANumber(string text)
    {
        if (text.Contains(',', StringComparison.Ordinal) && double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            return $"'{Echo.Quote(text)}' is not a number: write the decimal point as '.'";
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            return $"'{Echo.Quote(text)}' is not a finite number";
        return $"'{Echo.Quote(text)}' is not a number (write NA for a missing value)";
    }

    private static int? Unprintable(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsBmp && Echo.NeedsEscape((char)rune.Value))
                return rune.Value;
        }

        return null;
    }

    // Positions counted from a record that starts at `start`: the fields on its first line move right by where it starts.
    private static List<(int Line, int Column)> Shift(List<(int Line, int Column)> positions, (int Line, int Column) start)
    {
        for (int i = 0; i < positions.Count; i++)
        {
            if (positions[i].Line == start.Line)
                positions[i] = (start.Line, positions[i].Column + start.Column - 1);
        }

        return positions;
    }

    private static (int Line, int Column) Shift((int Line, int Column) position, (int Line, int Column) start) =>
        position.Line == start.Line ? (start.Line, position.Column + start.Column - 1) : position;

    /// <summary>
    /// The line and column (code points, LF lines) of byte offsets asked for in increasing order, each found by walking on
    /// from the last: reading a file costs one pass however many records or errors it has.
    /// </summary>
    private sealed class Cursor(ReadOnlyMemory<byte> bytes)
    {
        private int _offset;
        private int _line = 1;
        private int _column = 1;

        public (int Line, int Column) At(long offset)
        {
            var span = bytes.Span;
            int target = (int)Math.Clamp(offset, 0, span.Length);
            if (target < _offset)
                (_offset, _line, _column) = (0, 1, 1);
            for (; _offset < target; _offset++)
            {
                byte b = span[_offset];
                if (b == (byte)'\n')
                    (_line, _column) = (_line + 1, 1);
                else if ((b & 0xC0) != 0x80)
                    _column++;
            }

            return (_line, _column);
        }
    }

    private static void Report(InputDiagnostics d, (int Line, int Column) at, string field, string message) =>
        d.Add(new YamlPosition(at.Line, at.Column), field, message);

    private static Result Fail(string file, int line, int column, string message) => new(null, [new InputError(file, line, column, message, "$")]);

    private static Result TooLarge(string file, QcaCsvOptions options) =>
        Fail(file, 1, 1, $"the file is larger than {(options.MaxFileBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)} MiB, the limit for one file");
}
