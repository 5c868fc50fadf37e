using Willing.Simulation.Data;

namespace Willing.Simulation.Batches;

/// <summary>Writes the tables of runs, one run after another in run order, to one file.</summary>
internal interface ITableWriter : IAsyncDisposable
{
    /// <summary>The rows appended so far.</summary>
    long Rows { get; }

    /// <summary>Appends the rows of one run.</summary>
    ValueTask AppendAsync(SimulationTable run, CancellationToken cancellationToken);

    /// <summary>Writes what is buffered and closes the file (for Parquet: the last row group and the footer).</summary>
    ValueTask CompleteAsync(CancellationToken cancellationToken);
}
