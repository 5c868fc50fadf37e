using System.ComponentModel;
using Spectre.Console.Cli;

namespace Willing.Cli.Commands;

/// <summary>Options shared by the commands that print data from a case base.</summary>
public class CaseSettings : FormatSettings
{
    /// <summary>Case files or folders to use instead of the built-in case base.</summary>
    [CommandOption("--cases <PATH>")]
    [Description("Read the case base from these files or folders instead of the built-in one (repeatable).")]
    public string[]? Cases { get; init; }
}
