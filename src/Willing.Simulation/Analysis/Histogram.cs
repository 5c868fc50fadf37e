using System.Collections.Immutable;

namespace Willing.Simulation.Analysis;

/// <summary>A histogram: counts of values in adjacent bins [Low, High), the last closed on the right.</summary>
/// <param name="Bins">The bins, in ascending order, adjacent.</param>
/// <param name="IntegerValued">True when every value was a whole number and the bins hold whole numbers (bin <c>[a, b)</c> holds a, a + 1, …, b − 1).</param>
public sealed record Histogram(ImmutableArray<HistogramBin> Bins, bool IntegerValued)
{
    /// <summary>
    /// The histogram of <paramref name="values"/>. Whole-numbered values (counts) get bins of a whole width w, the
    /// smallest that gives at most <paramref name="maxBins"/> bins from the minimum to the maximum (w = 1 when that
    /// fits: one bin per count); other values get Sturges' ⌈log2 n⌉ + 1 bins of equal width (at most
    /// <paramref name="maxBins"/>) from the minimum to the maximum, the last closed on the right. No value is left out.
    /// </summary>
    public static Histogram Of(IReadOnlyCollection<double> values, int maxBins = 40)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBins);
        if (values.Count == 0)
            return new Histogram([], true);
        if (values.Any(v => !double.IsFinite(v)))
            throw new ArgumentException("a histogram's values are finite", nameof(values));
        double min = values.Min(), max = values.Max();
        bool integers = values.All(v => v == Math.Floor(v));
        int bins;
        double width;
        if (integers)
        {
            double span = max - min + 1;
            width = Math.Max(1, Math.Ceiling(span / maxBins));
            bins = (int)Math.Ceiling(span / width);
        }
        else
        {
            bins = Math.Min(maxBins, (int)Math.Ceiling(Math.Log2(values.Count)) + 1);
            width = max > min ? (max - min) / bins : 1;
            if (max == min)
                bins = 1;
        }

        var counts = new int[bins];
        foreach (double v in values)
            counts[Math.Min(bins - 1, (int)Math.Floor((v - min) / width))]++;
        return new Histogram([.. counts.Select((c, i) => new HistogramBin(min + (i * width), i == bins - 1 && !integers ? max : min + ((i + 1) * width), c))], integers);
    }
}

/// <summary>One bin of a <see cref="Histogram"/>.</summary>
/// <param name="Low">Its lower edge (inclusive).</param>
/// <param name="High">Its upper edge (exclusive, but for the last bin of real values).</param>
/// <param name="Count">The values in it.</param>
public readonly record struct HistogramBin(double Low, double High, int Count);
