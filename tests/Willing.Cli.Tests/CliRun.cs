using Spectre.Console.Testing;

namespace Willing.Cli.Tests;

/// <summary>Runs the real command line in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var console = new TestConsole();
        console.Profile.Width = 250;
        using var error = new StringWriter();
        int code = WillingApp.Run(args, console, error);
        return new CliRun(code, console.Output, error.ToString());
    }
}
