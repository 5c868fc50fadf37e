namespace Willing.Core.Model;

/// <summary>How the paper itself treats a case. Documentation only: no score reads it.</summary>
/// <param name="Placement">The paper's placement.</param>
/// <param name="Passage">The passage, e.g. "§3".</param>
/// <param name="Note">A note on the reading.</param>
public sealed record CooperReading(CooperPlacement Placement, string? Passage, string? Note);
