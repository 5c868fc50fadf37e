using System.ComponentModel;
using Spectre.Console.Cli;
using Willing.Cli.Output;

namespace Willing.Cli.Commands;

/// <summary>Options shared by the commands that print data from a case base.</summary>
public class CaseSettings : CommandSettings
{
    /// <summary>How to print.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("Output format: table, json or csv.")]
    [DefaultValue(OutputFormat.Table)]
    public OutputFormat Format { get; init; } = OutputFormat.Table;

    /// <summary>Case files or folders to use instead of the built-in case base.</summary>
    [CommandOption("--cases <PATH>")]
    [Description("Read the case base from these files or folders instead of the built-in one (repeatable).")]
    public string[]? Cases { get; init; }
}
