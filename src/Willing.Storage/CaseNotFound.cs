namespace Willing.Storage;

/// <summary>No case has the id edited; nothing was written.</summary>
/// <param name="CaseId">The id.</param>
public sealed record CaseNotFound(string CaseId) : EditResult;
