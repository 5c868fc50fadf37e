namespace Willing.Simulation.Batches;

/// <summary>A run of a batch failed: the mechanism threw. The run's index is given so it can be replayed alone.</summary>
public sealed class SimulationRunException : Exception
{
    /// <summary>An exception for run <paramref name="run"/>, wrapping what the mechanism threw.</summary>
    public SimulationRunException(long run, Exception innerException)
        : base($"run {run} of the batch failed: {innerException?.Message}", innerException) => Run = run;

    /// <summary>An exception with a message only.</summary>
    public SimulationRunException() => Run = -1;

    /// <summary>An exception with a message only.</summary>
    public SimulationRunException(string message)
        : base(message) => Run = -1;

    /// <summary>An exception with a message and an inner exception.</summary>
    public SimulationRunException(string message, Exception innerException)
        : base(message, innerException) => Run = -1;

    /// <summary>The index of the run that failed; -1 when unknown.</summary>
    public long Run { get; }
}
