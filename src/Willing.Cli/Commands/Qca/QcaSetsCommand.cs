using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;

namespace Willing.Cli.Commands.Qca;

/// <summary><c>willing qca sets</c>: the sets the case base gives QCA (coalitions, or one coalition's members), with what each means; as CSV, the data for R's QCA.</summary>
public sealed class QcaSetsCommand(CliOutput output) : Command<QcaSourceSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, QcaSourceSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Csv is not null)
        {
            output.Error.WriteLine("willing: qca sets shows the sets built from the case base; a CSV's columns are already its sets");
            return WillingApp.WrongUsage;
        }

        if (QcaDataLoader.Load(settings, output, out int exit) is not { Table: { } table } loaded)
            return exit;
        QcaDataLoader.Notes(loaded, output);
        if (settings.Format == OutputFormat.Json)
        {
            output.Data.WriteLine(JsonSerializer.Serialize(new
            {
                cases_are = table.Name,
                sets = table.Columns.Select(c => new { name = c.Name, role = c.Role.ToString().ToLowerInvariant(), meaning = c.Meaning }),
                cases = table.Cases.Select((label, i) => new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["case"] = label,
                    ["sets"] = table.Columns.ToDictionary(c => c.Name, c => double.IsNaN(c.Values[i]) ? (double?)null : c.Values[i], StringComparer.Ordinal),
                }),
            }, Json.Options));
            return WillingApp.Success;
        }

        if (settings.Format == OutputFormat.Csv)
        {
            // The layout R's QCA reads: the first column the case label, NA for unknown.
            output.Data.WriteLine(string.Join(",", ["case", .. table.Columns.Select(c => c.Name)]));
            for (int i = 0; i < table.Cases.Length; i++)
                output.Data.WriteLine(string.Join(",", [table.Cases[i], .. table.Columns.Select(c => double.IsNaN(c.Values[i]) ? "NA" : c.Values[i].ToString("R", CultureInfo.InvariantCulture))]));
            return WillingApp.Success;
        }

        var meanings = new Tabular("set", "role", "meaning");
        foreach (var c in table.Columns)
            meanings.Add(c.Name, c.Role.ToString().ToLowerInvariant(), c.Meaning);
        meanings.Write(output, OutputFormat.Table, $"The sets of {table.Name} ({table.Cases.Length} cases); --format csv gives the memberships");
        output.Console.MarkupLine($"[grey]cases: {Markup.Escape(string.Join(", ", table.Cases))}[/]");
        return WillingApp.Success;
    }
}
