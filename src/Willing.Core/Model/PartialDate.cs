using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Willing.Core.Model;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known.</summary>
    Year,

    /// <summary>A span of months is known: a season (<c>2025-spring</c>), a quarter (<c>2025-Q2</c>), a half (<c>2025-H1</c>) or a range (<c>2003-03/2003-05</c>).</summary>
    Months,
    /// <summary>The year and the month are known.</summary>
    Month,
    /// <summary>The full calendar date is known.</summary>
    Day,
}

/// <summary>
/// A calendar date known to the year, the month or the day, which keeps its precision.
/// </summary>
/// <remarks>
/// This type is the one place where a partial date becomes a point in time. A start is read as
/// its <see cref="EarliestDay"/>, an end or an exit as its <see cref="LatestDay"/>; sorting uses the
/// earliest day and then the precision, coarser first. Two partial dates are only certainly in
/// order when the latest day of the first is before the earliest day of the second
/// (<see cref="IsCertainlyBefore"/>). Dates are proleptic Gregorian, without time zone.
/// </remarks>
[JsonConverter(typeof(PartialDateJsonConverter))]
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    private PartialDate(int year, int month, int endYear, int endMonth, string label)
    {
        Year = year;
        Month = month;
        _endYear = endYear;
        _endMonth = endMonth;
        _label = label;
    }

    // A span of months (Precision Months): its last month, and how it was written.
    private readonly int _endYear;
    private readonly int _endMonth;
    private readonly string? _label;

    /// <summary>The year, 1 to 9999.</summary>
    public int Year { get; }

    /// <summary>The month, 1 to 12, when known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, when known.</summary>
    public int? Day { get; }

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => _label is not null ? DatePrecision.Months : Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date can mean: 1 January for a year, the 1st for a month.</summary>
    public DateOnly EarliestDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can mean: 31 December for a year, the month's last day for a month.</summary>
    public DateOnly LatestDay => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month!.Value, Day!.Value),
        DatePrecision.Month => new DateOnly(Year, Month!.Value, DateTime.DaysInMonth(Year, Month.Value)),
        DatePrecision.Months => new DateOnly(_endYear, _endMonth, DateTime.DaysInMonth(_endYear, _endMonth)),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>A year-precision date.</summary>
    public static PartialDate FromYear(int year) =>
        year is >= 1 and <= 9999 ? new PartialDate(year, null, null) : throw new ArgumentOutOfRangeException(nameof(year));

    /// <summary>A month-precision date.</summary>
    public static PartialDate FromYearMonth(int year, int month)
    {
        _ = FromYear(year);
        return month is >= 1 and <= 12 ? new PartialDate(year, month, null) : throw new ArgumentOutOfRangeException(nameof(month));
    }

    /// <summary>A day-precision date.</summary>
    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>A day-precision date from its parts; throws when the day does not exist.</summary>
    public static PartialDate FromYearMonthDay(int year, int month, int day)
    {
        _ = FromYearMonth(year, month);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new PartialDate(year, month, day)
            : throw new ArgumentOutOfRangeException(nameof(day));
    }

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <exception cref="FormatException">The text is not such a date, or names a day that does not exist.</exception>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date : throw new FormatException(error);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, saying what is wrong when it cannot.</summary>
    public static bool TryParse(string? text, out PartialDate date, out string error)
    {
        date = default;
        error = string.Empty;
        text = text?.Trim() ?? string.Empty;
        if (TryParseSpan(text, out date, out error, out bool isSpan) || isSpan)
            return error.Length == 0;
        var parts = text.Split('-');
        bool ok = parts.Length is >= 1 and <= 3
            && parts[0].Length == 4
            && (parts.Length < 2 || parts[1].Length == 2)
            && (parts.Length < 3 || parts[2].Length == 2)
            && parts.All(p => p.All(char.IsAsciiDigit));
        if (!ok)
        {
            error = $"'{text}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (or a span: 2025-spring, 2025-Q2, 2025-H1, 2003-03/2003-05)";
            return false;
        }

        int year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year < 1)
        {
            error = $"'{text}' is not a date: the year must be 0001 or later";
            return false;
        }

        if (parts.Length == 1)
        {
            date = new PartialDate(year, null, null);
            return true;
        }

        int month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            error = $"'{text}' is not a date: there is no month {month}";
            return false;
        }

        if (parts.Length == 2)
        {
            date = new PartialDate(year, month, null);
            return true;
        }

        int day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        int days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            error = $"'{text}' is not a date: {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {days} days";
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    // Seasons are the northern meteorological ones; winter runs from December into the next year.
    private static readonly Dictionary<string, (int First, int Last)> Spans = new(StringComparer.Ordinal)
    {
        ["spring"] = (3, 5), ["summer"] = (6, 8), ["autumn"] = (9, 11), ["winter"] = (12, 14),
        ["Q1"] = (1, 3), ["Q2"] = (4, 6), ["Q3"] = (7, 9), ["Q4"] = (10, 12), ["H1"] = (1, 6), ["H2"] = (7, 12),
    };

    /// <summary>Parses a span of months; <paramref name="isSpan"/> says whether the text has a span's form at all (then <paramref name="error"/> is why it is wrong, if it is).</summary>
    private static bool TryParseSpan(string text, out PartialDate date, out string error, out bool isSpan)
    {
        date = default;
        error = string.Empty;
        isSpan = false;
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash == 7 && text[4] == '-')
        {
            isSpan = true;
            if (!TryParse(text[..slash], out var from, out _) || !TryParse(text[(slash + 1)..], out var to, out _)
                || from.Precision != DatePrecision.Month || to.Precision != DatePrecision.Month)
            {
                error = $"'{text}' is not a span of months: write YYYY-MM/YYYY-MM, e.g. 2003-03/2003-05";
                return false;
            }

            if (to.EarliestDay <= from.EarliestDay)
            {
                error = $"'{text}' is not a span of months: the second month must come after the first";
                return false;
            }

            date = new PartialDate(from.Year, from.Month!.Value, to.Year, to.Month!.Value, text);
            return true;
        }

        int dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash != 4 || !Spans.TryGetValue(text[5..], out var span))
            return false;
        isSpan = true;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year is < 1 or > 9998)
        {
            error = $"'{text}' is not a date: the year must be four digits from 0001";
            return false;
        }

        int endYear = span.Last > 12 ? year + 1 : year;
        date = new PartialDate(year, span.First, endYear, span.Last > 12 ? span.Last - 12 : span.Last, text);
        return true;
    }

    /// <summary>True when every day this date can mean is before every day <paramref name="other"/> can mean.</summary>
    public bool IsCertainlyBefore(PartialDate other) => LatestDay < other.EarliestDay;

    /// <summary>Days from the earliest day of <paramref name="start"/> to the latest day of <paramref name="end"/>.</summary>
    public static int DaysBetween(PartialDate start, PartialDate end) => end.LatestDay.DayNumber - start.EarliestDay.DayNumber;

    /// <inheritdoc />
    public int CompareTo(PartialDate other)
    {
        int byDay = EarliestDay.CompareTo(other.EarliestDay);
        return byDay != 0 ? byDay : Precision.CompareTo(other.Precision);
    }

    /// <summary>Orders by earliest day, then precision.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Orders by earliest day, then precision.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Orders by earliest day, then precision.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by earliest day, then precision.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>The date as written in case files: <c>2003</c>, <c>2003-03</c> or <c>2003-03-19</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Months => _label!,
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };
}

/// <summary>Writes and reads a <see cref="PartialDate"/> as its case-file text.</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    /// <inheritdoc />
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PartialDate.Parse(reader.GetString() ?? string.Empty);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
