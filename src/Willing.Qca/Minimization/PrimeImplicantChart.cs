using System.Collections.Immutable;
using System.Numerics;

namespace Willing.Qca.Minimization;

/// <summary>
/// Which prime implicant covers which positive row: the chart the minimal solutions are read from.
/// </summary>
/// <remarks>
/// Implicants are indexed as in <see cref="SolutionSet.PrimeImplicants"/> and rows as in <see cref="Rows"/>
/// (the positive row codes, ascending). One bit per implicant and row is stored.
/// </remarks>
public sealed class PrimeImplicantChart
{
    private readonly ulong[] _cover;
    private readonly int _words;

    internal PrimeImplicantChart(ImmutableArray<uint> rows, int implicantCount, ulong[] cover)
    {
        Rows = rows;
        ImplicantCount = implicantCount;
        _cover = cover;
        _words = (rows.Length + 63) >> 6;
        var count = new int[rows.Length];
        for (int i = 0; i < implicantCount; i++)
        {
            foreach (int r in RowsCoveredBy(i))
                count[r]++;
        }

        var essential = new bool[implicantCount];
        for (int r = 0; r < rows.Length; r++)
        {
            if (count[r] == 1)
                essential[ImplicantsCovering(r)[0]] = true;
        }

        _essential = essential;
    }

    private readonly bool[] _essential;

    /// <summary>The positive rows (codes, ascending): the columns of QCA's chart.</summary>
    public ImmutableArray<uint> Rows { get; }

    /// <summary>The number of prime implicants: the rows of QCA's chart.</summary>
    public int ImplicantCount { get; }

    /// <summary>Whether implicant <paramref name="implicant"/> covers row <paramref name="row"/> (both indices).</summary>
    public bool Covers(int implicant, int row)
    {
        CheckIndices(implicant, row);
        return (_cover[implicant * _words + (row >> 6)] >> (row & 63) & 1) != 0;
    }

    /// <summary>The indices of the rows the implicant covers, ascending.</summary>
    public ImmutableArray<int> RowsCoveredBy(int implicant)
    {
        CheckIndices(implicant, 0);
        var rows = ImmutableArray.CreateBuilder<int>();
        for (int w = 0; w < _words; w++)
        {
            for (ulong bits = _cover[implicant * _words + w]; bits != 0; bits &= bits - 1)
                rows.Add((w << 6) + BitOperations.TrailingZeroCount(bits));
        }

        return rows.ToImmutable();
    }

    /// <summary>The indices of the implicants that cover the row, ascending.</summary>
    public ImmutableArray<int> ImplicantsCovering(int row)
    {
        CheckIndices(0, row);
        var implicants = ImmutableArray.CreateBuilder<int>();
        for (int i = 0; i < ImplicantCount; i++)
        {
            if ((_cover[i * _words + (row >> 6)] >> (row & 63) & 1) != 0)
                implicants.Add(i);
        }

        return implicants.ToImmutable();
    }

    /// <summary>Whether the implicant is essential in the chart: the only one covering some row, so in every solution.</summary>
    public bool IsEssential(int implicant)
    {
        CheckIndices(implicant, 0);
        return _essential[implicant];
    }

    private void CheckIndices(int implicant, int row)
    {
        if ((uint)implicant >= (uint)ImplicantCount)
            throw new ArgumentOutOfRangeException(nameof(implicant), implicant, $"the chart has {ImplicantCount} implicants");
        if ((uint)row >= (uint)Rows.Length)
            throw new ArgumentOutOfRangeException(nameof(row), row, $"the chart has {Rows.Length} rows");
    }
}
