using System.ComponentModel;
using Spectre.Console.Cli;

namespace Willing.Cli.Commands;

/// <summary>Settings of <c>willing cases show</c>.</summary>
public sealed class CasesShowSettings : CaseSettings
{
    /// <summary>The coalition's id, or the path of a case file.</summary>
    [CommandArgument(0, "<ID|FILE>")]
    [Description("The coalition's id, e.g. iraq-2003 (see 'willing cases list'), or the path of a case file.")]
    public string Id { get; init; } = string.Empty;
}
