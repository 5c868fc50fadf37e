using Willing.Core.Model;

namespace Willing.Lifecycle.Cases;

/// <summary>
/// The one rule by which the lifecycle analyses turn a case's partial dates into months: month 0 is the month
/// the coalition's period starts, and every date counts in the month of the day <see cref="PartialDate"/> reads it as.
/// </summary>
/// <remarks>
/// A joining counts from the month of its earliest day and a leaving in the month of its latest day, as
/// <see cref="PartialDate"/> reads a start and an end: a member recorded as joining "2004" joins in January 2004,
/// one recorded as leaving "2004" leaves in December 2004 (it cannot be known to have left earlier). An event
/// (an election, a casualty, a hostage-taking) counts in the month of its earliest day; one known only to the
/// year or to a span of months is placed in its first month and reported as imprecise
/// (<see cref="IsImprecise"/>). A member's interval of risk in month m is (m, m + 1]: it is at risk through
/// month m and an exit in month m ends that interval.
/// </remarks>
/// <param name="OriginYear">The year of month 0.</param>
/// <param name="OriginMonth">The calendar month (1 to 12) of month 0.</param>
public readonly record struct MonthClock(int OriginYear, int OriginMonth)
{
    /// <summary>The clock of a coalition: month 0 is the month its period starts.</summary>
    public static MonthClock Of(Coalition coalition)
    {
        var start = coalition.Period.Start.EarliestDay;
        return new MonthClock(start.Year, start.Month);
    }

    /// <summary>The month a calendar day falls in.</summary>
    public int Of(DateOnly day) => ((day.Year - OriginYear) * 12) + day.Month - OriginMonth;

    /// <summary>The month a start (a joining) counts from: that of its earliest day.</summary>
    public int Start(PartialDate date) => Of(date.EarliestDay);

    /// <summary>The month an end (a leaving) counts in: that of its latest day.</summary>
    public int End(PartialDate date) => Of(date.LatestDay);

    /// <summary>The month an event counts in: that of its earliest day.</summary>
    public int Event(PartialDate date) => Of(date.EarliestDay);

    /// <summary>True when a date does not name one month (a year, a season, a quarter or a span).</summary>
    public static bool IsImprecise(PartialDate date) => date.Precision is DatePrecision.Year or DatePrecision.Months;

    /// <summary>The first day of a month, e.g. month 0's is the first of the origin month.</summary>
    public DateOnly FirstDay(int month) => new DateOnly(OriginYear, OriginMonth, 1).AddMonths(month);

    /// <summary>The month as <c>YYYY-MM</c>.</summary>
    public string Label(int month) => FirstDay(month).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
