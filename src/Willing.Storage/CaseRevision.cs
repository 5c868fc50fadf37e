namespace Willing.Storage;

/// <summary>One revision of a stored case: who wrote it, when, what it changed and the sources it cites (the text is read with <see cref="CaseStore.ExportAsync"/>).</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Revision">The revision, counting from 1.</param>
/// <param name="Author">Who wrote it (a user name).</param>
/// <param name="CreatedAt">When it was written (UTC, from the store's clock).</param>
/// <param name="Changes">The fields it changed from the revision before (for revision 1, every field, as added).</param>
/// <param name="Sources">The source ids the edit cites, in the order given.</param>
public sealed record CaseRevision(string CaseId, int Revision, string Author, DateTimeOffset CreatedAt, IReadOnlyList<FieldChange> Changes, IReadOnlyList<string> Sources);
