using Willing.Qca.Minimization;
using static Willing.Qca.Minimization.DirectionalExpectation;

namespace Willing.Qca.Tests.Minimization;

/// <summary>Intermediate solutions on a table of our own, derived by hand below and confirmed with QCA 3.25.1.</summary>
public class IntermediateTests
{
    private static readonly string[] Abc = ["A", "B", "C"];

    // Rows (A B C): positive 100 110 001 101 011, negative 010, remainders 000 and 111.
    private static readonly uint[] Positive = Rows.Codes("100", "110", "001", "101", "011");
    private static readonly uint[] Negative = Rows.Codes("010");

    [Fact]
    public void Minimize_TwoConservativeSolutions_EachPairDerivedAndTheSameSolutionListedOnce()
    {
        // Conservative: M1 = ~A*C + A*~C + A*~B, M2 = ~A*C + A*~C + ~B*C. Parsimonious: A + C (A takes the
        // remainder 111). Expectations: A none, B and C present.
        // C1P1: ~A*C lies in C and drops ~A, which has no expectation: kept, ~A*C. A*~C lies in A and drops ~C,
        // against C's expected presence: A. A*~B drops ~B, against B's: A. Selection {A, ~A*C}; the easy
        // counterfactual is 111; the positive rows with 111 are A + C.
        // C2P1: ~B*C lies in C and drops ~B: C. Selection {A, C, ~A*C}; again 111, again A + C.
        // QCA 3.25.1 prints "From C1P1, C2P1: M1: A + C".
        var result = Minimizer.Minimize(MinimizationProblem.Intermediate(Abc, Positive, Negative, [None, Present, Present]));
        Assert.Equal(["~A*C + A*~C + A*~B", "~A*C + A*~C + ~B*C"], result.Conservative!.Solutions.Select(s => s.Expression));
        Assert.Equal("A + C", Assert.Single(result.Parsimonious!.Solutions).Expression);
        Assert.Equal(["C1P1", "C2P1"], result.Intermediate.Select(s => s.Label));
        Assert.Equal(["A", "~A*C"], result.Intermediate[0].SelectionTerms.Select(t => t.ToExpression(Abc)));
        Assert.Equal(["A", "C", "~A*C"], result.Intermediate[1].SelectionTerms.Select(t => t.ToExpression(Abc)));
        Assert.All(result.Intermediate, s => Assert.Equal("A + C", Assert.Single(s.Result.Solutions).Expression));
        Assert.All(result.Intermediate, s => Assert.Equal(Rows.Codes("111"), Enumerable.Range(0, 8).Select(r => (uint)r).Where(s.IsEasyCounterfactual)));
        Assert.Equal("A + C", Assert.Single(result.Solutions).Expression);
        Assert.False(result.IsAmbiguous);
    }

    [Fact]
    public void Minimize_ExpectationsAgreeingWithTheComplexTerms_KeepThemWhole()
    {
        // Expectations A none, B absent, C absent: ~C in A*~C and ~B in A*~B agree and stay, and so does ~A in ~A*C
        // (no expectation): the selection terms are the complex terms themselves, no remainder is easy, and the
        // intermediate solutions of each pair are the conservative ones, still two of them (ambiguity carried through).
        // QCA 3.25.1: "From C1P1, C2P1: M1: ~A*C + A*~C + (A*~B), M2: ~A*C + A*~C + (~B*C)".
        var result = Minimizer.Minimize(MinimizationProblem.Intermediate(Abc, Positive, Negative, [None, Absent, Absent]));
        Assert.Equal(["~A*C + A*~C + A*~B", "~A*C + A*~C + ~B*C"], result.Solutions.Select(s => s.Expression));
        Assert.True(result.IsAmbiguous);
        Assert.All(result.Intermediate, s => Assert.Equal(2, s.Result.Solutions.Length));
        Assert.All(result.Intermediate, s => Assert.DoesNotContain(Enumerable.Range(0, 8), r => s.IsEasyCounterfactual((uint)r)));
    }
}
