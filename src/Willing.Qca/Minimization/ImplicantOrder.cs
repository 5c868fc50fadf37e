namespace Willing.Qca.Minimization;

/// <summary>
/// The order of prime implicants: a strict order used to start from, and QCA's own sort applied to it.
/// </summary>
/// <remarks>
/// <para>
/// The strict order: fewer literals first, then condition by condition (in condition order) a negated literal before
/// a positive one before an absent one. It orders the Lipset conservative solution as QCA does,
/// <c>DEV*~URB*LIT*STB + DEV*LIT*IND*STB</c>: both terms have four literals, and at URB a negated literal comes before
/// an absent one.
/// </para>
/// <para>
/// QCA's sort (<c>sortExpressions</c>, and <c>sort_cols</c>/<c>sort_matrix</c> in its C code, in QCA 3.25.1) makes,
/// for each condition from the last to the first, a stable pass putting the terms with the condition present first,
/// then those with it negated, then those without it; then, among the terms that have the condition, the negated
/// ones before the positive ones; and finally a stable pass by number of literals. When every term has the
/// condition, the last term of the first pass (a negated one) is left out of the second pass and so stays after the
/// positive ones. That is why QCA writes <c>B*C*D + ~B*~C*D</c> but <c>~A*~B + A*C + B*~C</c>; this class
/// reproduces it, starting from the strict order.
/// </para>
/// </remarks>
internal sealed class ImplicantOrder(int conditionCount) : IComparer<Implicant>
{
    public int Compare(Implicant a, Implicant b)
    {
        int byLength = a.LiteralCount.CompareTo(b.LiteralCount);
        if (byLength != 0)
            return byLength;
        for (int i = 0; i < conditionCount; i++)
        {
            int ka = Key(a, i), kb = Key(b, i);
            if (ka != kb)
                return ka.CompareTo(kb);
        }

        return 0;
    }

    /// <summary>The items sorted as QCA sorts prime implicants, starting from the strict order of their terms.</summary>
    public List<T> SortLikeQca<T>(IEnumerable<T> items, Func<T, Implicant> term)
    {
        var order = items.Order(Comparer<T>.Create((a, b) => Compare(term(a), term(b)))).ToList();
        int n = order.Count;
        if (n < 2)
            return order;
        var present = new List<T>(n);
        var negated = new List<T>(n);
        var absent = new List<T>(n);
        for (int i = conditionCount - 1; i >= 0; i--)
        {
            present.Clear();
            negated.Clear();
            absent.Clear();
            foreach (var x in order)
            {
                var t = term(x);
                (t.ValueOf(i) switch { 1 => present, 0 => negated, _ => absent }).Add(x);
            }

            order.Clear();
            if (absent.Count == 0)
            {
                // QCA's second pass stops one short of the end when no term lacks the condition.
                order.AddRange(negated.Take(negated.Count - 1));
                order.AddRange(present);
                order.AddRange(negated.TakeLast(1));
            }
            else
            {
                order.AddRange(negated);
                order.AddRange(present);
                order.AddRange(absent);
            }
        }

        return [.. order.OrderBy(x => term(x).LiteralCount)];
    }

    /// <summary>0 for a negated literal, 1 for a positive one, 2 when the condition is absent.</summary>
    private static int Key(Implicant t, int i) => (t.Care >> i & 1) == 0 ? 2 : (int)(t.Values >> i & 1);
}
