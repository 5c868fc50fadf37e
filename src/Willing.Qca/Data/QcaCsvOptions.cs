namespace Willing.Qca.Data;

/// <summary>The limits that keep any QCA data file from exhausting time or memory.</summary>
/// <param name="MaxFileBytes">The largest file read (16 MiB; a QCA has tens or hundreds of cases, and a file this size holds at most 8 million cells, 64 MB as numbers).</param>
/// <param name="MaxRows">The most data rows (100,000).</param>
/// <param name="MaxColumns">The most columns, the label column included (1000).</param>
/// <param name="MaxLabelLength">The longest case label, in characters.</param>
/// <param name="MaxErrors">The most errors reported; the rest are counted in one closing error.</param>
public sealed record QcaCsvOptions(
    long MaxFileBytes = 16L * 1024 * 1024,
    int MaxRows = 100_000,
    int MaxColumns = 1_000,
    int MaxLabelLength = 200,
    int MaxErrors = 100)
{
    /// <summary>The default limits.</summary>
    public static QcaCsvOptions Default { get; } = new();
}
