using System.Collections.Immutable;
using Willing.Core.Model;

namespace Willing.Typology.Classification;

/// <summary>A fact from the case file behind an indicator's raw value, with the sources it cites.</summary>
/// <param name="Fact">The fact in words, e.g. "USA: troops 250000 (peak)".</param>
/// <param name="Sources">The sources the case file cites for it.</param>
public sealed record Evidence(string Fact, ImmutableArray<SourceId> Sources)
{
    /// <summary>Evidence from a fact's provenance.</summary>
    public static Evidence Of(string fact, Provenance provenance) => new(fact, provenance.Sources);
}
