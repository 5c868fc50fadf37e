using System.ComponentModel;
using Spectre.Console.Cli;
using Willing.Cli.Output;

namespace Willing.Cli.Commands;

/// <summary>The <c>--format</c> option of every command that prints data.</summary>
public class FormatSettings : CommandSettings
{
    /// <summary>How to print.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("Output format: table, json or csv.")]
    [DefaultValue(OutputFormat.Table)]
    public OutputFormat Format { get; init; } = OutputFormat.Table;
}
