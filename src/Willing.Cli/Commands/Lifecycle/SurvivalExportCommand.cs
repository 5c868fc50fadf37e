using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Lifecycle.Cases;

namespace Willing.Cli.Commands.Lifecycle;

/// <summary><c>willing survival export</c>: a case's members as event-history rows in the counting-process form, one per member and month, for R or any other tool.</summary>
/// <remarks>
/// CSV (the default) with the columns <c>member, month, start, stop, event, cause</c> and the covariates of
/// <see cref="EventHistory.CovariateNames"/>; a missing value is written <c>NA</c>, as R reads it. With
/// <c>--format json</c>: <c>{ case, origin, options, covariates, subjects, notes, rows: [{ member, start, stop,
/// event, cause, values }] }</c>. In R: <c>coxph(Surv(start, stop, event) ~ election_past3 + cluster(member), d)</c>.
/// </remarks>
public sealed class SurvivalExportCommand(CliOutput output) : Command<SurvivalExportSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, SurvivalExportSettings settings, CancellationToken cancellationToken)
    {
        if (CaseLoader.Load(settings.Case, settings, output) is not { } coalition)
            return WillingApp.InvalidInput;
        var history = EventHistory.Of(coalition, settings.HistoryOptions);
        foreach (var note in history.Notes)
            output.Error.WriteLine($"note: {note}");

        TextWriter writer = output.Data;
        StreamWriter? file = null;
        if (settings.Out is { } path)
        {
            try
            {
                file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
            {
                output.Error.WriteLine($"willing: cannot write {Willing.Core.Reading.Echo.Quote(path)}: {e.Message}");
                return WillingApp.InvalidInput;
            }

            writer = file;
        }

        using (file)
        {
            if (settings.Format == OutputFormat.Json)
                writer.WriteLine(JsonSerializer.Serialize(new
                {
                    @case = history.Case,
                    origin = history.Clock.Label(0),
                    options = history.Options,
                    covariates = history.Covariates,
                    subjects = history.Subjects,
                    notes = history.Notes,
                    rows = history.Rows.Select(r => new { member = r.Member, r.Start, r.Stop, @event = r.Event ? 1 : 0, r.Cause, values = r.Values.Select(v => double.IsNaN(v) ? (double?)null : v) }),
                }, Json.Options));
            else
                WriteCsv(writer, history);
        }

        if (file is not null)
            output.Error.WriteLine($"wrote {settings.Out}: {history.Rows.Length} rows, {history.Subjects.Length} members, {history.Rows.Count(r => r.Event)} exits");
        return WillingApp.Success;
    }

    /// <summary>The rows as CSV.</summary>
    internal static void WriteCsv(TextWriter writer, EventHistory history)
    {
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, true);
        foreach (var c in (string[])["member", "month", "start", "stop", "event", "cause", .. history.Covariates])
            csv.WriteField(c);
        csv.EndRecord();
        foreach (var r in history.Rows)
        {
            csv.WriteField(r.Member.Value);
            csv.WriteField(history.Clock.Label(r.Start));
            csv.WriteField(r.Start.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(r.Stop.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(r.Event ? "1" : "0");
            csv.WriteField(r.Cause ?? string.Empty);
            foreach (var v in r.Values)
                csv.WriteField(double.IsNaN(v) ? "NA" : v.ToString("R", CultureInfo.InvariantCulture));
            csv.EndRecord();
        }

        csv.Flush();
    }
}
