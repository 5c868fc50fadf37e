using System.ComponentModel;
using Spectre.Console.Cli;

namespace Willing.Cli.Commands.Typology;

/// <summary>Options shared by the typology commands: the case base, the format and the codebook.</summary>
public class TypologySettings : CaseSettings
{
    /// <summary>A codebook file to use instead of the built-in one.</summary>
    [CommandOption("--codebook <FILE>")]
    [Description("Use this codebook (anchors, rules, cell tags) instead of the built-in data/codebook.yaml.")]
    public string? Codebook { get; init; }
}
