using System.Globalization;
using CsvHelper;
using Willing.Cli.Output;

namespace Willing.Cli.Commands.Typology;

/// <summary>Reads a CSV of case-level set memberships: a <c>case</c> column and one column per set.</summary>
internal static class OutcomeTable
{
    /// <summary>Set name → case id → membership; null (errors printed as FILE:LINE:COLUMN) on any error.</summary>
    public static Dictionary<string, Dictionary<string, double>>? Read(string path, CliOutput output)
    {
        if (!File.Exists(path))
        {
            output.Error.WriteLine($"{path}:1:1: error: no such file (--outcomes)");
            return null;
        }

        var errors = new List<string>();
        var sets = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        using var reader = CsvReader.Create(new StreamReader(path), new CsvReaderOptions { TrackLineNumbers = true }, false);
        reader.ReadHeader();
        var headers = reader.Headers.ToList();
        int caseColumn = headers.IndexOf("case");
        if (caseColumn < 0)
        {
            output.Error.WriteLine($"{path}:1:1: error: the CSV needs a 'case' column (--outcomes)");
            return null;
        }

        foreach (var h in headers.Where(h => h != "case"))
            sets[h] = new Dictionary<string, double>(StringComparer.Ordinal);
        while (reader.Read())
        {
            string id = reader.GetString(caseColumn);
            for (int i = 0; i < headers.Count; i++)
            {
                if (i == caseColumn)
                    continue;
                string text = reader.GetString(i);
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v is >= 0 and <= 1)
                    sets[headers[i]][id] = v;
                else
                    errors.Add($"{path}:{reader.LineNumber}:{i + 1}: error: '{text}' is not a membership from 0 to 1 ({headers[i]})");
            }
        }

        foreach (var e in errors)
            output.Error.WriteLine(e);
        return errors.Count == 0 ? sets : null;
    }
}
