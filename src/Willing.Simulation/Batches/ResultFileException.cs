namespace Willing.Simulation.Batches;

/// <summary>A result file cannot be read: missing, not Parquet, not from a Willing batch, or damaged. The message names the file and says which.</summary>
public sealed class ResultFileException : Exception
{
    /// <summary>An exception with a message.</summary>
    public ResultFileException()
    {
    }

    /// <summary>An exception with a message.</summary>
    public ResultFileException(string message)
        : base(message)
    {
    }

    /// <summary>An exception with a message and its cause.</summary>
    public ResultFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
