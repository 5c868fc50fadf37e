using CsCheck;
using Willing.Qca.Minimization;

namespace Willing.Qca.Tests.Minimization;

/// <summary>The engine against <see cref="BruteForceOracle"/> on random truth tables of up to 5 conditions, for the three policies.</summary>
public class OracleTests
{
    /// <summary>A random truth table: each row positive (30%), negative (30%), an excluded remainder (10%) or a usable one (30%).</summary>
    internal sealed record RandomTable(int K, uint[] Positive, uint[] Negative, uint[] Excluded, bool ByPredicate, DirectionalExpectation[] Dirs)
    {
        public string[] Names => [.. Enumerable.Range(0, K).Select(i => ((char)('A' + i)).ToString())];

        public override string ToString() =>
            $"k={K} pos=[{string.Join(",", Positive)}] neg=[{string.Join(",", Negative)}] excl=[{string.Join(",", Excluded)}] predicate={ByPredicate} dirs=[{string.Join(",", Dirs)}]";
    }

    internal static readonly Gen<RandomTable> Tables =
        Gen.Int[1, 5].SelectMany(k => Gen.Select(Gen.Int[0, 9].Array[1 << k], Gen.Int[0, 2].Array[k], Gen.Bool, (states, dirs, byPredicate) =>
        {
            var rows = Enumerable.Range(0, 1 << k).Select(r => (uint)r).ToArray();
            return new RandomTable(
                k,
                [.. rows.Where(r => states[r] <= 2)],
                [.. rows.Where(r => states[r] is >= 3 and <= 5)],
                [.. rows.Where(r => states[r] == 6)],
                byPredicate,
                [.. dirs.Select(d => (DirectionalExpectation)d)]);
        })).Where(t => t.Positive.Length > 0);

    [Fact]
    public void Conservative_RandomTables_MatchBruteForce()
    {
        int compared = 0;
        Tables.Sample(t =>
        {
            var result = Minimizer.Minimize(MinimizationProblem.Conservative(t.Names, t.Positive, t.Negative));
            var positive = t.Positive.ToHashSet();
            if (Check(t.K, result.Conservative!, positive.Contains, t.Positive))
                Interlocked.Increment(ref compared);
            Assert.Same(result.Conservative!.Solutions[0], result.Solutions[0]);
        }, iter: 400);
        Assert.True(compared > 300, $"only {compared} covers compared");
    }

    [Fact]
    public void Parsimonious_RandomTables_MatchBruteForce()
    {
        int compared = 0;
        Tables.Sample(t =>
        {
            var result = Minimizer.Minimize(Parsimonious(t));
            var off = t.Negative.Concat(t.Excluded).ToHashSet();
            if (Check(t.K, result.Parsimonious!, r => !off.Contains(r), t.Positive))
                Interlocked.Increment(ref compared);
        }, iter: 400);
        Assert.True(compared > 300, $"only {compared} covers compared");
    }

    [Fact]
    public void Intermediate_RandomTables_MatchDefinition()
    {
        int compared = 0;
        Tables.Sample(t =>
        {
            var problem = MinimizationProblem.Intermediate(t.Names, t.Positive, t.Negative, t.Dirs, t.ByPredicate ? null : t.Excluded, t.ByPredicate ? t.Excluded.Contains : null);
            var result = Minimizer.Minimize(problem);
            var conservative = result.Conservative!;
            var parsimonious = result.Parsimonious!;
            Assert.Equal(conservative.Solutions.Length * parsimonious.Solutions.Length, result.Intermediate.Length);
            foreach (var set in result.Intermediate)
            {
                var selection = BruteForceOracle.Selection(conservative.Solutions[set.ConservativeIndex].Terms, parsimonious.Solutions[set.ParsimoniousIndex].Terms, t.Dirs);
                Assert.Equal(selection.OrderBy(x => x.Care).ThenBy(x => x.Values), set.SelectionTerms.OrderBy(x => x.Care).ThenBy(x => x.Values));
                var positive = t.Positive.ToHashSet();
                bool Allowed(uint r) => positive.Contains(r) || selection.Any(s => s.Covers(r));
                for (uint r = 0; r < 1u << t.K; r++)
                    Assert.Equal(!positive.Contains(r) && Allowed(r), set.IsEasyCounterfactual(r));
                if (Check(t.K, set.Result, Allowed, t.Positive))
                    Interlocked.Increment(ref compared);
            }

            var distinct = result.Intermediate.SelectMany(s => s.Result.Solutions).Select(s => s.Expression).Distinct().ToList();
            Assert.Equal(distinct, result.Solutions.Select(s => s.Expression));
        }, iter: 300);
        Assert.True(compared > 200, $"only {compared} covers compared");
    }

    private static MinimizationProblem Parsimonious(RandomTable t) =>
        t.ByPredicate
            ? MinimizationProblem.Parsimonious(t.Names, t.Positive, t.Negative, excludeRemainder: t.Excluded.Contains)
            : MinimizationProblem.Parsimonious(t.Names, t.Positive, t.Negative, t.Excluded);

    /// <summary>Compares primes, chart, essentials, order and (when the oracle can afford them) the minimum covers; true if covers were compared.</summary>
    internal static bool Check(int k, SolutionSet set, Func<uint, bool> allowed, uint[] positive)
    {
        var expected = BruteForceOracle.Primes(k, allowed, positive);
        Assert.Equal(Key(expected), Key(set.PrimeImplicants));
        // QCA's order is checked against QCA itself (QcaReferenceTests); here: fewer literals first.
        for (int i = 1; i < set.PrimeImplicants.Length; i++)
            Assert.True(set.PrimeImplicants[i - 1].LiteralCount <= set.PrimeImplicants[i].LiteralCount, "prime implicants out of QCA's order");
        var rows = positive.Order().ToArray();
        Assert.Equal(rows, set.Chart.Rows);
        for (int i = 0; i < set.PrimeImplicants.Length; i++)
        {
            for (int r = 0; r < rows.Length; r++)
                Assert.Equal(set.PrimeImplicants[i].Covers(rows[r]), set.Chart.Covers(i, r));
        }

        var essential = rows.Select(r => expected.Where(t => t.Covers(r)).ToList()).Where(l => l.Count == 1).Select(l => l[0]).ToHashSet();
        Assert.Equal(Key(essential), Key(set.EssentialImplicants));
        var covers = BruteForceOracle.MinimumCovers(k, expected, rows);
        Assert.False(set.SolutionLimitReached);
        foreach (var s in set.Solutions)
        {
            Assert.Equal(set.MinimalTermCount, s.Terms.Length);
            Assert.Equal(s.Terms, s.ImplicantIndices.Select(i => set.PrimeImplicants[i]));
        }

        if (covers is null)
            return false;
        Assert.Equal(covers[0].Count, set.MinimalTermCount);
        Assert.Equal(covers.Select(Key).Order(StringComparer.Ordinal), set.Solutions.Select(s => Key(s.Terms)).Order(StringComparer.Ordinal));
        return true;
    }

    private static string Key(IEnumerable<Implicant> terms) => string.Join(" ", terms.Select(t => $"{t.Care}:{t.Values}").Order(StringComparer.Ordinal));
}
