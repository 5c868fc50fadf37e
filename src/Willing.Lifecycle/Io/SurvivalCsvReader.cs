using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using CsvHelper;
using Willing.Core.Reading;
using Willing.Core.Reading.Yaml;
using Willing.Lifecycle.Survival;

namespace Willing.Lifecycle.Io;

/// <summary>Reads event-history data from a CSV file with a header row: times, events and, as asked, start times, groups, strata, clusters and covariates.</summary>
/// <remarks>
/// <para>CSV is parsed by CsvHelper; the checks are Willing's (<c>docs/decisions/0007-hardened-readers.md</c>):
/// strict UTF-8, no NUL bytes, limits on size, rows and errors, and every error located to its line, column and
/// column name, all of them at once, never an exception. Columns not asked for are ignored.</para>
/// <para>The event column may be coded 1/0, true/false (any case), or as R's <c>Surv</c> reads 1/2 (2 = event,
/// 1 = censored) when no value is 0; a column that mixes the codings is an error. With causes, <c>0</c>,
/// <c>censored</c> or an empty field is a censoring and any other value names a cause; causes are numbered in
/// ordinal order of their names (numbers in numeric order), as R orders a factor's levels.</para>
/// <para>Times must be finite numbers, a stop after its start (counting-process data) or at least 0. A covariate
/// that is <c>NA</c> or empty is missing: the row is left out and counted, as R's <c>coxph</c> leaves it out.</para>
/// </remarks>
public static class SurvivalCsvReader
{
    /// <summary>The data read, how many rows were left out for a missing covariate, or every error found.</summary>
    public sealed record Result(SurvivalData? Data, int DroppedForMissing, IReadOnlyList<InputError> Errors);

    /// <summary>Reads a CSV file.</summary>
    public static Result ReadFile(string path, SurvivalCsvOptions options)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return Fail(path, 1, 1, "no such file");
            if (info.Length > options.MaxFileBytes)
                return TooLarge(path, options);
            var bytes = File.ReadAllBytes(path);
            return bytes.Length > options.MaxFileBytes ? TooLarge(path, options) : Read(path, bytes, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            return Fail(path, 1, 1, $"cannot read the file: {e.Message}");
        }
    }

    /// <summary>Reads CSV text (for tests and callers that hold it in memory).</summary>
    public static Result ReadText(string file, string text, SurvivalCsvOptions options) =>
        Read(file, System.Text.Encoding.UTF8.GetBytes(text), options);

    /// <summary>Reads CSV from UTF-8 bytes.</summary>
    public static Result Read(string file, ReadOnlyMemory<byte> bytes, SurvivalCsvOptions options)
    {
        if (bytes.Length > options.MaxFileBytes)
            return TooLarge(file, options);
        bytes = CsvBytes.WithoutBom(bytes);
        var span = bytes.Span;
        if (CsvBytes.Problem(span, "the file is empty: event-history data start with a header row naming the columns") is { } problem)
            return Fail(file, problem.Line, problem.Column, problem.Message);

        var d = new InputDiagnostics(file, InputLimits.Default with { MaxErrors = options.MaxErrors });
        var headerColumns = CsvBytes.FieldColumns(CsvBytes.FirstRecord(span), 1);
        var csvOptions = new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            PoolStrings = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record =>
            {
                var (line, column) = record.Reason == CsvMalformedReason.UnterminatedQuote && record.LineNumber > 0
                    ? CsvBytes.OpeningQuote(record.RawRecord, (int)record.LineNumber)
                    : CsvBytes.Locate(bytes.Span, (int)Math.Min(record.ByteOffset, bytes.Length));
                d.Add(new YamlPosition(line, column), string.Empty, CsvBytes.Malformed(record.Reason));
            },
        };

        using var csv = CsvReader.Create(bytes, csvOptions);
        var headers = csv.Headers;
        for (int h = 0; h < headers.Count; h++)
        {
            if (CsvBytes.IndexOf(headers, headers[h]) != h)
            {
                var (line, column) = h < headerColumns.Count ? headerColumns[h] : (1, 1);
                d.Add(new YamlPosition(line, column), headers[h], $"the column name '{Echo.Quote(headers[h])}' is used twice");
            }
        }

        int Need(string? name, string what)
        {
            if (name is null)
                return -1;
            int i = CsvBytes.IndexOf(headers, name);
            if (i < 0)
            {
                var near = headers.FirstOrDefault(h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));
                string hint = near is null ? $"; the columns are: {string.Join(", ", headers.Take(20).Select(Echo.Quote))}" : $" (there is '{Echo.Quote(near)}': column names are exact)";
                d.Add(new YamlPosition(1, 1), name, $"the header has no '{Echo.Quote(name)}' column for the {what}{hint}");
            }

            return i;
        }

        int time = Need(options.Time, "times"), evt = Need(options.Event, "events"), start = Need(options.Start, "start times");
        int group = Need(options.Group, "groups"), strata = Need(options.Strata, "strata"), cluster = Need(options.Cluster, "subject ids");
        var covariateNames = options.Covariates ?? [];
        var covs = covariateNames.Select(c => Need(c, "covariate")).ToArray();
        if (d.HasErrors)
            return new Result(null, 0, d.Sorted());

        var stops = new List<double>();
        var starts = start >= 0 ? new List<double>() : null;
        var codes = new List<int>();
        var groups = group >= 0 ? new List<string>() : null;
        var stratas = strata >= 0 ? new List<string>() : null;
        var clusters = cluster >= 0 ? new List<string>() : null;
        var covValues = covs.Select(_ => new List<double>()).ToArray();
        var causeNames = new Dictionary<string, int>(StringComparer.Ordinal);
        var causeLabels = new List<string>();
        (int Line, int Column)? firstZero = null, firstTwo = null, firstBool = null, firstNumber = null;
        int rows = 0, dropped = 0;
        var rowCovs = new double[covs.Length];
        while (csv.Read())
        {
            int line = (int)csv.LineNumber;
            if (++rows > options.MaxRows)
            {
                d.Add(new YamlPosition(line, 1), string.Empty, $"the file has more than {options.MaxRows.ToString(CultureInfo.InvariantCulture)} rows, the limit for one file");
                break;
            }

            if (csv.FieldCount != headers.Count)
            {
                d.Add(new YamlPosition(line, 1), string.Empty, $"this row has {csv.FieldCount.ToString(CultureInfo.InvariantCulture)} fields but the header has {headers.Count.ToString(CultureInfo.InvariantCulture)}");
                continue;
            }

            (int, int) At(int field) => CsvBytes.Position(csv, line, field);
            bool ok = true;
            double stop = Number(csv, time, headers, At, d, ref ok);
            double entry = start >= 0 ? Number(csv, start, headers, At, d, ref ok) : 0;
            if (ok)
            {
                if (start >= 0 && stop <= entry)
                {
                    Report(d, At(time), headers[time], $"the stop time {Format(stop)} is not after the start time {Format(entry)}: each interval is (start, stop]");
                    ok = false;
                }
                else if (start < 0 && stop < 0)
                {
                    Report(d, At(time), headers[time], $"the time {Format(stop)} is negative: times are durations from the start");
                    ok = false;
                }
            }

            int code = 0;
            string eventText = csv.GetString(evt).Trim();
            if (options.Causes)
            {
                if (eventText.Length == 0 || eventText == "0" || string.Equals(eventText, "censored", StringComparison.OrdinalIgnoreCase))
                    code = 0;
                else if (!causeNames.TryGetValue(eventText, out code))
                {
                    if (causeNames.Count >= 1000)
                    {
                        Report(d, At(evt), headers[evt], "more than 1000 different causes: is this the right column?");
                        ok = false;
                    }
                    else
                    {
                        code = causeNames.Count + 1;
                        causeNames[eventText] = code;
                        causeLabels.Add(eventText);
                    }
                }
            }
            else
            {
                switch (eventText.ToLowerInvariant())
                {
                    case "0": code = 0; firstZero ??= At(evt); firstNumber ??= At(evt); break;
                    case "1": code = 1; firstNumber ??= At(evt); break;
                    case "2": code = 2; firstTwo ??= At(evt); firstNumber ??= At(evt); break;
                    case "true": code = 1; firstBool ??= At(evt); break;
                    case "false": code = 0; firstBool ??= At(evt); break;
                    default:
                        Report(d, At(evt), headers[evt], $"'{Echo.Quote(eventText)}' is not an event indicator: write 1 (event) or 0 (censored), true or false, or R's 2 (event) and 1 (censored)");
                        ok = false;
                        break;
                }
            }

            bool missing = false;
            for (int c = 0; c < covs.Length; c++)
            {
                string text = csv.GetString(covs[c]).Trim();
                if (text.Length == 0 || text == "NA")
                {
                    missing = true;
                    rowCovs[c] = double.NaN;
                    continue;
                }

                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out rowCovs[c]) || !double.IsFinite(rowCovs[c]))
                {
                    Report(d, At(covs[c]), headers[covs[c]], $"'{Echo.Quote(text)}' is not a number (write NA for a missing value)");
                    ok = false;
                }
            }

            if (!ok || d.HasErrors)
                continue;
            if (missing)
            {
                dropped++;
                continue;
            }

            stops.Add(stop);
            starts?.Add(entry);
            codes.Add(code);
            groups?.Add(csv.GetString(group));
            stratas?.Add(csv.GetString(strata));
            clusters?.Add(csv.GetString(cluster));
            for (int c = 0; c < covs.Length; c++)
                covValues[c].Add(rowCovs[c]);
        }

        if (!options.Causes && firstBool is { } b && firstNumber is { } n)
            Report(d, b.Line > n.Line ? b : n, options.Event, "the event column mixes true/false with numbers: use one coding");
        if (!options.Causes && firstZero is { } z && firstTwo is { } t)
            Report(d, z.Line > t.Line ? z : t, options.Event, "the event column mixes 0 and 2: code events 1/0, or as R's 2 (event) and 1 (censored), not both");
        if (d.HasErrors)
            return new Result(null, 0, d.Sorted());
        if (stops.Count == 0)
            return Fail(file, 2, 1, dropped > 0 ? $"every row has a missing covariate ({dropped.ToString(CultureInfo.InvariantCulture)} rows): nothing is left to analyse" : "the file has a header but no data rows");

        int[] status = [.. codes];
        ImmutableArray<string> causes = ["event"];
        if (options.Causes)
        {
            // Renumber causes in the order R gives a factor's levels: numbers numerically, then names ordinally.
            var ordered = causeLabels.OrderBy(c => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? 0 : 1)
                .ThenBy(c => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .ThenBy(c => c, StringComparer.Ordinal).ToList();
            var renumber = new int[ordered.Count + 1];
            for (int i = 0; i < ordered.Count; i++)
                renumber[causeNames[ordered[i]]] = i + 1;
            for (int i = 0; i < status.Length; i++)
                status[i] = renumber[status[i]];
            causes = ordered.Count == 0 ? ["event"] : [.. ordered];
        }
        else if (firstTwo is not null)
        {
            for (int i = 0; i < status.Length; i++)
                status[i] = status[i] == 2 ? 1 : 0;
        }

        var data = new SurvivalData
        {
            Stop = Wrap(stops),
            Start = starts is null ? [] : Wrap(starts),
            Status = ImmutableCollectionsMarshal.AsImmutableArray(status),
            Causes = causes,
            Groups = groups is null ? [] : [.. groups],
            Strata = stratas is null ? [] : [.. stratas],
            Clusters = clusters is null ? [] : [.. clusters],
            Covariates = [.. covariateNames.Select((name, c) => new Covariate(name, Wrap(covValues[c])))],
        };
        return new Result(data, dropped, []);
    }

    private static ImmutableArray<double> Wrap(List<double> values) => ImmutableCollectionsMarshal.AsImmutableArray(values.ToArray());

    private static double Number(CsvReader csv, int field, IReadOnlyList<string> headers, Func<int, (int, int)> at, InputDiagnostics d, ref bool ok)
    {
        string text = csv.GetString(field).Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value))
            return value;
        Report(d, at(field), headers[field], text.Length == 0 || text == "NA"
            ? "a time is missing: every row needs its times"
            : $"'{Echo.Quote(text)}' is not a number");
        ok = false;
        return double.NaN;
    }

    private static void Report(InputDiagnostics d, (int Line, int Column) at, string field, string message) =>
        d.Add(new YamlPosition(at.Line, at.Column), field, message);

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static Result Fail(string file, int line, int column, string message) => new(null, 0, [new InputError(file, line, column, message, "$")]);

    private static Result TooLarge(string file, SurvivalCsvOptions options) =>
        Fail(file, 1, 1, $"the file is larger than {(options.MaxFileBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)} MiB, the limit for one file");
}
