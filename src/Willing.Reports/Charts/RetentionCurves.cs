using Willing.Lifecycle.Survival;

namespace Willing.Reports.Charts;

/// <summary>Kaplan–Meier estimates as the curves a <see cref="RetentionChart"/> draws.</summary>
public static class RetentionCurves
{
    /// <summary>One curve per group: S = 1 (with its band) from <paramref name="origin"/> to the first time, then each row's estimate and interval; '+' at every time with a censoring.</summary>
    /// <param name="result">The estimate.</param>
    /// <param name="origin">Where the curves start (0 for durations; the first entry for calendar time with delayed entry).</param>
    public static IReadOnlyList<RetentionCurve> Of(KaplanMeierResult result, double origin = 0)
    {
        ArgumentNullException.ThrowIfNull(result);
        var curves = new List<RetentionCurve>();
        foreach (var c in result.Curves)
        {
            int n = c.Rows.Length;
            double start = n > 0 ? Math.Min(origin, c.Rows[0].Time) : origin;
            var time = new double[n + 1];
            var survival = new double[n + 1];
            var low = new double[n + 1];
            var high = new double[n + 1];
            time[0] = start;
            survival[0] = low[0] = high[0] = 1;
            for (int i = 0; i < n; i++)
            {
                var r = c.Rows[i];
                time[i + 1] = r.Time;
                survival[i + 1] = r.Survival;
                low[i + 1] = r.Lower;
                high[i + 1] = r.Upper;
            }

            string label = result.Curves.Length == 1 && c.Group == "all" ? $"all (n = {c.N})" : $"{c.Group} (n = {c.N})";
            curves.Add(new RetentionCurve(label, time, survival, low, high, [.. c.Rows.Where(r => r.Censored > 0).Select(r => r.Time)]));
        }

        return curves;
    }
}
