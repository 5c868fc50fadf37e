namespace Willing.Qca.Data;

/// <summary>The limits that keep any QCA data file from exhausting time or memory.</summary>
/// <param name="MaxFileBytes">The largest file read (64 MiB; a QCA has tens or hundreds of cases).</param>
/// <param name="MaxRows">The most data rows (one million).</param>
/// <param name="MaxColumns">The most columns, the label column included (1000).</param>
/// <param name="MaxLabelLength">The longest case label, in characters.</param>
/// <param name="MaxErrors">The most errors reported; the rest are counted in one closing error.</param>
public sealed record QcaCsvOptions(
    long MaxFileBytes = 64L * 1024 * 1024,
    int MaxRows = 1_000_000,
    int MaxColumns = 1_000,
    int MaxLabelLength = 200,
    int MaxErrors = 100)
{
    /// <summary>The default limits.</summary>
    public static QcaCsvOptions Default { get; } = new();
}
