namespace Willing.Networks.Io;

/// <summary>How an edge list is read, and the limits that keep any file from exhausting time or memory.</summary>
/// <param name="Directed">Whether each row is a directed edge from <c>source</c> to <c>target</c>.</param>
/// <param name="WeightColumn">The column holding each edge's weight (a positive number), or null for unit weights; for the usual layout, <c>weight</c>.</param>
/// <param name="MaxFileBytes">The largest file read (256 MiB: twenty million short rows).</param>
/// <param name="MaxEdges">The most data rows (10 million).</param>
/// <param name="MaxIdLength">The longest node id, in characters.</param>
/// <param name="MaxErrors">The most errors reported; the rest are counted in one closing error.</param>
public sealed record EdgeListOptions(
    bool Directed = false,
    string? WeightColumn = null,
    long MaxFileBytes = 256L * 1024 * 1024,
    int MaxEdges = 10_000_000,
    int MaxIdLength = 200,
    int MaxErrors = 100)
{
    /// <summary>Undirected, unweighted, the default limits.</summary>
    public static EdgeListOptions Default { get; } = new();
}
