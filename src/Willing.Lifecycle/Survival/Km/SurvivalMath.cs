using MathNet.Numerics.Distributions;

namespace Willing.Lifecycle.Survival;

/// <summary>Pieces the Kaplan–Meier, log-rank and Aalen–Johansen code share: group codes, confidence limits, the median.</summary>
internal static class SurvivalMath
{
    /// <summary>The tolerance R's <c>print.survfit</c> allows when it asks whether a curve has reached one half (<c>sqrt(.Machine$double.eps)</c>).</summary>
    private const double MedianTolerance = 1.4901161193847656e-08;

    /// <summary>The standard normal quantile for a two-sided interval of the given level.</summary>
    public static double NormalQuantile(double level)
    {
        if (!(level > 0 && level < 1))
            throw new ArgumentOutOfRangeException(nameof(level), level, "the confidence level must lie strictly between 0 and 1");
        return Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
    }

    /// <summary>
    /// Codes each row by its label, the codes numbering the distinct labels in ordinal order; one code (named
    /// <paramref name="single"/>) when there are no labels.
    /// </summary>
    public static int[] Encode(ReadOnlySpan<string> labels, int n, string single, out string[] names)
    {
        var codes = new int[n];
        if (labels.IsEmpty)
        {
            names = [single];
            return codes;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        string? last = null;
        int lastCode = -1;
        for (int i = 0; i < n; i++)
        {
            string label = labels[i];
            if (!string.Equals(label, last, StringComparison.Ordinal))
            {
                if (!seen.TryGetValue(label, out lastCode))
                {
                    lastCode = seen.Count;
                    seen.Add(label, lastCode);
                }

                last = label;
            }

            codes[i] = lastCode;
        }

        names = [.. seen.Keys];
        Array.Sort(names, StringComparer.Ordinal);
        var remap = new int[names.Length];
        for (int k = 0; k < names.Length; k++)
            remap[seen[names[k]]] = k;
        for (int i = 0; i < n; i++)
            codes[i] = remap[codes[i]];
        return codes;
    }

    /// <summary>The start of each code's block and the rows of each block in order (a counting sort by code).</summary>
    public static int[] Offsets(int[] codes, int count)
    {
        var offsets = new int[count + 1];
        foreach (int c in codes)
            offsets[c + 1]++;
        for (int k = 0; k < count; k++)
            offsets[k + 1] += offsets[k];
        return offsets;
    }

    /// <summary>
    /// Confidence limits for a probability <paramref name="p"/> given the standard error of log p, as R's
    /// <c>survfit</c> computes them (limits are NaN where R gives NA).
    /// </summary>
    public static void Limits(ConfidenceIntervalType type, double p, double seLog, double z, out double lower, out double upper)
    {
        switch (type)
        {
            case ConfidenceIntervalType.Plain:
                double half = seLog * p * z;
                lower = Math.Max(p - half, 0);
                upper = Math.Min(p + half, 1);
                if (double.IsNaN(half))
                    lower = upper = double.NaN;
                break;
            case ConfidenceIntervalType.LogLog:
                if (p == 0 || p == 1 || double.IsNaN(p))
                {
                    lower = upper = double.NaN;
                    break;
                }

                double logP = Math.Log(p);
                double w = z * seLog / logP;
                double ll = Math.Log(-logP);
                lower = Math.Exp(-Math.Exp(ll - w));
                upper = Math.Exp(-Math.Exp(ll + w));
                break;
            default:
                if (p == 0 || double.IsNaN(p))
                {
                    lower = upper = double.NaN;
                    break;
                }

                double lp = Math.Log(p), width = z * seLog;
                lower = Math.Exp(lp - width);
                upper = Math.Min(Math.Exp(lp + width), 1);
                if (double.IsNaN(width))
                    lower = upper = double.NaN;
                break;
        }
    }

    /// <summary>
    /// Confidence limits for a probability <paramref name="p"/> given its own standard error, as R's
    /// <c>survfit</c> computes them for multi-state curves: plain limits p ± z·se, the others through the standard
    /// error of log p, se/p (0 where se is 0).
    /// </summary>
    public static void LimitsFromStdErr(ConfidenceIntervalType type, double p, double se, double z, out double lower, out double upper)
    {
        if (type == ConfidenceIntervalType.Plain)
        {
            lower = Math.Max(p - (z * se), 0);
            upper = Math.Min(p + (z * se), 1);
            return;
        }

        Limits(type, p, se == 0 ? 0 : se / p, z, out lower, out upper);
    }

    /// <summary>
    /// The first time at which a step curve falls to one half, as R's <c>print.survfit</c> reads a median (and its
    /// limits) off a curve: where the curve is one half over an interval, the middle of that interval; NaN when it
    /// never gets there. Missing (NaN) values are skipped.
    /// </summary>
    public static double HalfTime<T>(ReadOnlySpan<T> rows, Func<T, double> time, Func<T, double> value)
    {
        int first = -1;
        for (int i = 0; i < rows.Length; i++)
        {
            if (value(rows[i]) < 0.5 + MedianTolerance)
            {
                first = i;
                break;
            }
        }

        if (first < 0)
            return double.NaN;
        double y = value(rows[first]);
        if (Math.Abs(y - 0.5) < MedianTolerance)
        {
            for (int i = first + 1; i < rows.Length; i++)
            {
                if (value(rows[i]) < y)
                    return (time(rows[first]) + time(rows[i])) / 2;
            }
        }

        return time(rows[first]);
    }
}
