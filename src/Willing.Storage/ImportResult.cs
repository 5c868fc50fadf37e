using Willing.Core.Reading;

namespace Willing.Storage;

/// <summary>The outcome of an import: every file stored, or none and every error.</summary>
/// <param name="Imported">The first revision of each case imported, in the order of the files; empty when there are errors.</param>
/// <param name="Errors">Every error in every file, each located; empty when the import was stored.</param>
public sealed record ImportResult(IReadOnlyList<CaseRevision> Imported, IReadOnlyList<InputError> Errors)
{
    /// <summary>True when every file was stored.</summary>
    public bool Succeeded => Errors.Count == 0;
}
