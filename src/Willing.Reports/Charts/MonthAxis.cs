using System.Globalization;
using Willing.Core.Model;
using Willing.Lifecycle.Cases;

namespace Willing.Reports.Charts;

/// <summary>
/// The calendar axis of the lifecycle charts: x is in months of a timeline's <see cref="MonthClock"/>,
/// month m covering [m, m + 1), and the ticks fall on the first of a month, as many as fit.
/// </summary>
internal static class MonthAxis
{
    /// <summary>A day as x: its month and the part of the month gone before it.</summary>
    public static double X(MonthClock clock, DateOnly day) =>
        clock.Of(day) + ((day.Day - 1) / (double)DateTime.DaysInMonth(day.Year, day.Month));

    /// <summary>A partial date as x: the middle of the days it may be (a day's noon, a month's middle, a year's middle).</summary>
    public static double X(MonthClock clock, PartialDate date) =>
        (X(clock, date.EarliestDay) + X(clock, date.LatestDay.AddDays(1))) / 2;

    /// <summary>
    /// Ticks on the first of a month from <paramref name="from"/> to <paramref name="to"/>: every 1, 3 or 6 months
    /// labelled <c>YYYY-MM</c> when those fit, else every 1, 2, 5, 10 … years on January, labelled with the year.
    /// </summary>
    public static ScottPlot.TickGenerators.NumericManual Ticks(MonthClock clock, double from, double to, double pixelsPerMonth)
    {
        var positions = new List<double>();
        var labels = new List<string>();
        int first = (int)Math.Ceiling(from), last = (int)Math.Floor(to);
        int? monthly = ((int[])[1, 3, 6]).Where(s => s * pixelsPerMonth >= 64).Cast<int?>().FirstOrDefault();
        if (monthly is int step && last - first <= 60)
        {
            for (int m = first; m <= last; m++)
            {
                if ((clock.FirstDay(m).Month - 1) % step != 0)
                    continue;
                positions.Add(m);
                labels.Add(clock.Label(m));
            }
        }
        else
        {
            int years = ((int[])[1, 2, 5, 10, 20, 25, 50, 100]).FirstOrDefault(s => s * 12 * pixelsPerMonth >= 44, 100);
            for (int m = first; m <= last; m++)
            {
                var day = clock.FirstDay(m);
                if (day.Month != 1 || day.Year % years != 0)
                    continue;
                positions.Add(m);
                labels.Add(day.Year.ToString(CultureInfo.InvariantCulture));
            }
        }

        return new ScottPlot.TickGenerators.NumericManual([.. positions], [.. labels]);
    }

    /// <summary>A tick generator to lay the plot out with before the data area's width is known: one label as tall as the real ones.</summary>
    public static ScottPlot.TickGenerators.NumericManual Placeholder(double at) => new([at], ["2000"]);
}
