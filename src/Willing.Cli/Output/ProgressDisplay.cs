using Spectre.Console;

namespace Willing.Cli.Output;

/// <summary>
/// Progress for long work, drawn on the standard error stream and only when it is a terminal and
/// the command prints a table: on a pipe, in a file or with <c>--format json|csv</c> nothing but
/// data is written.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>True when progress may be drawn for this format.</summary>
    public static bool Enabled(OutputFormat format) => format == OutputFormat.Table && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("WILLING_NO_PROGRESS") is null;

    /// <summary>Runs <paramref name="work"/> with a progress bar of <paramref name="total"/> steps; the work reports steps done (from any thread).</summary>
    public static T Run<T>(OutputFormat format, string description, int total, Func<IProgress<int>?, T> work)
    {
        if (!Enabled(format))
            return work(null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask(description, maxValue: total);
            return work(new TaskProgress(task));
        });
    }

    /// <summary>Shows a spinner with a message while <paramref name="work"/> runs.</summary>
    public static T Status<T>(OutputFormat format, string message, Func<T> work)
    {
        if (!Enabled(format))
            return work();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Status().Start(message, _ => work());
    }

    // Spectre's ProgressTask.Increment takes a lock, so draws finishing on several threads can report directly.
    private sealed class TaskProgress(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Increment(value);
    }
}
