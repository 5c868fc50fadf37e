using System.Globalization;
using System.Text;
using CsvHelper;
using Willing.Core.Reading;

namespace Willing.Networks.Io;

/// <summary>Reads a graph from a CSV edge list: a header row naming <c>source</c> and <c>target</c> (and a weight column if asked for), then one edge per row.</summary>
/// <remarks>
/// <para>CSV is parsed by CsvHelper (RFC 4180: quotes, doubled quotes, quoted line breaks, CRLF; blank lines
/// skipped); Willing adds what its readers promise (<c>docs/decisions/0007-hardened-readers.md</c>): strict
/// UTF-8 (the first bad byte located), no NUL bytes, stated limits on size, rows, id length and errors
/// reported, and every error located to its line, column and field — all of them at once, never an
/// exception. CsvHelper gives the line a record starts on and its raw bytes; the column of a field is
/// counted from those bytes.</para>
/// <para>Rows may have further columns, which are ignored. A row repeating an edge adds its weight to the
/// edge (see <see cref="GraphBuilder"/>); on an undirected graph <c>a,b</c> and <c>b,a</c> are one edge. A row
/// whose source and target are the same is an error: the graph keeps no self-loops. Nodes are numbered in
/// the order they first appear.</para>
/// </remarks>
public static class EdgeListReader
{
    private const string Source = "source";
    private const string Target = "target";

    /// <summary>Reads an edge-list file; the graph, or every error found.</summary>
    public static (Graph? Graph, IReadOnlyList<EdgeListError> Errors) ReadFile(string path, EdgeListOptions? options = null)
    {
        options ??= EdgeListOptions.Default;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return (null, [new EdgeListError(path, 1, 1, "no such file", "$")]);
            if (info.Length > options.MaxFileBytes)
                return (null, [TooLarge(path, options)]);
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var buffer = new byte[checked((int)Math.Min(info.Length + 1, options.MaxFileBytes + 1))];
            int length = 0, read;
            while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
                length += read;
            if (length > options.MaxFileBytes)
                return (null, [TooLarge(path, options)]);
            return Read(path, buffer.AsMemory(0, length), options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            return (null, [new EdgeListError(path, 1, 1, $"cannot read the file: {e.Message}", "$")]);
        }
    }

    /// <summary>Reads an edge list from text (for tests and callers that hold it in memory); the graph, or every error found.</summary>
    public static (Graph? Graph, IReadOnlyList<EdgeListError> Errors) ReadText(string file, string text, EdgeListOptions? options = null) =>
        Read(file, Encoding.UTF8.GetBytes(text), options ?? EdgeListOptions.Default);

    /// <summary>Reads an edge list from UTF-8 bytes; the graph, or every error found.</summary>
    public static (Graph? Graph, IReadOnlyList<EdgeListError> Errors) Read(string file, ReadOnlyMemory<byte> bytes, EdgeListOptions? options = null)
    {
        options ??= EdgeListOptions.Default;
        var errors = new Errors(file, options.MaxErrors);
        if (bytes.Length > options.MaxFileBytes)
            return (null, [TooLarge(file, options)]);
        bytes = CsvBytes.WithoutBom(bytes);
        var span = bytes.Span;
        if (CsvBytes.Problem(span, "the file is empty: an edge list starts with a header row naming the source and target columns") is { } problem)
            return (null, [new EdgeListError(file, problem.Line, problem.Column, problem.Message, "$")]);

        var headerBytes = CsvBytes.FirstRecord(span);
        var headerColumns = CsvBytes.FieldColumns(headerBytes, 1);
        var builder = new GraphBuilder(options.Directed);
        var csvOptions = new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            PoolStrings = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record =>
            {
                // An unclosed quote is reported at the end of the input; the user needs the quote that opened it.
                var (line, column) = record.Reason == CsvMalformedReason.UnterminatedQuote && record.LineNumber > 0
                    ? CsvBytes.OpeningQuote(record.RawRecord, (int)record.LineNumber)
                    : CsvBytes.Locate(bytes.Span, (int)Math.Min(record.ByteOffset, bytes.Length));
                errors.Add(line, column, CsvBytes.Malformed(record.Reason), "$");
            },
        };

        using var csv = CsvReader.Create(bytes, csvOptions);
        var headers = csv.Headers;
        int source = CsvBytes.IndexOf(headers, Source), target = CsvBytes.IndexOf(headers, Target);
        int weight = options.WeightColumn is null ? -1 : CsvBytes.IndexOf(headers, options.WeightColumn);
        if (source < 0)
            errors.Add(1, 1, $"the header has no '{Source}' column{Hint(headers, Source)}: an edge list names its columns {Source},{Target}[,weight]", "$");
        if (target < 0)
            errors.Add(1, 1, $"the header has no '{Target}' column{Hint(headers, Target)}: an edge list names its columns {Source},{Target}[,weight]", "$");
        if (options.WeightColumn is not null && weight < 0)
            errors.Add(1, 1, $"the header has no '{Text.Quote(options.WeightColumn)}' column for the weights", "$");
        for (int h = 0; h < headers.Count; h++)
        {
            if (CsvBytes.IndexOf(headers, headers[h]) != h)
            {
                var (line, column) = h < headerColumns.Count ? headerColumns[h] : (1, 1);
                errors.Add(line, column, $"the column name '{Text.Quote(headers[h])}' is used twice", headers[h]);
            }
        }

        if (errors.Count > 0)
            return (null, errors.ToList());

        int rows = 0;
        while (csv.Read())
        {
            int line = (int)csv.LineNumber;
            if (++rows > options.MaxEdges)
            {
                errors.Add(line, 1, $"the file has more than {options.MaxEdges.ToString(CultureInfo.InvariantCulture)} edges, the limit for one edge list", "$");
                break;
            }

            if (csv.FieldCount != headers.Count)
            {
                errors.Add(line, 1, $"this row has {csv.FieldCount.ToString(CultureInfo.InvariantCulture)} fields but the header has {headers.Count.ToString(CultureInfo.InvariantCulture)}", "$");
                continue;
            }

            string from = csv.GetString(source), to = csv.GetString(target);
            bool ok = CheckId(csv, errors, line, source, from, Source, options) & CheckId(csv, errors, line, target, to, Target, options);
            double w = 1;
            if (weight >= 0)
            {
                string text = csv.GetString(weight);
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out w) || !double.IsFinite(w) || w <= 0)
                {
                    var (l, c) = CsvBytes.Position(csv, line, weight);
                    errors.Add(l, c, $"'{Text.Quote(text)}' is not a positive number: a weight is a tie's strength or length, above 0", headers[weight]);
                    ok = false;
                }
            }

            if (ok && string.Equals(from, to, StringComparison.Ordinal))
            {
                var (l, c) = CsvBytes.Position(csv, line, target);
                errors.Add(l, c, $"a tie from '{Text.Quote(from)}' to itself: the graph keeps no self-loops", Target);
                ok = false;
            }

            if (ok && errors.Count == 0)
                builder.AddEdge(from, to, w);
        }

        return errors.Count > 0 ? (null, errors.ToList()) : (builder.Build(), []);
    }

    private static bool CheckId(CsvReader csv, Errors errors, int line, int field, string id, string name, EdgeListOptions options)
    {
        string? problem = null;
        if (id.Trim().Length == 0)
            problem = $"the {name} is empty: every edge names two nodes";
        else if (id.Length > options.MaxIdLength)
            problem = $"the {name} id is longer than {options.MaxIdLength.ToString(CultureInfo.InvariantCulture)} characters";
        else
        {
            foreach (var rune in id.EnumerateRunes())
            {
                if (Text.NeedsEscape(rune))
                {
                    problem = $"the {name} id '{Text.Quote(id)}' contains a control or invisible character (U+{rune.Value.ToString("X4", CultureInfo.InvariantCulture)}): remove it";
                    break;
                }
            }
        }

        if (problem is null)
            return true;
        var (l, c) = CsvBytes.Position(csv, line, field);
        errors.Add(l, c, problem, name);
        return false;
    }

    private static string Hint(IReadOnlyList<string> headers, string wanted)
    {
        var near = headers.FirstOrDefault(h => string.Equals(h.Trim(), wanted, StringComparison.OrdinalIgnoreCase));
        return near is null ? string.Empty : $" (there is '{Text.Quote(near)}': column names are exact and lower case)";
    }

    private static EdgeListError TooLarge(string file, EdgeListOptions options) =>
        new(file, 1, 1, $"the file is larger than {(options.MaxFileBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)} MiB, the limit for one edge list", "$");

    /// <summary>The errors of one file: the first few kept, the rest counted.</summary>
    private sealed class Errors(string file, int max)
    {
        private readonly List<EdgeListError> _kept = [];
        private int _more;

        public int Count => _kept.Count + _more;

        public void Add(int line, int column, string message, string field)
        {
            if (_kept.Count < max)
                _kept.Add(new EdgeListError(file, line, column, message, field));
            else
                _more++;
        }

        public List<EdgeListError> ToList()
        {
            var all = _kept.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList();
            if (_more > 0)
                all.Add(new EdgeListError(file, all[^1].Line, all[^1].Column, $"… and {_more.ToString(CultureInfo.InvariantCulture)} more errors", "$"));
            return all;
        }
    }
}
