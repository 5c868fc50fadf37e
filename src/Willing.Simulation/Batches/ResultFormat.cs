namespace Willing.Simulation.Batches;

/// <summary>The format of a result file, chosen by its extension; both hold the same rows.</summary>
public enum ResultFormat
{
    /// <summary>Apache Parquet (<c>.parquet</c>), with the batch's fingerprint in its metadata: the format of shards.</summary>
    Parquet,

    /// <summary>Comma-separated values (<c>.csv</c>): UTF-8 without a byte-order mark, LF line ends, a header row.</summary>
    Csv,
}
