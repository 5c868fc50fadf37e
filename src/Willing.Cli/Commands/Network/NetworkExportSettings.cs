using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Willing.Cli.Commands.Network;

/// <summary>Settings of <c>willing network export</c>.</summary>
public sealed class NetworkExportSettings : NetworkSettings
{
    /// <summary>The file format.</summary>
    [CommandOption("--to <FORMAT>")]
    [Description("graphml (yEd, Gephi, igraph, NetworkX), gexf (Gephi) or csv (an edge list source,target,weight that --edges reads back).")]
    public string? To { get; init; }

    /// <summary>Where to write; the standard output when absent.</summary>
    [CommandOption("--out <FILE>")]
    [Description("The file to write (default: the standard output).")]
    public string? Out { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        To is not ("graphml" or "gexf" or "csv")
            ? ValidationResult.Error($"--to is graphml, gexf or csv{(To is null ? string.Empty : $", not '{Markup.Escape(To)}'")}")
            : base.Validate();
}
