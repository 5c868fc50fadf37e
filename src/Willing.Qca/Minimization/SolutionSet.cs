using System.Collections.Immutable;

namespace Willing.Qca.Minimization;

/// <summary>
/// The minimisation of one set of rows: its prime implicants, their chart over the positive rows, and every equally
/// minimal solution.
/// </summary>
/// <remarks>
/// Prime implicants are in QCA's order: fewer literals first, then condition by condition a negated literal before
/// a positive one before an absent one, except that QCA's sort leaves one negated term after the positive ones for a
/// condition every term has (it writes <c>B*C*D + ~B*~C*D</c>); the order is reproduced, quirk included. Solutions are ordered by their implicant indices, compared position by
/// position (their ascending indices, that is, before the shared terms are written first). More than one solution is
/// model ambiguity, which is reported, never resolved.
/// </remarks>
public sealed class SolutionSet
{
    internal SolutionSet(
        ImmutableArray<string> conditions,
        ImmutableArray<Implicant> primeImplicants,
        PrimeImplicantChart chart,
        ImmutableArray<Solution> solutions,
        int minimalTermCount,
        bool solutionLimitReached)
    {
        Conditions = conditions;
        PrimeImplicants = primeImplicants;
        Chart = chart;
        Solutions = solutions;
        MinimalTermCount = minimalTermCount;
        SolutionLimitReached = solutionLimitReached;
        EssentialImplicants = [.. Enumerable.Range(0, primeImplicants.Length).Where(chart.IsEssential).Select(i => primeImplicants[i])];
        HashSet<int> common = solutions.IsEmpty ? [] : [.. solutions[0].ImplicantIndices];
        foreach (var s in solutions)
            common.IntersectWith(s.ImplicantIndices);
        CommonImplicants = [.. common.Order().Select(i => primeImplicants[i])];
    }

    /// <summary>The condition names.</summary>
    public ImmutableArray<string> Conditions { get; }

    /// <summary>Every prime implicant that covers at least one positive row, in QCA's order.</summary>
    public ImmutableArray<Implicant> PrimeImplicants { get; }

    /// <summary>Which prime implicant covers which positive row.</summary>
    public PrimeImplicantChart Chart { get; }

    /// <summary>Every solution with the minimal number of prime implicants (at most <see cref="MinimizationOptions.MaxSolutions"/>).</summary>
    public ImmutableArray<Solution> Solutions { get; }

    /// <summary>The number of prime implicants in each minimal solution.</summary>
    public int MinimalTermCount { get; }

    /// <summary>Whether there are more minimal solutions than <see cref="MinimizationOptions.MaxSolutions"/>, so the list is incomplete.</summary>
    public bool SolutionLimitReached { get; }

    /// <summary>Whether more than one minimal solution exists (model ambiguity).</summary>
    public bool IsAmbiguous => Solutions.Length > 1;

    /// <summary>The prime implicants essential in the chart (the only cover of some positive row), in QCA's order.</summary>
    public ImmutableArray<Implicant> EssentialImplicants { get; }

    /// <summary>
    /// The prime implicants in every listed solution, in QCA's order: what QCA calls essential and prints in parentheses
    /// when there are several solutions. It includes <see cref="EssentialImplicants"/>.
    /// </summary>
    public ImmutableArray<Implicant> CommonImplicants { get; }

    /// <summary>The index of a term in <see cref="PrimeImplicants"/>, or -1.</summary>
    public int IndexOf(Implicant term) => PrimeImplicants.IndexOf(term);
}
