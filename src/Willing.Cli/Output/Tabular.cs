using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Spectre.Console;

namespace Willing.Cli.Output;

/// <summary>
/// Rows of named columns that print the same data three ways: a table, a JSON array of objects
/// with the column names as fields, or CSV with a header.
/// </summary>
/// <param name="Columns">The column names, as the JSON contract spells them.</param>
public sealed class Tabular(params string[] Columns)
{
    private readonly List<object?[]> _rows = [];

    /// <summary>The rows added so far.</summary>
    public IReadOnlyList<object?[]> Rows => _rows;

    /// <summary>Adds a row; values are strings, numbers, booleans or null, in column order.</summary>
    public Tabular Add(params object?[] values)
    {
        if (values.Length != Columns.Length)
            throw new ArgumentException($"expected {Columns.Length} values, got {values.Length}", nameof(values));
        _rows.Add(values);
        return this;
    }

    /// <summary>Prints the rows in the chosen format; tables show fractions to three decimals, JSON and CSV in full.</summary>
    public void Write(CliOutput output, OutputFormat format, string? title = null)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.Data.WriteLine(JsonSerializer.Serialize(ToObjects(), Json.Options));
                break;
            case OutputFormat.Csv:
                WriteCsv(output.Data);
                break;
            default:
                var table = new Table().Border(TableBorder.Rounded);
                if (title is not null)
                    table.Title(title);
                foreach (var column in Columns)
                    table.AddColumn(new TableColumn(Markup.Escape(column)));
                foreach (var row in _rows)
                    table.AddRow(row.Select(v => new Text(v is double d ? d.ToString("0.###", CultureInfo.InvariantCulture) : Format(v))).ToArray());
                output.Console.Write(table);
                break;
        }
    }

    /// <summary>The rows as ordered dictionaries, for JSON.</summary>
    public IReadOnlyList<Dictionary<string, object?>> ToObjects() =>
        _rows.Select(r => Columns.Select((c, i) => (c, r[i])).ToDictionary(x => x.c, x => x.Item2)).ToList();

    private void WriteCsv(TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, true);
        foreach (var column in Columns)
            csv.WriteField(column);
        csv.EndRecord();
        foreach (var row in _rows)
        {
            foreach (var value in row)
                csv.WriteField(Format(value));
            csv.EndRecord();
        }

        csv.Flush();
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
