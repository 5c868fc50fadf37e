namespace Willing.Qca.Data;

/// <summary>A missing value (NA or an empty field) in a <see cref="QcaData"/> table.</summary>
/// <param name="Case">The case label.</param>
/// <param name="Column">The column name.</param>
public sealed record MissingCell(string Case, string Column);
