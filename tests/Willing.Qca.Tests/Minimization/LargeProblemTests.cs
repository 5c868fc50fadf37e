using Willing.Qca.Minimization;

namespace Willing.Qca.Tests.Minimization;

/// <summary>The benchmark's data (<see cref="SyntheticCrispData"/>): 400 seeded cases, outcome C1*C2 + C3*~C4 + C5*C6*C7.</summary>
public class LargeProblemTests
{
    [Fact]
    public void Minimize_SixteenConditionsWithRemainders_FindsTheGeneratingFormula()
    {
        // 16 conditions: about 220 positive and 180 negative rows and 65,000 remainders. The generating formula covers
        // no negative row, so it is a cover; nothing with fewer than three terms covers all positive rows.
        var problem = SyntheticCrispData.Parsimonious(16, 400, 2025);
        // Bounded memory, measured on this thread (the process-wide count includes the tests running beside it); the
        // time limit only guards against a hang: speed is the benchmark's business (bench/, QcaMinimizeBenchmarks).
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = Minimizer.Minimize(problem, new MinimizationOptions { TimeLimit = TimeSpan.FromSeconds(60) });
        var set = result.Parsimonious!;
        Assert.Equal("C1*C2 + C3*~C4 + C5*C6*C7", Assert.Single(result.Solutions).Expression);
        Assert.Equal(3, set.MinimalTermCount);
        Assert.True(set.PrimeImplicants.Length > 10_000, $"{set.PrimeImplicants.Length} prime implicants");
        Assert.All(set.PrimeImplicants, t => Assert.DoesNotContain(problem.NegativeRows, t.Covers));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 2_000_000_000, "allocated more than 2 GB");
    }

    [Fact]
    public void Minimize_TwelveConditionsAllPolicies_AgreeWithEachOther()
    {
        var (names, positive, negative) = SyntheticCrispData.TruthTable(12, 400, 11);
        var dirs = Enumerable.Repeat(DirectionalExpectation.Present, 12).ToArray();
        dirs[3] = DirectionalExpectation.Absent;
        var result = Minimizer.Minimize(MinimizationProblem.Intermediate(names, positive, negative, dirs));
        Assert.Equal("C1*C2 + C3*~C4 + C5*C6*C7", Assert.Single(result.Parsimonious!.Solutions).Expression);

        // Every intermediate term lies between a conservative one and a parsimonious one: it covers no negative row,
        // and each positive row is covered.
        foreach (var s in result.Solutions)
        {
            Assert.All(s.Terms, t => Assert.DoesNotContain(negative, t.Covers));
            Assert.All(positive, r => Assert.Contains(s.Terms, t => t.Covers(r)));
            Assert.All(s.Terms, t => Assert.Contains(result.Parsimonious.PrimeImplicants, p => p.Subsumes(t)));
        }

        Assert.True(result.Solutions.Max(s => s.Terms.Sum(t => t.LiteralCount)) <= result.Conservative!.Solutions.Min(s => s.Terms.Sum(t => t.LiteralCount)));
    }

    [Fact]
    public void Minimize_ConservativeTenConditions_SplitsTheChartAndReportsTheLimit()
    {
        // The conservative chart of the 10-condition data needs 86 terms and has more than 1,000 minimal solutions:
        // it falls apart into many small independent pieces, each solved alone, and the solutions are their products.
        // Without the split, proving that 86 is the minimum took more than 200 million search steps.
        var (names, positive, negative) = SyntheticCrispData.TruthTable(10, 400, 2025);
        var result = Minimizer.Minimize(MinimizationProblem.Conservative(names, positive, negative), new MinimizationOptions { TimeLimit = TimeSpan.FromSeconds(30) });
        var set = result.Conservative!;
        Assert.Equal(86, set.MinimalTermCount);
        Assert.Equal(1000, set.Solutions.Length);
        Assert.True(set.SolutionLimitReached);
        Assert.Equal(set.Solutions.Length, set.Solutions.Select(s => string.Join(",", s.ImplicantIndices.Order())).Distinct().Count());
        Assert.All(set.Solutions, s => Assert.All(positive, r => Assert.Contains(s.Terms, t => t.Covers(r))));
    }
}
