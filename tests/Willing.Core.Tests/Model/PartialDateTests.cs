using Willing.Core.Model;

namespace Willing.Core.Tests.Model;

public class PartialDateTests
{
    [Theory]
    [InlineData("2003", DatePrecision.Year, "2003-01-01", "2003-12-31")]
    [InlineData("2003-03", DatePrecision.Month, "2003-03-01", "2003-03-31")]
    [InlineData("2004-02", DatePrecision.Month, "2004-02-01", "2004-02-29")]
    [InlineData("2003-03-19", DatePrecision.Day, "2003-03-19", "2003-03-19")]
    [InlineData("2025-spring", DatePrecision.Months, "2025-03-01", "2025-05-31")]
    [InlineData("2024-winter", DatePrecision.Months, "2024-12-01", "2025-02-28")]
    [InlineData("2004-Q1", DatePrecision.Months, "2004-01-01", "2004-03-31")]
    [InlineData("2004-H2", DatePrecision.Months, "2004-07-01", "2004-12-31")]
    [InlineData("2003-11/2004-02", DatePrecision.Months, "2003-11-01", "2004-02-29")]
    public void Parse_ValidText_KeepsPrecisionAndBounds(string text, DatePrecision precision, string earliest, string latest)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.EarliestDay);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.LatestDay);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2003-02-29", "February 2003 has 28 days")]
    [InlineData("2003-04-31", "April 2003 has 30 days")]
    [InlineData("2003-13", "there is no month 13")]
    [InlineData("2003-05/2003-03", "the second month must come after the first")]
    [InlineData("2003-05/2003", "write YYYY-MM/YYYY-MM")]
    [InlineData("2003-fall", "write YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("2003-00-10", "there is no month 0")]
    [InlineData("2003-3-1", "write YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("March 2003", "write YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("03/19/2003", "write YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("", "write YYYY, YYYY-MM or YYYY-MM-DD")]
    public void TryParse_InvalidOrImpossible_SaysWhy(string text, string expected)
    {
        Assert.False(PartialDate.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_LeapDay_Accepted()
    {
        Assert.True(PartialDate.TryParse("2004-02-29", out var date, out _));
        Assert.Equal(29, date.Day);
    }

    [Theory]
    [InlineData("2003-03-19", "2003", false)]
    [InlineData("2003", "2003-03-19", false)]
    [InlineData("2003-03", "2003-04-01", true)]
    [InlineData("2003-03-31", "2003-03", false)]
    [InlineData("2002", "2003-01", true)]
    public void IsCertainlyBefore_OverlappingPrecisions_OnlyWhenNoDayOverlaps(string first, string second, bool expected) =>
        Assert.Equal(expected, PartialDate.Parse(first).IsCertainlyBefore(PartialDate.Parse(second)));

    [Fact]
    public void CompareTo_SameEarliestDay_CoarserFirst()
    {
        var dates = new[] { "2003-03-01", "2003", "2003-03", "2002-12-31" }.Select(PartialDate.Parse).Order().Select(d => d.ToString());

        Assert.Equal(["2002-12-31", "2003", "2003-03", "2003-03-01"], dates);
    }

    [Fact]
    public void DaysBetween_PartialEnds_UsesEarliestStartAndLatestEnd() =>
        Assert.Equal(30, PartialDate.DaysBetween(PartialDate.Parse("2004-04"), PartialDate.Parse("2004-05-01")));
}
