using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Willing.Cli.Commands.Network;

/// <summary>Settings of <c>willing network draw</c>.</summary>
public sealed class DrawSettings : CaseSettings
{
    /// <summary>The case whose coordination network to draw.</summary>
    [CommandArgument(0, "<CASE-ID>")]
    [Description("The case whose coordination network to draw, e.g. iraq-2003.")]
    public string Id { get; init; } = string.Empty;

    /// <summary>The file to write; its extension gives the format.</summary>
    [CommandOption("--out <FILE>")]
    [Description("The file to write, .svg or .png by its extension (default: network-<CASE-ID>.svg).")]
    public string? Out { get; init; }

    /// <summary>The seed of the layout.</summary>
    [CommandOption("--seed <N>")]
    [Description("The seed of the force-directed layout: the same seed gives the same picture (default 1).")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    /// <summary>One of the case's periods, to draw the network of its slice.</summary>
    [CommandOption("--period <ID>")]
    [Description("Draw the network of one of the case's periods (the facts dated within it, and the undated ones).")]
    public string? Period { get; init; }

    /// <summary>Which actors are nodes: <c>members</c> (members and prospects) or <c>all</c>.</summary>
    [CommandOption("--scope <SCOPE>")]
    [Description("members: members and prospects (default, as the typology counts); all: every actor a tie, event, body or list names.")]
    [DefaultValue("members")]
    public string Scope { get; init; } = "members";

    /// <summary>What a node's size shows: <c>degree</c> or <c>betweenness</c>.</summary>
    [CommandOption("--size <MEASURE>")]
    [Description("What a node's size shows: degree (default) or betweenness.")]
    [DefaultValue("degree")]
    public string Size { get; init; } = "degree";

    /// <summary>The file to write, the default filled in.</summary>
    public string OutOrDefault => Out ?? $"network-{Id}.svg";

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Scope is not ("members" or "all") ? ValidationResult.Error($"--scope is members or all, not '{Scope}'")
        : Size is not ("degree" or "betweenness") ? ValidationResult.Error($"--size is degree or betweenness, not '{Size}'")
        : base.Validate();
}
