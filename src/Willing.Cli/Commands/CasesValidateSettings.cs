using System.ComponentModel;
using Spectre.Console.Cli;
using Willing.Cli.Output;

namespace Willing.Cli.Commands;

/// <summary>Settings of <c>willing cases validate</c>.</summary>
public sealed class CasesValidateSettings : CommandSettings
{
    /// <summary>Files or folders to check; none means the built-in case base.</summary>
    [CommandArgument(0, "[PATH]")]
    [Description("Case files or folders to check (default: the built-in case base).")]
    public string[] Paths { get; init; } = [];

    /// <summary>How to print.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("Output format: table, json or csv.")]
    [DefaultValue(OutputFormat.Table)]
    public OutputFormat Format { get; init; } = OutputFormat.Table;
}
