using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Willing.Cli.Commands.Typology;

/// <summary>Settings of <c>willing typology fit</c>.</summary>
public sealed class FitSettings : TypologySettings
{
    /// <summary>The condition, in QCA notation.</summary>
    [CommandOption("--condition <EXPR>")]
    [Description("The condition in QCA notation over H, C, S, T, R, EXIT, LARGE and any set of --outcomes, e.g. \"~R\" or \"H*C\".")]
    public string Condition { get; init; } = string.Empty;

    /// <summary>The outcome, in QCA notation.</summary>
    [CommandOption("--outcome <EXPR>")]
    [Description("The outcome, e.g. EXIT (early exits) or a column of --outcomes.")]
    public string Outcome { get; init; } = string.Empty;

    /// <summary>Test necessity instead of sufficiency.</summary>
    [CommandOption("--necessity")]
    [Description("Test whether the condition is necessary for the outcome (default: sufficient).")]
    public bool Necessity { get; init; }

    /// <summary>A CSV of further case-level sets.</summary>
    [CommandOption("--outcomes <FILE>")]
    [Description("A CSV with a 'case' column and one column per further set (memberships from 0 to 1).")]
    public string? Outcomes { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Condition) ? ValidationResult.Error("--condition is required")
        : string.IsNullOrWhiteSpace(Outcome) ? ValidationResult.Error("--outcome is required")
        : base.Validate();
}
