using System.ComponentModel;
using Spectre.Console.Cli;

namespace Willing.Cli.Commands;

/// <summary>Settings of <c>willing cases validate</c>.</summary>
public sealed class CasesValidateSettings : FormatSettings
{
    /// <summary>Files or folders to check; none means the built-in case base.</summary>
    [CommandArgument(0, "[PATH]")]
    [Description("Case files or folders to check (default: the built-in case base).")]
    public string[] Paths { get; init; } = [];
}
