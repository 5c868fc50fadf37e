using System.Collections.Immutable;

namespace Willing.Qca.Minimization;

/// <summary>
/// Exact Boolean minimisation of a truth table, as QCA does it (Dușa's <c>minimize()</c>): every prime implicant, the
/// prime implicant chart, and every equally minimal solution, for the conservative, parsimonious and intermediate
/// policies.
/// </summary>
/// <remarks>
/// <para>
/// Conservative: the prime implicants of the positive rows alone, by iterated consensus. Parsimonious: the prime
/// implicants that cover a positive row and no negative or excluded row, every other row a don't-care, as the minimal
/// sets of conditions separating each positive row from all negative ones (no 2^k table is built). Intermediate
/// (Ragin and Sonnett 2005; Ragin 2008, ch. 9; QCA's <c>dir.exp</c>): for each conservative solution C and
/// parsimonious solution P, each term c of C subsumed by a term p of P gives the selection term c less the literals
/// p drops that an expectation contradicts; the positive rows and the remainders those terms cover (the easy
/// counterfactuals) are minimised with every other row negative, and the chart is solved over the positive rows.
/// </para>
/// <para>
/// A solution is a set of prime implicants covering every positive row with as few implicants as possible; all of
/// them are listed, up to <see cref="MinimizationOptions.MaxSolutions"/>. Work past the bounds of
/// <see cref="MinimizationOptions"/> ends with a <see cref="MinimizationLimitException"/>; cancellation with an
/// <see cref="OperationCanceledException"/>.
/// </para>
/// </remarks>
public static class Minimizer
{
    /// <summary>Minimises the problem under its policy.</summary>
    /// <exception cref="MinimizationLimitException">A bound of <paramref name="options"/> was reached.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static MinimizationResult Minimize(MinimizationProblem problem, MinimizationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= MinimizationOptions.Default;
        options.Validate();
        var budget = new Budget(options, cancellationToken);
        SolutionSet? conservative = null, parsimonious = null;
        var intermediate = ImmutableArray<IntermediateSolutionSet>.Empty;
        if (problem.Policy != RemainderPolicy.Parsimonious)
            conservative = SolveConservative(problem, budget);
        if (problem.Policy != RemainderPolicy.Conservative)
            parsimonious = SolveParsimonious(problem, budget);
        if (problem.Policy == RemainderPolicy.Intermediate)
            intermediate = SolveIntermediate(problem, conservative!, parsimonious!, budget);
        return new MinimizationResult(problem, conservative, parsimonious, intermediate);
    }

    private static SolutionSet SolveConservative(MinimizationProblem problem, Budget budget)
    {
        budget.Begin("conservative prime implicants");
        int k = problem.ConditionCount;
        var primes = ConsensusPrimes.Compute(problem.PositiveRows.Select(r => Implicant.Minterm(r, k)), budget);
        return Chart(problem, primes, "conservative chart", budget);
    }

    private static SolutionSet SolveParsimonious(MinimizationProblem problem, Budget budget)
    {
        budget.Begin("parsimonious prime implicants");
        var off = OffRows(problem, budget);
        var primes = TransversalPrimes.Compute(problem.PositiveRows, off, problem.ConditionCount, budget);
        return Chart(problem, primes, "parsimonious chart", budget);
    }

    /// <summary>The rows no parsimonious term may cover: the negative rows, the excluded ones, and the remainders the predicate excludes.</summary>
    private static List<uint> OffRows(MinimizationProblem problem, Budget budget)
    {
        var off = new SortedSet<uint>(problem.NegativeRows);
        off.UnionWith(problem.ExcludedRows);
        if (problem.ExcludeRemainder is { } exclude)
        {
            var positive = problem.PositiveRows.ToHashSet();
            uint rows = 1u << problem.ConditionCount;
            for (uint r = 0; r < rows; r++)
            {
                budget.Step();
                if (!positive.Contains(r) && !off.Contains(r) && exclude(r))
                    off.Add(r);
            }
        }

        return [.. off];
    }

    private static ImmutableArray<IntermediateSolutionSet> SolveIntermediate(MinimizationProblem problem, SolutionSet conservative, SolutionSet parsimonious, Budget budget)
    {
        int k = problem.ConditionCount;
        var order = new ImplicantOrder(k);
        long pairs = (long)conservative.Solutions.Length * parsimonious.Solutions.Length;
        if (pairs > budget.Options.MaxIntermediatePairs)
            throw new MinimizationLimitException(MinimizationLimit.IntermediatePairs, $"intermediate solutions: {conservative.Solutions.Length} conservative × {parsimonious.Solutions.Length} parsimonious solutions make {pairs:N0} pairs, more than {budget.Options.MaxIntermediatePairs:N0}", "MinimizationOptions.MaxIntermediatePairs");
        var sets = ImmutableArray.CreateBuilder<IntermediateSolutionSet>();
        for (int c = 0; c < conservative.Solutions.Length; c++)
        {
            for (int p = 0; p < parsimonious.Solutions.Length; p++)
            {
                string label = $"intermediate C{c + 1}P{p + 1}";
                budget.Begin(label);
                var selection = SelectionTerms(conservative.Solutions[c].Terms, parsimonious.Solutions[p].Terms, problem.Expectations)
                    .Order(order).ToImmutableArray();
                var onSet = problem.PositiveRows.Select(r => Implicant.Minterm(r, k)).Concat(selection);
                var primes = ConsensusPrimes.Compute(onSet, budget);
                var result = Chart(problem, primes, label + " chart", budget);
                sets.Add(new IntermediateSolutionSet(c, p, selection, problem.PositiveRows, result));
            }
        }

        return sets.ToImmutable();
    }

    /// <summary>
    /// The intermediate selection terms: for each complex term and each parsimonious term that subsumes it, the complex
    /// term less the literals the parsimonious one drops that the expectations contradict (QCA's easy counterfactuals).
    /// </summary>
    internal static IEnumerable<Implicant> SelectionTerms(ImmutableArray<Implicant> complex, ImmutableArray<Implicant> parsimonious, ImmutableArray<DirectionalExpectation> expectations)
    {
        uint expectPresent = 0, expectAbsent = 0;
        for (int i = 0; i < expectations.Length; i++)
        {
            if (expectations[i] == DirectionalExpectation.Present)
                expectPresent |= 1u << i;
            else if (expectations[i] == DirectionalExpectation.Absent)
                expectAbsent |= 1u << i;
        }

        var terms = new HashSet<Implicant>();
        foreach (var c in complex)
        {
            foreach (var p in parsimonious)
            {
                if (!p.Subsumes(c))
                    continue;
                uint droppedByP = c.Care & ~p.Care;
                uint contradicts = (expectPresent & ~c.Values) | (expectAbsent & c.Values);
                uint care = c.Care & ~(droppedByP & contradicts);
                terms.Add(new Implicant(care, c.Values & care));
            }
        }

        return terms;
    }

    /// <summary>Sorts the prime implicants that cover a positive row, builds their chart and finds every minimal solution.</summary>
    private static SolutionSet Chart(MinimizationProblem problem, List<Implicant> primes, string phase, Budget budget)
    {
        budget.Begin(phase);
        var rows = problem.PositiveRows;
        int words = (rows.Length + 63) >> 6;
        var relevant = new List<(Implicant Term, ulong[] Cover)>();
        foreach (var t in primes)
        {
            var cover = new ulong[words];
            bool any = false;
            for (int r = 0; r < rows.Length; r++)
            {
                if (t.Covers(rows[r]))
                {
                    cover[r >> 6] |= 1UL << (r & 63);
                    any = true;
                }
            }

            budget.Steps(rows.Length);
            if (any)
                relevant.Add((t, cover));
        }

        budget.CheckPrimeCount(relevant.Count);
        relevant = new ImplicantOrder(problem.ConditionCount).SortLikeQca(relevant, x => x.Term);
        var flat = new ulong[relevant.Count * words];
        for (int i = 0; i < relevant.Count; i++)
            relevant[i].Cover.CopyTo(flat, i * words);
        ImmutableArray<Implicant> implicants = [.. relevant.Select(x => x.Term)];
        var chart = new PrimeImplicantChart(rows, implicants.Length, flat);
        var search = new CoverSearch(rows.Length, implicants.Length, flat, budget);
        search.Solve();
        var sorted = search.Solutions.Order(Comparer<int[]>.Create(CompareIndices)).ToList();
        var common = sorted[0].ToHashSet();
        foreach (var s in sorted)
            common.IntersectWith(s);

        // QCA writes the terms every solution shares first, then the others, each part in the order of the chart.
        var solutions = sorted
            .Select(s => s.OrderBy(i => common.Contains(i) ? 0 : 1).ThenBy(i => i).ToArray())
            .Select(s => new Solution([.. s], [.. s.Select(i => implicants[i])], problem.Conditions))
            .ToImmutableArray();
        return new SolutionSet(problem.Conditions, implicants, chart, solutions, search.MinimumSize, search.LimitReached);
    }

    private static int CompareIndices(int[] a, int[] b)
    {
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
                return a[i].CompareTo(b[i]);
        }

        return a.Length.CompareTo(b.Length);
    }
}
