namespace Willing.Simulation.Analysis;

/// <summary>Sample quantiles by one stated rule.</summary>
/// <remarks>
/// The rule is Hyndman and Fan's (1996) definition 7, R's default (<c>quantile(x, p, type = 7)</c>) and NumPy's
/// <c>linear</c>: with the n values sorted as x(1) ≤ … ≤ x(n), h = (n − 1)p + 1, and the quantile is
/// x(⌊h⌋) + (h − ⌊h⌋)(x(⌊h⌋ + 1) − x(⌊h⌋)). It interpolates between order statistics, gives the minimum at p = 0 and the
/// maximum at p = 1, and the median of an even sample as the mean of the middle two.
/// </remarks>
public static class Quantiles
{
    /// <summary>The type-7 quantile of <paramref name="sorted"/> (ascending, not empty) at <paramref name="p"/> in [0, 1].</summary>
    /// <exception cref="ArgumentException">The sample is empty or <paramref name="p"/> is outside [0, 1].</exception>
    public static double OfSorted(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.IsEmpty)
            throw new ArgumentException("a quantile of an empty sample is not defined", nameof(sorted));
        if (!(p >= 0 && p <= 1))
            throw new ArgumentException($"a quantile's probability lies in [0, 1], not {p}", nameof(p));
        double h = (sorted.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        if (lo >= sorted.Length - 1)
            return sorted[^1];
        return sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo]));
    }

    /// <summary>The type-7 quantile of <paramref name="values"/> in any order (copied and sorted).</summary>
    public static double Of(IEnumerable<double> values, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        double[] sorted = [.. values];
        Array.Sort(sorted);
        return OfSorted(sorted, p);
    }
}
