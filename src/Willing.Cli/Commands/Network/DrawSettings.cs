using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Willing.Cli.Commands.Network;

/// <summary>Settings of <c>willing network draw</c>: the case's network as <see cref="NetworkSettings"/> builds it, and the picture.</summary>
public sealed class DrawSettings : NetworkSettings
{
    /// <summary>The file to write; its extension gives the format.</summary>
    [CommandOption("--out <FILE>")]
    [Description("The file to write, .svg or .png by its extension (default: network-<CASE>.svg).")]
    public string? Out { get; init; }

    /// <summary>The seed of the layout.</summary>
    [CommandOption("--seed <N>")]
    [Description("The seed of the force-directed layout: the same seed gives the same picture (default 1).")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    /// <summary>What a node's size shows: <c>degree</c> or <c>betweenness</c>.</summary>
    [CommandOption("--size <MEASURE>")]
    [Description("What a node's size shows: degree (default) or betweenness.")]
    [DefaultValue("degree")]
    public string Size { get; init; } = "degree";

    /// <summary>The file to write: <see cref="Out"/>, or <c>network-ID.svg</c> for the case drawn (its id, also when it was given as a file).</summary>
    public string OutFor(string caseId) => Out ?? $"network-{caseId}.svg";

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Case) ? ValidationResult.Error("give the id of the case whose network to draw")
        : Edges is not null ? ValidationResult.Error("network draw draws a case's network; --edges is for metrics and export")
        : Size is not ("degree" or "betweenness") ? ValidationResult.Error($"--size is degree or betweenness, not '{Markup.Escape(Size)}'")
        : base.Validate();
}
