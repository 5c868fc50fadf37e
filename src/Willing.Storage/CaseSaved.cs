namespace Willing.Storage;

/// <summary>The edit is stored as a new revision.</summary>
/// <param name="Revision">The new revision.</param>
public sealed record CaseSaved(CaseRevision Revision) : EditResult;
