using Spectre.Console;
using Willing.Cli;

// Piped output has no terminal width; give tables room instead of Spectre's 80-column default.
if (Console.IsOutputRedirected)
    AnsiConsole.Console.Profile.Width = 200;
return WillingApp.Run(args, AnsiConsole.Console, Console.Error);
