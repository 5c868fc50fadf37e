using System.Collections.Immutable;

namespace Willing.Core.Model;

/// <summary>Where a fact comes from: the sources it cites, how far they can be trusted, and the values other sources give.</summary>
/// <param name="Sources">The sources cited, never empty; a nested fact without a number that cites none inherits its parent's.</param>
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

    /// <summary>Where in a cited work the fact is (a section or page), per source; required for the paper.</summary>
    public ImmutableArray<SourceLocator> Locators { get; init; } = [];

    /// <summary>
    /// True when the fact is the paper's reading of a case (an interpretation Cooper offers), not a
    /// fact about the world: shown beside the scores, never counted as evidence unless asked (DESIGN, Measurement).
    /// </summary>
    public bool IsReading { get; init; }

    /// <summary>The locator given for a source, if any.</summary>
    public string? LocatorOf(SourceId source) => Locators.FirstOrDefault(l => l.Source == source)?.At;

    /// <summary>Cites the given sources with nothing else said.</summary>
    public static Provenance Of(params SourceId[] sources) => new([.. sources]);
}

/// <summary>A value for one field of a fact that a source gives instead of the recorded one.</summary>
/// <param name="Field">The field, as spelled in case files, e.g. <c>amount</c> or <c>left</c>.</param>
/// <param name="Value">The other value, as it would be written in that field.</param>
/// <param name="Sources">The sources that give it.</param>
/// <param name="Note">Why the value differs, when known.</param>
/// <param name="Confidence">How far its sources can be trusted, when stated.</param>
public sealed record Alternative(string Field, string Value, ImmutableArray<SourceId> Sources, string? Note, Confidence? Confidence = null)
{
    /// <summary>Where in a cited work the other value is, per source; required for the paper.</summary>
    public ImmutableArray<SourceLocator> Locators { get; init; } = [];
}

/// <summary>Where in one cited work a fact is found.</summary>
/// <param name="Source">The source.</param>
/// <param name="At">The section, page or paragraph, e.g. <c>§3</c> or <c>p. 12</c>.</param>
public sealed record SourceLocator(SourceId Source, string At);
