using System.Collections.Immutable;
using Willing.Core.Model;

namespace Willing.Core.Sources;

/// <summary>
/// The quality of a case's sources: how many of each kind it declares, and which facts rest only on
/// weak sources (blogs, forums, proxy addresses), only on mirrors, or only on the paper.
/// </summary>
/// <param name="Case">The coalition.</param>
/// <param name="Sources">How many sources the file declares.</param>
/// <param name="ByKind">Declared sources by kind (every kind present, zero where none).</param>
/// <param name="Facts">How many sourced facts the file holds.</param>
/// <param name="WeakOnly">The facts whose every source is a blog, a forum or a proxy address.</param>
/// <param name="MirrorOnly">The facts whose every source is a mirror.</param>
/// <param name="PaperOnly">The facts whose only source is the paper (readings included).</param>
/// <remarks>
/// A fact's sources are its own and its alternatives' are left out: an alternative is a value
/// some source gives instead, not support for the recorded one. The goal for the built-in case
/// base: no fact rests only on weak sources, and mirrors are below a tenth of the sources.
/// </remarks>
public sealed record SourceMix(
    CoalitionId Case,
    int Sources,
    ImmutableSortedDictionary<string, int> ByKind,
    int Facts,
    ImmutableArray<WeakFact> WeakOnly,
    ImmutableArray<WeakFact> MirrorOnly,
    ImmutableArray<WeakFact> PaperOnly)
{
    /// <summary>The share of declared sources that are mirrors.</summary>
    public double MirrorShare => Sources == 0 ? 0 : (double)ByKind.GetValueOrDefault("mirror") / Sources;

    /// <summary>Measures a coalition's sources.</summary>
    public static SourceMix Of(Coalition c)
    {
        var byId = c.Sources.ToDictionary(s => s.Id);
        var byKind = Enum.GetValues<SourceKind>().ToImmutableSortedDictionary(KebabCase.Name, k => c.Sources.Count(s => s.Kind == k), StringComparer.Ordinal);
        var facts = FactWalker.Facts(c).ToList();
        ImmutableArray<WeakFact> Only(Func<Source, bool> test) =>
            [.. facts.Where(f => f.Provenance.Sources.Length > 0 && f.Provenance.Sources.All(id => byId.TryGetValue(id, out var s) && test(s)))
                .Select(f => new WeakFact(f.Path, f.Provenance.Sources))];
        return new SourceMix(c.Id, c.Sources.Length, byKind, facts.Count, Only(s => s.IsWeak), Only(s => s.Kind == SourceKind.Mirror), Only(s => s.IsPaper));
    }
}

/// <summary>A fact that rests on weak sources only.</summary>
/// <param name="Path">The fact's field path.</param>
/// <param name="Sources">Its sources.</param>
public sealed record WeakFact(string Path, ImmutableArray<SourceId> Sources);
