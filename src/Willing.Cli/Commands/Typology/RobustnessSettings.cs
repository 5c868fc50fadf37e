using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Willing.Cli.Commands.Typology;

/// <summary>Settings of <c>willing typology robustness</c>.</summary>
public sealed class RobustnessSettings : TypologySettings
{
    /// <summary>Number of perturbed codebooks.</summary>
    [CommandOption("--draws <N>")]
    [Description("How many perturbed codebooks to draw (default 1000).")]
    [DefaultValue(1000)]
    public int Draws { get; init; } = 1000;

    /// <summary>How far anchors may move.</summary>
    [CommandOption("--band <X>")]
    [Description("How far each anchor may move, as a share of its anchor span; assigned memberships move by up to X (default 0.1).")]
    [DefaultValue(0.1)]
    public double Band { get; init; } = 0.1;

    /// <summary>Chance of swapping an axis rule for its index.</summary>
    [CommandOption("--rule-swap <P>")]
    [Description("The chance, per axis and draw, of replacing the axis rule by the mean of its indicators (default 0).")]
    [DefaultValue(0.0)]
    public double RuleSwap { get; init; }

    /// <summary>The seed.</summary>
    [CommandOption("--seed <N>")]
    [Description("The random seed (default 2005); the same seed gives the same result on any number of threads.")]
    [DefaultValue(2005)]
    public int Seed { get; init; } = 2005;

    /// <summary>Worker threads.</summary>
    [CommandOption("--threads <N>")]
    [Description("Worker threads (default: one per core).")]
    public int? Threads { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Draws < 1 ? ValidationResult.Error("--draws must be at least 1")
        : Band is < 0 or > 1 ? ValidationResult.Error("--band must be between 0 and 1")
        : RuleSwap is < 0 or > 1 ? ValidationResult.Error("--rule-swap must be between 0 and 1")
        : Threads is < 1 ? ValidationResult.Error("--threads must be at least 1")
        : base.Validate();
}
