using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Willing.Cli.Commands.Network;

/// <summary>Settings of <c>willing network metrics</c>.</summary>
public sealed class NetworkMetricsSettings : NetworkSettings
{
    /// <summary>The most threads for betweenness and closeness.</summary>
    [CommandOption("--threads <N>")]
    [Description("The most threads for betweenness and closeness; 0 (default) for one per core. Results do not depend on it.")]
    [DefaultValue(0)]
    public int Threads { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Threads < 0 ? ValidationResult.Error("--threads is 0 (one per core) or more") : base.Validate();
}
