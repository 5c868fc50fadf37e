using System.Collections.Immutable;

namespace Willing.Simulation.Batches;

/// <summary>The outcome of a merge: the summary of what was written, or every reason it was refused.</summary>
/// <param name="Errors">Each problem found, a sentence naming the file it is about; empty on success.</param>
/// <param name="Summary">What was written; null when the merge was refused or failed.</param>
public sealed record MergeResult(ImmutableArray<string> Errors, BatchSummary? Summary)
{
    /// <summary>Whether the merge wrote its output.</summary>
    public bool Succeeded => Errors.IsEmpty && Summary is not null;
}
