using System.Globalization;
using Willing.Simulation.Batches;

namespace Willing.Simulation.Tests;

/// <summary>
/// The entry point of the test assembly run as a program: <c>dotnet Willing.Simulation.Tests.dll shard K/N OUT [THREADS]</c>
/// runs one shard of <see cref="TestBatches.Standard"/> and writes it to OUT, as a cluster task would with the CLI.
/// </summary>
public static class ShardWorker
{
    /// <summary>Runs one shard; exit code 0 on success, 2 on wrong usage.</summary>
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length < 3 || args[0] != "shard" || !ShardSpec.TryParse(args[1], out var shard, out string? error))
        {
            await Console.Error.WriteLineAsync("usage: Willing.Simulation.Tests shard K/N OUT [THREADS]").ConfigureAwait(false);
            return 2;
        }

        int threads = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
        var summary = await BatchRunner.RunAsync(TestBatches.Standard(), args[2], shard, new BatchRunOptions { Threads = threads }).ConfigureAwait(false);
        await Console.Out.WriteLineAsync($"{summary.Shard} {summary.Runs} {summary.ModelRows}").ConfigureAwait(false);
        return error is null ? 0 : 2;
    }
}
