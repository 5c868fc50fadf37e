using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Willing.Cli.Output;
using Willing.Core.Reading;

namespace Willing.Cli.Commands;

/// <summary><c>willing cases validate [PATH...]</c>: checks case files and prints every error.</summary>
/// <remarks>
/// Table format prints each error as <c>FILE:LINE:COLUMN: error: MESSAGE (FIELD-PATH)</c>, the form
/// compilers use, so editors can jump to it. Exit code 1 when there is any error.
/// </remarks>
public sealed class CasesValidateCommand(CliOutput output) : Command<CasesValidateSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, CasesValidateSettings settings, CancellationToken cancellationToken)
    {
        var result = settings.Paths.Length > 0 ? CaseBase.Load(settings.Paths) : CaseBase.LoadBuiltIn();
        int coalitions = result.CaseBase?.Coalitions.Length ?? 0;
        switch (settings.Format)
        {
            case OutputFormat.Json:
                var report = new
                {
                    valid = result.Succeeded,
                    files = result.FileCount,
                    coalitions,
                    errors = result.Errors.Select(e => new { file = e.File, line = e.Line, column = e.Column, message = e.Message, field = e.FieldPath }),
                };
                output.Data.WriteLine(JsonSerializer.Serialize(report, Json.Options));
                break;
            case OutputFormat.Csv:
                var rows = new Tabular("file", "line", "column", "message", "field");
                foreach (var e in result.Errors)
                    rows.Add(e.File, e.Line, e.Column, e.Message, e.FieldPath);
                rows.Write(output, OutputFormat.Csv);
                break;
            default:
                foreach (var e in result.Errors)
                    output.Data.WriteLine(e.ToString());
                string what = settings.Paths.Length > 0 ? string.Join(", ", settings.Paths) : "the built-in case base";
                if (result.Succeeded)
                    output.Console.MarkupLine($"[green]ok[/]: {Markup.Escape(what)}: {CaseBaseLoader.Plural(result.FileCount, "file")}, {CaseBaseLoader.Plural(coalitions, "coalition")}, no errors");
                else
                    output.Console.MarkupLine($"[red]{CaseBaseLoader.Plural(result.ErrorCount, "error")}[/] in {Markup.Escape(what)}; nothing was loaded");
                break;
        }

        return result.Succeeded ? WillingApp.Success : WillingApp.InvalidInput;
    }
}
