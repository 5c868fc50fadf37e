namespace Willing.Simulation.Batches;

/// <summary>The names of a batch's output files.</summary>
/// <remarks>
/// A batch writes its model table to the path it is given and, when it records agent rows, its agent table beside
/// it with <c>.agents</c> before the extension: <c>sweep.parquet</c> and <c>sweep.agents.parquet</c>. Files are
/// written under a temporary name (<c>.partial</c> appended) and renamed when complete, so a file with the final
/// name is never half written.
/// </remarks>
public static class ResultFiles
{
    /// <summary>The format of <paramref name="path"/> by its extension, or null when it is neither <c>.parquet</c> nor <c>.csv</c>.</summary>
    public static ResultFormat? FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string ext = Path.GetExtension(path);
        return ext.Equals(".parquet", StringComparison.OrdinalIgnoreCase) ? ResultFormat.Parquet
            : ext.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? ResultFormat.Csv
            : null;
    }

    /// <summary>The path of the agent table that goes with the model table at <paramref name="path"/>.</summary>
    public static string AgentTablePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string ext = Path.GetExtension(path);
        return path[..^ext.Length] + ".agents" + ext;
    }

    internal static ResultFormat RequireFormat(string path) =>
        FormatOf(path) ?? throw new ArgumentException($"{path}: the output file must end in .parquet or .csv (the format is chosen by the extension)", nameof(path));
}
