namespace Willing.Cli.Output;

/// <summary>How a command prints data.</summary>
public enum OutputFormat
{
    /// <summary>Tables for people.</summary>
    Table,

    /// <summary>JSON for scripts, with the field names of the contract.</summary>
    Json,

    /// <summary>CSV with a header row.</summary>
    Csv,
}
