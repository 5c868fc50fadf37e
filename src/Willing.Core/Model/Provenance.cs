using System.Collections.Immutable;

namespace Willing.Core.Model;

/// <summary>Where a fact comes from: the sources it cites, how far they can be trusted, and the values other sources give.</summary>
/// <param name="Sources">The sources cited, never empty; a nested fact that cites none inherits its parent's.</param>
/// <param name="Confidence">How far the sources can be trusted for this fact, when stated.</param>
/// <param name="Note">A free note from the editor.</param>
/// <param name="Alternatives">Values that other sources give for fields of this fact.</param>
public sealed record Provenance(
    ImmutableArray<SourceId> Sources,
    Confidence? Confidence = null,
    string? Note = null,
    ImmutableArray<Alternative> Alternatives = default)
{
    /// <summary>The alternatives, empty rather than default.</summary>
    public ImmutableArray<Alternative> Alternatives { get; init; } = Alternatives.IsDefault ? [] : Alternatives;

    /// <summary>Cites the given sources with nothing else said.</summary>
    public static Provenance Of(params SourceId[] sources) => new([.. sources]);
}

/// <summary>A value for one field of a fact that a source gives instead of the recorded one.</summary>
/// <param name="Field">The field, as spelled in case files, e.g. <c>amount</c> or <c>left</c>.</param>
/// <param name="Value">The other value, as it would be written in that field.</param>
/// <param name="Sources">The sources that give it.</param>
/// <param name="Note">Why the value differs, when known.</param>
/// <param name="Confidence">How far its sources can be trusted, when stated.</param>
public sealed record Alternative(string Field, string Value, ImmutableArray<SourceId> Sources, string? Note, Confidence? Confidence = null);
