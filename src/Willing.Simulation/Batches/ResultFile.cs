using System.Runtime.CompilerServices;
using Willing.Simulation.Data;

namespace Willing.Simulation.Batches;

/// <summary>Reads result Parquet files written by a batch or a merge: their metadata, and their rows run by run.</summary>
public static class ResultFile
{
    /// <summary>The metadata of the result file at <paramref name="path"/>.</summary>
    /// <exception cref="ResultFileException">The file is missing, not Parquet, not a Willing result, or damaged.</exception>
    public static async Task<ResultFileInfo> ReadInfoAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var reader = await ResultFileReader.OpenAsync(path, cancellationToken).ConfigureAwait(false);
        return reader.Info;
    }

    /// <summary>The rows of the file, one table per run, in run order (bounded memory: one row group at a time).</summary>
    /// <exception cref="ResultFileException">The file is missing, not Parquet, not a Willing result, or damaged.</exception>
    public static async IAsyncEnumerable<SimulationTable> ReadRunsAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var reader = await ResultFileReader.OpenAsync(path, cancellationToken).ConfigureAwait(false);
        await foreach (var run in reader.ReadRunsAsync(cancellationToken).ConfigureAwait(false))
            yield return run;
    }
}
