using System.Collections.Immutable;
using System.Globalization;

namespace Willing.Qca.Minimization;

/// <summary>
/// The intermediate solutions derived from one conservative and one parsimonious solution (QCA's <c>C1P1</c>,
/// <c>C1P2</c>, …): the easy counterfactuals they allow and the minimisation of the positive rows with them.
/// </summary>
/// <remarks>
/// Each term of the conservative solution that a term of the parsimonious solution subsumes gives an intermediate
/// selection term: the complex term less the literals the parsimonious term drops and a directional expectation
/// contradicts (a negated literal where presence is expected, or a positive one where absence is). The easy
/// counterfactuals are the remainders those terms cover; they are a subset of the parsimonious solution's
/// simplifying assumptions, since every selection term lies inside its parsimonious term.
/// </remarks>
public sealed class IntermediateSolutionSet
{
    private readonly ImmutableHashSet<uint> _positive;

    internal IntermediateSolutionSet(int conservative, int parsimonious, ImmutableArray<Implicant> selection, ImmutableArray<uint> positive, SolutionSet result)
    {
        ConservativeIndex = conservative;
        ParsimoniousIndex = parsimonious;
        SelectionTerms = selection;
        _positive = [.. positive];
        Result = result;
    }

    /// <summary>The index of the conservative solution in <see cref="MinimizationResult.Conservative"/>.</summary>
    public int ConservativeIndex { get; }

    /// <summary>The index of the parsimonious solution in <see cref="MinimizationResult.Parsimonious"/>.</summary>
    public int ParsimoniousIndex { get; }

    /// <summary>QCA's label for the pair, one-based: <c>C1P1</c>, <c>C1P2</c>, ….</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"C{ConservativeIndex + 1}P{ParsimoniousIndex + 1}");

    /// <summary>The intermediate selection terms, distinct, fewer literals first (then condition by condition negated, present, absent): the rows they cover are the positive rows and the easy counterfactuals.</summary>
    public ImmutableArray<Implicant> SelectionTerms { get; }

    /// <summary>Whether the row is an easy counterfactual here: a remainder covered by a selection term.</summary>
    public bool IsEasyCounterfactual(uint row) => !_positive.Contains(row) && SelectionTerms.Any(t => t.Covers(row));

    /// <summary>The minimisation of the positive rows with the easy counterfactuals, every other row negative.</summary>
    public SolutionSet Result { get; }
}
