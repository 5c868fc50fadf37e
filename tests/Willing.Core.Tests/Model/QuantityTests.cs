using Willing.Core.Model;

namespace Willing.Core.Tests.Model;

public class QuantityTests
{
    [Theory]
    [InlineData("2500", 2500d, 2500d, false, false)]
    [InlineData("12.5", 12.5, 12.5, false, false)]
    [InlineData("800-1000", 800d, 1000d, false, false)]
    [InlineData(">300", 300d, null, true, false)]
    [InlineData(">=80", 80d, null, false, false)]
    [InlineData("<100", null, 100d, false, true)]
    [InlineData("<=5", null, 5d, false, false)]
    public void TryParse_WrittenForm_GivesBoundsAndWritesBackTheSame(string text, double? low, double? high, bool lowExclusive, bool highExclusive)
    {
        Assert.True(Quantity.TryParse(text, out var q, out string? error));

        Assert.Null(error);
        Assert.Equal(new Quantity((decimal?)low, (decimal?)high, lowExclusive, highExclusive), q);
        Assert.Equal(text, q.ToString());
    }

    [Theory]
    [InlineData("15000 – 30000", 15000d, 30000d, "15000-30000")]
    [InlineData(" 15000-30000 ", 15000d, 30000d, "15000-30000")]
    [InlineData("> 80", 80d, null, ">80")]
    [InlineData("5-5", 5d, 5d, "5")]
    public void TryParse_SpacesAndEnDash_AcceptedAndWrittenCanonically(string text, double? low, double? high, string written)
    {
        Assert.True(Quantity.TryParse(text, out var q, out _));

        Assert.Equal(((decimal?)low, (decimal?)high), (q.Low, q.High));
        Assert.Equal(written, q.ToString());
    }

    [Theory]
    [InlineData("12,000")]
    [InlineData("about 900")]
    [InlineData("-5")]
    [InlineData("")]
    [InlineData("1e3")]
    [InlineData(">")]
    [InlineData("800-")]
    public void TryParse_NotAQuantity_FailsWithTheFormsToWrite(string text)
    {
        Assert.False(Quantity.TryParse(text, out var q, out string? error));

        Assert.Equal(default, q);
        Assert.Equal("is not a number, a range or a bound: write 2500, 15000-30000, >80 or <100 (digits only, no thousands separators)", error);
    }

    [Fact]
    public void TryParse_ReversedRange_FailsSayingWhy()
    {
        Assert.False(Quantity.TryParse("1000-800", out _, out string? error));

        Assert.Equal("is not a range: its upper end is below its lower end", error);
    }

    [Fact]
    public void Exact_IsExactAndItsOwnPoint()
    {
        var q = Quantity.Exact(2500);

        Assert.True(q.IsExact);
        Assert.Equal(2500m, q.Point);
        Assert.Equal("2500", q.ToString());
    }

    [Fact]
    public void Point_ClosedRangeIsItsMidpoint()
    {
        Assert.Equal(900m, new Quantity(800, 1000).Point);
        Assert.Equal(22500m, new Quantity(15000, 30000).Point);
        Assert.False(new Quantity(800, 1000).IsExact);
    }

    [Fact]
    public void Point_BoundAloneHasNone()
    {
        Assert.Null(new Quantity(300, null, LowExclusive: true).Point);
        Assert.Null(new Quantity(null, 5).Point);
        Assert.False(new Quantity(300, null).IsExact);
    }

    [Fact]
    public void IsExact_FalseForAnExclusiveBoundAtOneValue() =>
        Assert.False(new Quantity(5, 5, LowExclusive: true).IsExact);
}
