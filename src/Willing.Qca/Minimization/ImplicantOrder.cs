namespace Willing.Qca.Minimization;

/// <summary>
/// QCA's order of prime implicants: fewer literals first, then condition by condition (in condition order) a negated
/// literal before a positive one before an absent one.
/// </summary>
/// <remarks>
/// The order of <c>sortExpressions</c> in the QCA package (Dușa), which prints the Lipset conservative solution as
/// <c>DEV*~URB*LIT*STB + DEV*LIT*IND*STB</c>: both terms have four literals, and at URB a negated literal comes
/// before an absent one.
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

    /// <summary>0 for a negated literal, 1 for a positive one, 2 when the condition is absent.</summary>
    private static int Key(Implicant t, int i) => (t.Care >> i & 1) == 0 ? 2 : (int)(t.Values >> i & 1);
}
