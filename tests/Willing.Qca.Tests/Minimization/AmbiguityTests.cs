using Willing.Qca.Minimization;

namespace Willing.Qca.Tests.Minimization;

/// <summary>Model ambiguity: several equally minimal solutions are all listed, in a stated order, never one chosen.</summary>
public class AmbiguityTests
{
    private static readonly string[] Abc = ["A", "B", "C"];

    [Fact]
    public void Minimize_CyclicChart_ListsBothSolutions()
    {
        // The textbook cyclic function: rows 000 001 010 101 110 111 (A first) positive, 011 and 100 negative. Its six
        // prime implicants each cover two rows and each row is covered by two, so no implicant is essential and there
        // are exactly two minimal covers of three. QCA 3.25.1 prints the same chart and
        // M1: ~A*~B + A*C + B*~C, M2: ~A*~C + A*B + ~B*C.
        var result = Minimizer.Minimize(MinimizationProblem.Conservative(Abc, Rows.Codes("000", "001", "010", "101", "110", "111"), Rows.Codes("011", "100")));
        Assert.True(result.IsAmbiguous);
        Assert.Equal(["~A*~B + A*C + B*~C", "~A*~C + A*B + ~B*C"], result.Solutions.Select(s => s.Expression));
        var set = result.Conservative!;
        Assert.Equal(["~A*~B", "~A*~C", "A*B", "A*C", "~B*C", "B*~C"], set.PrimeImplicants.Select(t => t.ToExpression(Abc)));
        Assert.Empty(set.EssentialImplicants);
        Assert.Empty(set.CommonImplicants);
        Assert.Equal(3, set.MinimalTermCount);
        Assert.False(set.SolutionLimitReached);
    }

    [Fact]
    public void Minimize_TwoSolutionsSharingTerms_MarksTheSharedOnes()
    {
        // Positive 100 110 001 101 011, negative 010, remainders 000 and 111 unused (conservative). QCA 3.25.1:
        // M1: ~A*C + A*~C + (A*~B), M2: ~A*C + A*~C + (~B*C) — the first two in both, the third a choice.
        var result = Minimizer.Minimize(MinimizationProblem.Conservative(Abc, Rows.Codes("100", "110", "001", "101", "011"), Rows.Codes("010")));
        Assert.Equal(["~A*C + A*~C + A*~B", "~A*C + A*~C + ~B*C"], result.Solutions.Select(s => s.Expression));
        var set = result.Conservative!;
        Assert.Equal(["~A*C", "A*~C"], set.CommonImplicants.Select(t => t.ToExpression(Abc)));
        Assert.Equal(["~A*C", "A*~C"], set.EssentialImplicants.Select(t => t.ToExpression(Abc)));
        Assert.Equal(["~A*C", "A*~B", "A*~C", "~B*C"], set.PrimeImplicants.Select(t => t.ToExpression(Abc)));
    }

    [Fact]
    public void Minimize_ManySolutionsAndALowLimit_SaysTheListIsIncomplete()
    {
        // A random table over seven conditions (drawn for Fixtures/qca-random.R, where QCA 3.25.1 ran out of memory on
        // its parsimonious chart) whose conservative chart has 24
        // minimal solutions of 20 terms: with MaxSolutions = 5, five of them are listed and the limit is reported.
        string[] names = ["A", "B", "C", "D", "E", "F", "G"];
        uint[] positive = [0, 3, 4, 12, 16, 17, 18, 20, 22, 28, 29, 31, 33, 35, 36, 38, 39, 41, 46, 47, 48, 49, 60, 61, 64, 68, 70, 72, 82, 85, 90, 91, 94, 99, 110, 112, 113, 116, 118, 123, 124, 126];
        uint[] negative = [1, 6, 9, 10, 11, 13, 23, 24, 25, 26, 30, 34, 37, 45, 52, 56, 57, 58, 59, 65, 66, 67, 69, 73, 74, 75, 76, 77, 78, 80, 83, 88, 89, 92, 93, 95, 97, 98, 100, 101, 103, 104, 105, 106, 109, 114, 115, 117, 119, 120, 121, 127];
        var problem = MinimizationProblem.Conservative(names, positive, negative);
        var all = Minimizer.Minimize(problem);
        Assert.Equal(24, all.Solutions.Length);
        Assert.Equal(20, all.Conservative!.MinimalTermCount);
        Assert.False(all.SolutionLimitReached);
        var limited = Minimizer.Minimize(problem, new MinimizationOptions { MaxSolutions = 5 });
        Assert.Equal(5, limited.Solutions.Length);
        Assert.True(limited.SolutionLimitReached);
        Assert.True(limited.Conservative!.SolutionLimitReached);
        // The terms shared by the solutions listed are written first, so compare the sets of terms.
        static string Terms(Solution s) => string.Join(",", s.ImplicantIndices.Order());
        Assert.All(limited.Solutions, s => Assert.Contains(Terms(s), all.Solutions.Select(Terms)));
        var exact = Minimizer.Minimize(problem, new MinimizationOptions { MaxSolutions = 24 });
        Assert.False(exact.SolutionLimitReached);
    }
}
