using System.Globalization;
using Willing.Core.Reading.Yaml;

namespace Willing.Core.Reading;

/// <summary>One data row of a CSV file, with the position of every field.</summary>
/// <param name="Line">The 1-based line the row starts on.</param>
/// <param name="Fields">The fields, unquoted.</param>
/// <param name="Positions">Where each field starts (line and column), for errors about it.</param>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields, IReadOnlyList<YamlPosition> Positions);

/// <summary>A CSV file read into a header and rows, every field located.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Headers">The column names of the first row.</param>
/// <param name="Rows">The data rows, each with as many fields as there are headers.</param>
/// <remarks>
/// RFC 4180: comma-separated, fields optionally in double quotes, a doubled quote inside quotes
/// stands for one, quoted fields may span lines, LF or CRLF line ends; blank lines are skipped.
/// Read by Willing's own reader rather than CsvHelper because every error must name the line and
/// column of the field, which CsvHelper does not report (<c>docs/decisions/0007-hardened-readers.md</c>).
/// Within <see cref="InputLimits"/>: file size, rows, columns, errors shown.
/// </remarks>
public sealed record CsvTable(string File, IReadOnlyList<string> Headers, IReadOnlyList<CsvRow> Rows)
{
    /// <summary>The index of a column, or -1.</summary>
    public int Column(string name) => Headers.ToList().IndexOf(name);

    /// <summary>Reads a CSV file from disk; the table, or every error found.</summary>
    public static (CsvTable? Table, IReadOnlyList<InputError> Errors) ReadFile(string path, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        if (!System.IO.File.Exists(path))
            return (null, [new InputError(path, 1, 1, "no such file", "$")]);
        var (text, error) = InputText.ReadFile(path, path, limits);
        return text is null ? (null, [error!]) : Read(text, limits);
    }

    /// <summary>Reads CSV text; the table, or every error found.</summary>
    public static (CsvTable? Table, IReadOnlyList<InputError> Errors) Read(string file, string text, InputLimits? limits = null) =>
        Read(InputText.FromString(file, text), limits ?? InputLimits.Default);

    private static (CsvTable? Table, IReadOnlyList<InputError> Errors) Read(InputText input, InputLimits limits)
    {
        var d = new InputDiagnostics(input.File, limits);
        string text = input.Text;
        if (input.ContainsNul)
        {
            int nul = text.IndexOf('\0', StringComparison.Ordinal);
            var (line, column) = input.Position(nul);
            d.Add(new YamlPosition(line, column), string.Empty, "a NUL byte: the file is not text");
            return (null, d.Sorted());
        }

        var records = new List<(List<string> Fields, List<YamlPosition> Positions)>();
        int i = 0;
        bool broken = false;
        while (i < text.Length && !broken)
        {
            // Skip blank lines between records.
            if (text[i] == '\n' || (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                i += text[i] == '\r' ? 2 : 1;
                continue;
            }

            var fields = new List<string>();
            var positions = new List<YamlPosition>();
            while (true)
            {
                var (line, column) = input.Position(i);
                positions.Add(new YamlPosition(line, column));
                var sb = new System.Text.StringBuilder();
                if (i < text.Length && text[i] == '"')
                {
                    i++;
                    bool closed = false;
                    while (i < text.Length)
                    {
                        if (text[i] == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                sb.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            closed = true;
                            break;
                        }

                        sb.Append(text[i++]);
                    }

                    if (!closed)
                    {
                        // The rest of the file is inside the quotes; the rows before it are still checked.
                        d.Add(new YamlPosition(line, column), string.Empty, "a quoted field is never closed: add the closing '\"'");
                        broken = true;
                        break;
                    }

                    if (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                    {
                        var (l2, c2) = input.Position(i);
                        d.Add(new YamlPosition(l2, c2), string.Empty, "text after a closing quote: a quoted field ends at its closing '\"' (write a quote inside quotes as \"\")");
                        while (i < text.Length && text[i] is not (',' or '\n'))
                            i++;
                    }
                }
                else
                {
                    while (i < text.Length && text[i] is not (',' or '\n') && !(text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
                        sb.Append(text[i++]);
                }

                if (fields.Count >= limits.MaxCsvColumns)
                {
                    d.Add(positions[^1], string.Empty, $"a row has more than {limits.MaxCsvColumns.ToString(CultureInfo.InvariantCulture)} fields, the limit for one CSV file");
                    return (null, d.Sorted());
                }

                fields.Add(sb.ToString());
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    continue;
                }

                if (i < text.Length && text[i] == '\r')
                    i++;
                if (i < text.Length && text[i] == '\n')
                    i++;
                break;
            }

            if (broken)
                break;
            if (records.Count > limits.MaxCsvRows)
            {
                d.Add(positions[0], string.Empty, $"the file has more than {limits.MaxCsvRows.ToString(CultureInfo.InvariantCulture)} rows, the limit for one CSV file");
                return (null, d.Sorted());
            }

            records.Add((fields, positions));
        }

        if (records.Count == 0)
        {
            d.Add(YamlPosition.FileStart, string.Empty, "the file is empty: a CSV file starts with a row of column names");
            return (null, d.Sorted());
        }

        var (headers, headerPositions) = records[0];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int h = 0; h < headers.Count; h++)
        {
            if (headers[h].Trim().Length == 0)
                d.Add(headerPositions[h], string.Empty, $"column {(h + 1).ToString(CultureInfo.InvariantCulture)} has no name");
            else if (!seen.TryAdd(headers[h], h))
                d.Add(headerPositions[h], headers[h], $"the column name '{Echo.Quote(headers[h])}' is used twice");
            foreach (char c in headers[h])
            {
                if (Echo.NeedsEscape(c))
                {
                    d.Add(headerPositions[h], string.Empty, $"the column name contains {Echo.Describe(c)}: remove it");
                    break;
                }
            }
        }

        var rows = new List<CsvRow>();
        foreach (var (fields, positions) in records.Skip(1))
        {
            if (fields.Count != headers.Count)
            {
                d.Add(positions[0], string.Empty, $"this row has {fields.Count.ToString(CultureInfo.InvariantCulture)} fields but the header has {headers.Count.ToString(CultureInfo.InvariantCulture)}");
                continue;
            }

            rows.Add(new CsvRow(positions[0].Line, fields, positions));
        }

        return d.HasErrors ? (null, d.Sorted()) : (new CsvTable(input.File, headers, rows), []);
    }
}
