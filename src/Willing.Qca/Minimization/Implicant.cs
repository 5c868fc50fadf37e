using System.Globalization;
using System.Numerics;
using System.Text;

namespace Willing.Qca.Minimization;

/// <summary>
/// A product term (conjunction of literals) over conditions numbered 0..k−1: condition <c>i</c> appears when bit
/// <c>i</c> of <see cref="Care"/> is set, positively when bit <c>i</c> of <see cref="Values"/> is 1 and negated
/// (<c>~</c>) when it is 0.
/// </summary>
/// <remarks>
/// A truth-table row is the implicant with every care bit set (a minterm); its code has bit <c>i</c> equal to the
/// value of condition <c>i</c>. The implicant with no literal (<c>default</c>) is the universe, written <c>1</c>.
/// Bits of <see cref="Values"/> outside <see cref="Care"/> are refused, so two equal terms are equal values.
/// </remarks>
public readonly record struct Implicant
{
    /// <summary>A term from its care mask and value bits.</summary>
    /// <exception cref="ArgumentException">A value bit is set outside the care mask.</exception>
    public Implicant(uint care, uint values)
    {
        if ((values & ~care) != 0)
            throw new ArgumentException($"value bits 0x{values:X} set outside the care mask 0x{care:X}", nameof(values));
        Care = care;
        Values = values;
    }

    /// <summary>Bit <c>i</c> is set when condition <c>i</c> appears in the term.</summary>
    public uint Care { get; }

    /// <summary>Bit <c>i</c> is 1 when condition <c>i</c> appears positively, 0 when negated or absent.</summary>
    public uint Values { get; }

    /// <summary>The number of literals (conditions that appear).</summary>
    public int LiteralCount => BitOperations.PopCount(Care);

    /// <summary>The term that is one truth-table row: every one of <paramref name="conditionCount"/> conditions, at the row's value.</summary>
    public static Implicant Minterm(uint row, int conditionCount)
    {
        uint all = FullMask(conditionCount);
        return new Implicant(all, row & all);
    }

    /// <summary>Whether the row (bit <c>i</c> = value of condition <c>i</c>) satisfies every literal of the term.</summary>
    public bool Covers(uint row) => ((row ^ Values) & Care) == 0;

    /// <summary>Whether every row that <paramref name="other"/> covers is covered by this term (its literals are a subset of the other's).</summary>
    public bool Subsumes(Implicant other) => (Care & ~other.Care) == 0 && ((Values ^ other.Values) & Care) == 0;

    /// <summary>The value condition <paramref name="condition"/> takes in the term: 1, 0, or null when it does not appear.</summary>
    public int? ValueOf(int condition) =>
        (Care >> condition & 1) == 0 ? null : (int)(Values >> condition & 1);

    /// <summary>
    /// The term in QCA's notation: the literals in condition order joined by <c>*</c>, a negated condition
    /// prefixed by <c>~</c> (e.g. <c>DEV*~URB*LIT</c>); the universe is <c>1</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The term uses a condition beyond the names given.</exception>
    public string ToExpression(IReadOnlyList<string> conditions)
    {
        if (Care == 0)
            return "1";
        if (conditions.Count < 32 && Care >> conditions.Count != 0)
            throw new ArgumentException($"the term uses condition {31 - BitOperations.LeadingZeroCount(Care)} but only {conditions.Count} are named", nameof(conditions));
        var text = new StringBuilder();
        for (uint rest = Care; rest != 0; rest &= rest - 1)
        {
            int i = BitOperations.TrailingZeroCount(rest);
            if (text.Length > 0)
                text.Append('*');
            if ((Values >> i & 1) == 0)
                text.Append('~');
            text.Append(conditions[i]);
        }

        return text.ToString();
    }

    /// <summary>The term as care and value bits in hexadecimal (use <see cref="ToExpression"/> for the notation).</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Implicant(care 0x{Care:X}, values 0x{Values:X})");

    /// <summary>The mask with the low <paramref name="conditionCount"/> bits set.</summary>
    internal static uint FullMask(int conditionCount) => conditionCount >= 32 ? uint.MaxValue : (1u << conditionCount) - 1;
}
