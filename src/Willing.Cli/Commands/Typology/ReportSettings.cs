using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Willing.Cli.Commands.Typology;

/// <summary>Settings of <c>willing report</c>.</summary>
/// <remarks>Not a <see cref="TypologySettings"/>: the report is HTML and images, so <c>--format</c> would mean nothing.</remarks>
public sealed class ReportSettings : CommandSettings
{
    /// <summary>The folder to write into.</summary>
    [CommandOption("--out <DIR>")]
    [Description("Write index.html and charts/ into this folder (created if needed).")]
    [DefaultValue("report")]
    public string Out { get; init; } = "report";

    /// <summary>A codebook file to use instead of the built-in one.</summary>
    [CommandOption("--codebook <FILE>")]
    [Description("Use this codebook (anchors, rules, cell tags) instead of the built-in data/codebook.yaml.")]
    public string? Codebook { get; init; }

    /// <summary>Count the paper's readings as evidence.</summary>
    [CommandOption("--with-readings")]
    [Description("Also count the paper's own readings of the cases as evidence (left out by default).")]
    public bool WithReadings { get; init; }

    /// <summary>Case files or folders to use instead of the built-in case base.</summary>
    [CommandOption("--cases <PATH>")]
    [Description("Read the case base from these files or folders instead of the built-in one (repeatable).")]
    public string[]? Cases { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out needs a folder") : base.Validate();
}
