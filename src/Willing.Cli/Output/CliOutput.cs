using Spectre.Console;

namespace Willing.Cli.Output;

/// <summary>Where a command writes: rich output for people and plain data for scripts to the console, diagnostics to the error stream.</summary>
/// <param name="Console">The console; tables and text go here.</param>
/// <param name="Error">The error stream for diagnostics.</param>
public sealed record CliOutput(IAnsiConsole Console, TextWriter Error)
{
    /// <summary>The console's raw writer, for JSON and CSV that must not be wrapped or styled.</summary>
    public TextWriter Data => Console.Profile.Out.Writer;
}
