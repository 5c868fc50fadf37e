using System.Collections.Immutable;

namespace Willing.Qca.Minimization;

/// <summary>
/// What to minimise: the conditions, the positive and negative truth-table rows, and which remainders may be used.
/// </summary>
/// <remarks>
/// A row is a code with bit <c>i</c> equal to the value of condition <c>i</c> (at most <see cref="MaxConditions"/>
/// conditions). The caller decides what a row is: contradictions, consistency cut-offs and frequency thresholds are
/// settled before the rows reach this type. Every code that is neither positive nor negative is a remainder.
/// Rows are kept sorted and without duplicates, so the order they were given in never matters.
/// An excluded row (an untenable remainder, or a contradictory simplifying assumption) is treated as negative by the
/// parsimonious and intermediate solutions; an exclusion predicate is asked about every remainder, so it is only
/// accepted with at most <see cref="MaxPredicateConditions"/> conditions.
/// </remarks>
public sealed class MinimizationProblem
{
    /// <summary>The largest number of conditions: row codes and terms are 32-bit masks, and 30 keeps every count of rows in range.</summary>
    public const int MaxConditions = 30;

    /// <summary>The largest number of conditions with which an exclusion predicate is accepted (it is asked about each of the 2^k rows).</summary>
    public const int MaxPredicateConditions = 22;

    private MinimizationProblem(
        ImmutableArray<string> conditions,
        ImmutableArray<uint> positive,
        ImmutableArray<uint> negative,
        RemainderPolicy policy,
        ImmutableArray<uint> excluded,
        Func<uint, bool>? excludeRemainder,
        ImmutableArray<DirectionalExpectation> expectations)
    {
        Conditions = conditions;
        PositiveRows = positive;
        NegativeRows = negative;
        Policy = policy;
        ExcludedRows = excluded;
        ExcludeRemainder = excludeRemainder;
        Expectations = expectations;
    }

    /// <summary>The condition names, in condition order (condition <c>i</c> is bit <c>i</c> of a row code).</summary>
    public ImmutableArray<string> Conditions { get; }

    /// <summary>The number of conditions.</summary>
    public int ConditionCount => Conditions.Length;

    /// <summary>The rows with the outcome (to be explained), ascending and distinct.</summary>
    public ImmutableArray<uint> PositiveRows { get; }

    /// <summary>The rows without the outcome, ascending and distinct.</summary>
    public ImmutableArray<uint> NegativeRows { get; }

    /// <summary>Which remainders the minimisation may use.</summary>
    public RemainderPolicy Policy { get; }

    /// <summary>Remainders that may not be used (ascending, distinct; negative rows given here change nothing).</summary>
    public ImmutableArray<uint> ExcludedRows { get; }

    /// <summary>A predicate saying which remainders may not be used, or null.</summary>
    public Func<uint, bool>? ExcludeRemainder { get; }

    /// <summary>One directional expectation per condition for <see cref="RemainderPolicy.Intermediate"/>; empty otherwise.</summary>
    public ImmutableArray<DirectionalExpectation> Expectations { get; }

    /// <summary>The conservative (complex) problem: no remainder is used, so the negative rows do not change the result.</summary>
    /// <exception cref="ArgumentException">The names or rows are invalid (see <see cref="Validate"/>).</exception>
    public static MinimizationProblem Conservative(IEnumerable<string> conditions, IEnumerable<uint> positive, IEnumerable<uint> negative) =>
        Create(conditions, positive, negative, RemainderPolicy.Conservative, null, null, null);

    /// <summary>The parsimonious problem: every remainder is a don't-care, except the excluded rows and those the predicate excludes.</summary>
    /// <exception cref="ArgumentException">The names or rows are invalid (see <see cref="Validate"/>).</exception>
    public static MinimizationProblem Parsimonious(
        IEnumerable<string> conditions,
        IEnumerable<uint> positive,
        IEnumerable<uint> negative,
        IEnumerable<uint>? excluded = null,
        Func<uint, bool>? excludeRemainder = null) =>
        Create(conditions, positive, negative, RemainderPolicy.Parsimonious, excluded, excludeRemainder, null);

    /// <summary>
    /// The intermediate problem: the easy counterfactuals that <paramref name="expectations"/> (one per condition) allow,
    /// among the remainders the parsimonious problem would use (so exclusions apply here too).
    /// </summary>
    /// <exception cref="ArgumentException">The names, rows or expectations are invalid (see <see cref="Validate"/>).</exception>
    public static MinimizationProblem Intermediate(
        IEnumerable<string> conditions,
        IEnumerable<uint> positive,
        IEnumerable<uint> negative,
        IEnumerable<DirectionalExpectation> expectations,
        IEnumerable<uint>? excluded = null,
        Func<uint, bool>? excludeRemainder = null) =>
        Create(conditions, positive, negative, RemainderPolicy.Intermediate, excluded, excludeRemainder, expectations ?? throw new ArgumentNullException(nameof(expectations)));

    /// <summary>The same rows and exclusions under another policy (expectations are needed for, and kept only by, the intermediate one).</summary>
    /// <exception cref="ArgumentException">The intermediate policy is asked for without expectations of the right length.</exception>
    public MinimizationProblem WithPolicy(RemainderPolicy policy, IEnumerable<DirectionalExpectation>? expectations = null)
    {
        var expected = policy == RemainderPolicy.Intermediate ? [.. expectations ?? Expectations] : ImmutableArray<DirectionalExpectation>.Empty;
        Validate(Conditions, PositiveRows, NegativeRows, policy, ExcludedRows, ExcludeRemainder, expected);
        return new MinimizationProblem(Conditions, PositiveRows, NegativeRows, policy, ExcludedRows, ExcludeRemainder, expected);
    }

    private static MinimizationProblem Create(
        IEnumerable<string> conditions,
        IEnumerable<uint> positive,
        IEnumerable<uint> negative,
        RemainderPolicy policy,
        IEnumerable<uint>? excluded,
        Func<uint, bool>? excludeRemainder,
        IEnumerable<DirectionalExpectation>? expectations)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        ArgumentNullException.ThrowIfNull(positive);
        ArgumentNullException.ThrowIfNull(negative);
        ImmutableArray<string> names = [.. conditions];
        ImmutableArray<uint> pos = [.. positive.Distinct().Order()];
        ImmutableArray<uint> neg = [.. negative.Distinct().Order()];
        ImmutableArray<uint> excl = excluded is null ? [] : [.. excluded.Distinct().Order()];
        ImmutableArray<DirectionalExpectation> expected = expectations is null ? [] : [.. expectations];
        Validate(names, pos, neg, policy, excl, excludeRemainder, expected);
        return new MinimizationProblem(names, pos, neg, policy, excl, excludeRemainder, expected);
    }

    /// <summary>
    /// Refuses: no or more than <see cref="MaxConditions"/> conditions, empty or repeated names, no positive row, a code
    /// with a bit beyond the last condition, a row both positive and negative, a positive row excluded, a predicate with
    /// more than <see cref="MaxPredicateConditions"/> conditions, and intermediate expectations not one per condition.
    /// </summary>
    private static void Validate(
        ImmutableArray<string> names,
        ImmutableArray<uint> pos,
        ImmutableArray<uint> neg,
        RemainderPolicy policy,
        ImmutableArray<uint> excl,
        Func<uint, bool>? excludeRemainder,
        ImmutableArray<DirectionalExpectation> expected)
    {
        if (names.IsEmpty || names.Length > MaxConditions)
            throw new ArgumentException($"between 1 and {MaxConditions} conditions are needed, not {names.Length}", nameof(names));
        for (int i = 0; i < names.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i]))
                throw new ArgumentException($"condition {i} has no name", nameof(names));
            for (int j = 0; j < i; j++)
            {
                if (names[j] == names[i])
                    throw new ArgumentException($"condition name '{names[i]}' is used twice (conditions {j} and {i})", nameof(names));
            }
        }

        if (!Enum.IsDefined(policy))
            throw new ArgumentException($"unknown remainder policy {(int)policy}", nameof(policy));
        if (pos.IsEmpty)
            throw new ArgumentException("there is no positive row to explain", nameof(pos));
        uint outside = ~Implicant.FullMask(names.Length);
        CheckCodes(pos, outside, "positive", names.Length);
        CheckCodes(neg, outside, "negative", names.Length);
        CheckCodes(excl, outside, "excluded", names.Length);
        var positives = pos.ToHashSet();
        foreach (uint row in neg)
        {
            if (positives.Contains(row))
                throw new ArgumentException($"row {row} is both positive and negative: settle contradictions before minimising", nameof(neg));
        }

        foreach (uint row in excl)
        {
            if (positives.Contains(row))
                throw new ArgumentException($"row {row} is positive and cannot be excluded as a remainder", nameof(excl));
        }

        if (excludeRemainder is not null && names.Length > MaxPredicateConditions)
            throw new ArgumentException($"an exclusion predicate is asked about every row, so it is accepted with at most {MaxPredicateConditions} conditions, not {names.Length}: give the excluded rows instead", nameof(excludeRemainder));
        if (policy == RemainderPolicy.Intermediate)
        {
            if (expected.Length != names.Length)
                throw new ArgumentException($"intermediate solutions need one directional expectation per condition: {names.Length} conditions, {expected.Length} expectations", nameof(expected));
            foreach (var e in expected)
            {
                if (!Enum.IsDefined(e))
                    throw new ArgumentException($"unknown directional expectation {(int)e}", nameof(expected));
            }
        }
        else if (!expected.IsEmpty)
        {
            throw new ArgumentException("directional expectations are only used by the intermediate policy", nameof(expected));
        }
    }

    private static void CheckCodes(ImmutableArray<uint> rows, uint outside, string what, int k)
    {
        foreach (uint row in rows)
        {
            if ((row & outside) != 0)
                throw new ArgumentException($"{what} row code {row} has a bit beyond the {k} conditions", nameof(rows));
        }
    }
}
