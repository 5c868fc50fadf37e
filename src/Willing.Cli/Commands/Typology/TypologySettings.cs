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

    /// <summary>Count the paper's readings (flagged or paper-only justifications, ties and inducements) as evidence.</summary>
    [CommandOption("--with-readings")]
    [Description("Also count the paper's own readings of the cases as evidence (left out by default), to see what the paper's reading implies.")]
    public bool WithReadings { get; init; }
}
