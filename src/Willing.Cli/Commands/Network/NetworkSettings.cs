using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Willing.Cli.Commands.Network;

/// <summary>The options every <c>willing network</c> command shares: where the graph comes from.</summary>
/// <remarks>Today the graph is an edge list (<see cref="Edges"/>); a case of the case base as a source (<c>&lt;case-id&gt;</c>) belongs here too, beside it, and <see cref="NetworkGraphLoader"/> is the one place that turns these options into a graph.</remarks>
public class NetworkSettings : FormatSettings
{
    /// <summary>The CSV edge list.</summary>
    [CommandOption("--edges <FILE>")]
    [Description("A CSV edge list with columns source,target (and a weight column named by --weight); further columns are ignored.")]
    public string? Edges { get; init; }

    /// <summary>Whether each row is an edge from source to target.</summary>
    [CommandOption("--directed")]
    [Description("Read each row as a directed edge from source to target (default: undirected).")]
    public bool Directed { get; init; }

    /// <summary>The weight column, if any.</summary>
    [CommandOption("--weight <COLUMN>")]
    [Description("The column of edge weights (positive numbers). Path metrics read a weight as a length, the others as a strength. Default: every edge weighs 1.")]
    public string? Weight { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Edges) ? ValidationResult.Error("--edges is required: the CSV edge list to read") : base.Validate();
}
