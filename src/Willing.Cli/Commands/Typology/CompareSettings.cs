using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Willing.Cli.Commands.Typology;

/// <summary>Settings of <c>willing compare</c>.</summary>
public sealed class CompareSettings : TypologySettings
{
    /// <summary>The cases, in order (for a lineage: oldest first).</summary>
    [CommandArgument(0, "[CASE]")]
    [Description("Two or more case ids or case files, in order (e.g. gulf-war-1991 kosovo-1999 iraq-2003).")]
    public string[] Targets { get; init; } = [];

    /// <summary>Compare a case with its antecedents, oldest first (see <c>willing cases lineage</c>).</summary>
    [CommandOption("--lineage <ID>")]
    [Description("Compare this case with its chain of antecedents (willing cases lineage ID), oldest first.")]
    public string? Lineage { get; init; }

    /// <summary>Also write the comparison chart to this file (.png or .svg).</summary>
    [CommandOption("--chart <FILE>")]
    [Description("Also write the comparison chart (ScottPlot) to FILE, as PNG or SVG by its extension.")]
    public string? Chart { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Lineage is not null && Targets.Length > 0 ? ValidationResult.Error("give cases or --lineage, not both")
        : Lineage is null && Targets.Length < 2 ? ValidationResult.Error("compare needs at least two cases, or --lineage ID")
        : Chart is not null && !Chart.EndsWith(".png", StringComparison.OrdinalIgnoreCase) && !Chart.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)
            ? ValidationResult.Error("--chart must name a .png or .svg file")
        : base.Validate();
}
