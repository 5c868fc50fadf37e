using Willing.Qca.Minimization;

namespace Willing.Qca.Tests.Minimization;

/// <summary>Bounds, cancellation and refused input: a typed error, never a crash, a hang or a silent partial answer.</summary>
public class LimitTests
{
    private static readonly MinimizationProblem Large = SyntheticCrispData.Parsimonious(16, 400, 2025);

    [Fact]
    public void Minimize_MorePrimesThanAllowed_ThrowsPrimeImplicantLimit()
    {
        var ex = Assert.Throws<MinimizationLimitException>(() => Minimizer.Minimize(Large, new MinimizationOptions { MaxPrimeImplicants = 1000 }));
        Assert.Equal(MinimizationLimit.PrimeImplicants, ex.Limit);
        Assert.Contains("MaxPrimeImplicants", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Minimize_TooFewSteps_ThrowsSearchStepLimit()
    {
        var ex = Assert.Throws<MinimizationLimitException>(() => Minimizer.Minimize(Large, new MinimizationOptions { MaxSearchSteps = 10_000 }));
        Assert.Equal(MinimizationLimit.SearchSteps, ex.Limit);
    }

    [Fact]
    public void Minimize_TinyTimeLimit_ThrowsTimeLimit()
    {
        var ex = Assert.Throws<MinimizationLimitException>(() => Minimizer.Minimize(Large, new MinimizationOptions { TimeLimit = TimeSpan.FromTicks(1) }));
        Assert.Equal(MinimizationLimit.Time, ex.Limit);
    }

    [Fact]
    public void Minimize_MoreIntermediatePairsThanAllowed_ThrowsPairLimit()
    {
        // The cyclic chart has two conservative solutions, so there are at least two pairs.
        var problem = MinimizationProblem.Intermediate(["A", "B", "C"], Rows.Codes("000", "001", "010", "101", "110", "111"), Rows.Codes("011"), [DirectionalExpectation.Present, DirectionalExpectation.None, DirectionalExpectation.None]);
        var result = Minimizer.Minimize(problem);
        Assert.Equal(result.Conservative!.Solutions.Length * result.Parsimonious!.Solutions.Length, result.Intermediate.Length);
        Assert.True(result.Intermediate.Length >= 2);
        var ex = Assert.Throws<MinimizationLimitException>(() => Minimizer.Minimize(problem, new MinimizationOptions { MaxIntermediatePairs = 1 }));
        Assert.Equal(MinimizationLimit.IntermediatePairs, ex.Limit);
    }

    [Fact]
    public void Minimize_Cancelled_ThrowsOperationCanceled()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Minimizer.Minimize(Large, cancellationToken: source.Token));
    }

    [Fact]
    public void Minimize_NoNegativeRowAndRemainders_IsTheUniverse()
    {
        var result = Minimizer.Minimize(MinimizationProblem.Parsimonious(["A", "B"], [1, 2], []));
        Assert.Equal("1", Assert.Single(result.Solutions).Expression);
    }

    [Fact]
    public void Create_InvalidInput_Refused()
    {
        Assert.Throws<ArgumentException>(() => MinimizationProblem.Conservative(["A", "B"], [], [1]));
        Assert.Throws<ArgumentException>(() => MinimizationProblem.Conservative(["A", "B"], [1], [1]));
        Assert.Throws<ArgumentException>(() => MinimizationProblem.Conservative(["A", "B"], [4], []));
        Assert.Throws<ArgumentException>(() => MinimizationProblem.Conservative(["A", "A"], [1], []));
        Assert.Throws<ArgumentException>(() => MinimizationProblem.Conservative([], [0], []));
        Assert.Throws<ArgumentException>(() => MinimizationProblem.Conservative(Enumerable.Range(0, 31).Select(i => "C" + i), [0], []));
        Assert.Throws<ArgumentException>(() => MinimizationProblem.Parsimonious(["A", "B"], [1], [2], excluded: [1]));
        Assert.Throws<ArgumentException>(() => MinimizationProblem.Intermediate(["A", "B"], [1], [2], [DirectionalExpectation.Present]));
        Assert.Throws<ArgumentException>(() => MinimizationProblem.Parsimonious(Enumerable.Range(0, 23).Select(i => "C" + i), [0], [1], excludeRemainder: _ => false));
        Assert.Throws<ArgumentException>(() => new Implicant(0b01, 0b10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Minimizer.Minimize(MinimizationProblem.Conservative(["A"], [1], [0]), new MinimizationOptions { MaxSolutions = 0 }));
    }

    [Fact]
    public void Minimize_ThirtyConditions_Solves()
    {
        // k = 30 with a handful of rows: nothing of size 2^30 is built.
        var names = Enumerable.Range(1, 30).Select(i => "X" + i).ToArray();
        uint[] positive = [0x3FFF_FFFF, 0x3FFF_FFFE, 0x0000_0001];
        uint[] negative = [0, 0x2AAA_AAAA, 0x1555_5554];
        var parsimonious = Minimizer.Minimize(MinimizationProblem.Parsimonious(names, positive, negative));
        Assert.All(parsimonious.Solutions, s => Assert.All(s.Terms, t => Assert.DoesNotContain(negative, t.Covers)));
        Assert.All(positive, r => Assert.Contains(parsimonious.Solutions[0].Terms, t => t.Covers(r)));
        var dirs = Enumerable.Repeat(DirectionalExpectation.Present, 30);
        var intermediate = Minimizer.Minimize(MinimizationProblem.Intermediate(names, positive, negative, dirs));
        Assert.NotEmpty(intermediate.Solutions);
        // The two all-but-one-ones rows differ only in X1 and merge; 0x1 stays a minterm.
        var conservative = intermediate.Conservative!.Solutions.Single().Terms;
        Assert.Equal([29, 30], conservative.Select(t => t.LiteralCount));
        Assert.All(intermediate.Solutions, s => Assert.All(s.Terms, t => Assert.DoesNotContain(negative, t.Covers)));
    }
}
