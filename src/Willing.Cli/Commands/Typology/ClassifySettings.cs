using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Willing.Cli.Commands.Typology;

/// <summary>Settings of <c>willing classify</c>.</summary>
public sealed class ClassifySettings : TypologySettings
{
    /// <summary>Case ids from the case base, or paths of case files.</summary>
    [CommandArgument(0, "[CASE]")]
    [Description("Case ids (e.g. iraq-2003) or case files (my-case.yaml).")]
    public string[] Targets { get; init; } = [];

    /// <summary>Classify every case of the case base.</summary>
    [CommandOption("--all")]
    [Description("Classify every coalition in the case base.")]
    public bool All { get; init; }

    /// <summary>Show how each axis was reached, down to the facts and their sources.</summary>
    [CommandOption("--explain")]
    [Description("Show every indicator's raw value, calibration and combination, and the facts with their sources.")]
    public bool Explain { get; init; }

    /// <summary>Add the jackknife's flags: which sets rest on a single fact or a single indicator.</summary>
    [CommandOption("--jackknife")]
    [Description("Also delete each single fact and each single indicator in turn and flag the sets whose side one of them decides (rests-on-one-fact:C, rests-on-one-indicator:H); 'typology robustness' gives the details.")]
    public bool Jackknife { get; init; }

    /// <summary>Also classify each of the case's declared periods on the evidence dated within it.</summary>
    [CommandOption("--periods")]
    [Description("Also classify each declared period of a case (e.g. Iraq's invasion, occupation and MNF-I) on the evidence dated within it: the case's path through the property space.")]
    public bool Periods { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Targets.Length == 0 && !All ? ValidationResult.Error("name a case id or file, or use --all")
        : Targets.Length > 0 && All ? ValidationResult.Error("give case ids or --all, not both")
        : base.Validate();
}
