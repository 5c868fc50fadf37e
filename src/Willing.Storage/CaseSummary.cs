namespace Willing.Storage;

/// <summary>A stored case as a list shows it; its placement on Cooper's axes is computed elsewhere, from the case.</summary>
/// <param name="Id">The case id (the coalition's id).</param>
/// <param name="Name">The coalition's name, as of the current revision.</param>
/// <param name="Revision">The current revision, 1 for a case never edited.</param>
/// <param name="UpdatedAt">When the current revision was written (UTC).</param>
/// <param name="UpdatedBy">Who wrote it.</param>
public sealed record CaseSummary(string Id, string Name, int Revision, DateTimeOffset UpdatedAt, string UpdatedBy);
