namespace Willing.Storage;

/// <summary>The case moved on since the revision the edit was based on; nothing was written.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="BasedOn">The revision the edit was made from.</param>
/// <param name="Current">The case's current revision, which the editor has not seen.</param>
public sealed record CaseConflict(string CaseId, int BasedOn, CaseRevision Current) : EditResult;
