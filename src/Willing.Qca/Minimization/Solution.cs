using System.Collections.Immutable;

namespace Willing.Qca.Minimization;

/// <summary>One minimal solution: a disjunction of prime implicants that together cover every positive row.</summary>
public sealed class Solution
{
    internal Solution(ImmutableArray<int> implicantIndices, ImmutableArray<Implicant> terms, ImmutableArray<string> conditions)
    {
        ImplicantIndices = implicantIndices;
        Terms = terms;
        TermExpressions = [.. terms.Select(t => t.ToExpression(conditions))];
        Expression = string.Join(" + ", TermExpressions);
    }

    /// <summary>The indices of the terms in <see cref="SolutionSet.PrimeImplicants"/> of the set the solution belongs to, in the order of <see cref="Terms"/>.</summary>
    public ImmutableArray<int> ImplicantIndices { get; }

    /// <summary>
    /// The terms as QCA writes them: first those in every solution of the set (<see cref="SolutionSet.CommonImplicants"/>),
    /// then the others, each part in QCA's order of prime implicants.
    /// </summary>
    public ImmutableArray<Implicant> Terms { get; }

    /// <summary>Each term in QCA's notation, e.g. <c>DEV*~URB*LIT*STB</c>.</summary>
    public ImmutableArray<string> TermExpressions { get; }

    /// <summary>The solution in QCA's notation, e.g. <c>DEV*~URB*LIT*STB + DEV*LIT*IND*STB</c>.</summary>
    public string Expression { get; }

    /// <summary>The solution in QCA's notation.</summary>
    public override string ToString() => Expression;
}
