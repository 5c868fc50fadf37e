using System.Globalization;
using Willing.Cli.Output;
using Willing.Core.Reading;

namespace Willing.Cli.Commands.Typology;

/// <summary>Reads a CSV of case-level set memberships: a <c>case</c> column and one column per set.</summary>
internal static class OutcomeTable
{
    /// <summary>Set name → case id → membership; null (every error printed as FILE:LINE:COLUMN) on any error.</summary>
    public static Dictionary<string, Dictionary<string, double>>? Read(string path, CliOutput output)
    {
        var (table, errors) = CsvTable.ReadFile(path);
        if (table is null)
        {
            Print(errors, output);
            return null;
        }

        var d = new InputDiagnostics(path);
        int caseColumn = table.Column("case");
        if (caseColumn < 0)
        {
            d.Add(Willing.Core.Reading.Yaml.YamlPosition.FileStart, string.Empty, "the CSV needs a 'case' column naming each coalition (--outcomes)");
            Print(d.Sorted(), output);
            return null;
        }

        var sets = table.Headers.Where(h => h != "case").ToDictionary(h => h, _ => new Dictionary<string, double>(StringComparer.Ordinal), StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            string id = row.Fields[caseColumn];
            if (id.Length == 0)
                d.Add(row.Positions[caseColumn], "case", "the case id is empty");
            else if (!firstLine.TryAdd(id, row.Line))
                d.Add(row.Positions[caseColumn], "case", $"case '{Echo.Quote(id)}' has a row already, on line {firstLine[id].ToString(CultureInfo.InvariantCulture)}");
            for (int i = 0; i < table.Headers.Count; i++)
            {
                if (i == caseColumn)
                    continue;
                string text = row.Fields[i];
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v is >= 0 and <= 1)
                    sets[table.Headers[i]][id] = v;
                else
                    d.Add(row.Positions[i], table.Headers[i], $"'{Echo.Quote(text)}' is not a membership from 0 to 1");
            }
        }

        if (!d.HasErrors)
            return sets;
        Print(d.Sorted(), output);
        return null;
    }

    private static void Print(IEnumerable<InputError> errors, CliOutput output)
    {
        foreach (var e in errors)
            output.Error.WriteLine(e.ToString());
    }
}
