using System.Collections.Immutable;
using System.Globalization;
using Willing.Qca.Data;

namespace Willing.Qca.Diagnostics;

/// <summary>Warnings for sets with skewed membership: too few or too many cases above 0.5.</summary>
/// <remarks>
/// Skewed sets make consistency and coverage misleading: a set almost no case belongs to is a consistent subset of
/// nearly anything, and of its negation too (Schneider and Wagemann 2012, on skewed set-membership scores).
/// SetMethods' <c>skew.check</c> (Oana and Schneider 2018) reports the share of cases
/// above 0.5 without a verdict; the bounds here, fewer than 20 % or more than 80 % of the cases, are a rule of
/// thumb used in the QCA literature, not a figure either source fixes, and are parameters.
/// </remarks>
public static class Skewness
{
    /// <summary>The default low bound: a set with fewer than 20 % of its cases above 0.5 is skewed.</summary>
    public const double DefaultLow = 0.2;

    /// <summary>The default high bound: a set with more than 80 % of its cases above 0.5 is skewed.</summary>
    public const double DefaultHigh = 0.8;

    /// <summary>Checks each set (a column or any expression over the columns).</summary>
    /// <exception cref="QcaException">An expression does not parse, names a column the data lack, or uses a column that is not calibrated.</exception>
    public static ImmutableArray<SkewnessCheck> Check(QcaData data, IEnumerable<string> sets, double low = DefaultLow, double high = DefaultHigh)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(sets);
        if (!(low >= 0 && low <= high && high <= 1))
            throw new QcaException(new QcaError($"the skew bounds must satisfy 0 ≤ low ≤ high ≤ 1 (here {low.ToString("R", CultureInfo.InvariantCulture)} and {high.ToString("R", CultureInfo.InvariantCulture)})"));
        var result = ImmutableArray.CreateBuilder<SkewnessCheck>();
        foreach (var text in sets)
        {
            var expression = QcaExpression.Parse(text, data);
            var values = expression.Evaluate(data).Where(v => !double.IsNaN(v)).ToList();
            int members = values.Count(v => v > 0.5);
            double share = values.Count == 0 ? double.NaN : (double)members / values.Count;
            bool skewed = share < low || share > high;
            string percent = (share * 100).ToString("0.#", CultureInfo.InvariantCulture);
            string? warning = !skewed ? null : share < low
                ? $"only {members.ToString(CultureInfo.InvariantCulture)} of {values.Count.ToString(CultureInfo.InvariantCulture)} cases ({percent} %) are members of {expression.Text}: it will look consistently sufficient for almost any outcome, and for its negation; read PRI and check simultaneous subset relations"
                : $"{members.ToString(CultureInfo.InvariantCulture)} of {values.Count.ToString(CultureInfo.InvariantCulture)} cases ({percent} %) are members of {expression.Text}: it will look necessary for almost any outcome; read RoN (relevance of necessity)";
            result.Add(new SkewnessCheck(expression.Text, members, values.Count, share, skewed, warning));
        }

        return result.ToImmutable();
    }
}
