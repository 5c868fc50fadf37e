using Willing.Qca.Minimization;

namespace Willing.Qca.Tests.Minimization;

/// <summary>The order rows are given in changes nothing: not the prime implicants, their order, the chart, or the solutions.</summary>
public class DeterminismTests
{
    [Theory]
    [InlineData(RemainderPolicy.Conservative)]
    [InlineData(RemainderPolicy.Parsimonious)]
    [InlineData(RemainderPolicy.Intermediate)]
    public void Minimize_ShuffledAndRepeatedRows_SameResult(RemainderPolicy policy)
    {
        var (names, positive, negative) = SyntheticCrispData.TruthTable(9, 120, 7);
        var dirs = Enumerable.Range(0, 9).Select(i => (DirectionalExpectation)(i % 3)).ToArray();
        var random = new Random(3);
        var shuffledPositive = positive.Concat(positive.Take(5)).OrderBy(_ => random.Next()).ToList();
        var shuffledNegative = negative.OrderBy(_ => random.Next()).ToList();
        var a = Minimizer.Minimize(Problem(policy, names, positive, negative, dirs));
        var b = Minimizer.Minimize(Problem(policy, names, shuffledPositive, shuffledNegative, dirs));
        Assert.NotEqual(positive, shuffledPositive.Take(positive.Count));
        Assert.Equal(Render(a), Render(b));
        Assert.NotEmpty(a.Solutions);
    }

    private static MinimizationProblem Problem(RemainderPolicy policy, string[] names, IEnumerable<uint> positive, IEnumerable<uint> negative, DirectionalExpectation[] dirs) => policy switch
    {
        RemainderPolicy.Conservative => MinimizationProblem.Conservative(names, positive, negative),
        RemainderPolicy.Parsimonious => MinimizationProblem.Parsimonious(names, positive, negative),
        _ => MinimizationProblem.Intermediate(names, positive, negative, dirs),
    };

    private static string Render(MinimizationResult r)
    {
        var sets = new[] { r.Conservative, r.Parsimonious }.Concat(r.Intermediate.Select(i => i.Result)).OfType<SolutionSet>();
        return string.Join("\n", sets.Select(s =>
            string.Join(",", s.PrimeImplicants.Select(t => t.ToExpression(s.Conditions)))
            + "|" + string.Join(";", Enumerable.Range(0, s.PrimeImplicants.Length).Select(i => string.Join(".", s.Chart.RowsCoveredBy(i))))
            + "|" + string.Join(" / ", s.Solutions.Select(x => x.Expression))))
            + "\n" + string.Join(" / ", r.Solutions.Select(x => x.Expression));
    }
}
