using System.ComponentModel;
using Spectre.Console.Cli;

namespace Willing.Cli.Commands;

/// <summary>Settings of <c>willing cases show</c>.</summary>
public sealed class CasesShowSettings : CaseSettings
{
    /// <summary>The coalition's id.</summary>
    [CommandArgument(0, "<ID>")]
    [Description("The coalition's id, e.g. iraq-2003 (see 'willing cases list').")]
    public string Id { get; init; } = string.Empty;
}
