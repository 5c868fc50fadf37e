using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Willing.Cli.Commands.Typology;

/// <summary>Settings of <c>willing compare</c>.</summary>
public sealed class CompareSettings : TypologySettings
{
    /// <summary>The cases, in order (for a lineage: oldest first).</summary>
    [CommandArgument(0, "<CASE>")]
    [Description("Two or more case ids or case files, in order (e.g. gulf-war-1991 kosovo-1999 iraq-2003).")]
    public string[] Targets { get; init; } = [];

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Targets.Length < 2 ? ValidationResult.Error("compare needs at least two cases") : base.Validate();
}
