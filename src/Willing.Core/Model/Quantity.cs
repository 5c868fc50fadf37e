using System.Globalization;
using System.Text.RegularExpressions;

namespace Willing.Core.Model;

/// <summary>
/// A number as a source gives it: exact (<c>2500</c>), a range (<c>15000-30000</c>), or a bound
/// (<c>&gt;80</c>, <c>&lt;100</c>, <c>&gt;=80</c>, <c>&lt;=100</c>), kept as such so that analyses can use it as an interval.
/// </summary>
/// <param name="Low">The least value it can be, or null for no lower bound.</param>
/// <param name="High">The greatest value it can be, or null for no upper bound.</param>
/// <param name="LowExclusive">True when the value is strictly greater than <paramref name="Low"/> (written <c>&gt;</c>).</param>
/// <param name="HighExclusive">True when the value is strictly less than <paramref name="High"/> (written <c>&lt;</c>).</param>
/// <remarks>
/// The one rule for turning a quantity into a point, where an analysis must: an exact value is
/// itself; a closed range is its midpoint; a bound alone has no point (the analysis treats it as
/// missing, or uses the bound as an interval end). <see cref="ToString"/> writes it back as it was written.
/// </remarks>
public readonly partial record struct Quantity(decimal? Low, decimal? High, bool LowExclusive = false, bool HighExclusive = false)
{
    /// <summary>True when the source gives one exact value.</summary>
    public bool IsExact => Low is not null && Low == High && !LowExclusive && !HighExclusive;

    /// <summary>The value as a point: exact, or the midpoint of a closed range; null for a bound alone.</summary>
    public decimal? Point => Low is { } l && High is { } h ? (l + h) / 2 : null;

    /// <summary>An exact quantity.</summary>
    public static Quantity Exact(decimal value) => new(value, value);

    /// <summary>Parses <c>2500</c>, <c>15000-30000</c>, <c>&gt;80</c>, <c>&gt;=80</c>, <c>&lt;100</c> or <c>&lt;=100</c> (digits, an optional decimal point; no thousands separators).</summary>
    public static bool TryParse(string text, out Quantity quantity, out string? error)
    {
        quantity = default;
        error = null;
        string t = text.Trim();
        var m = Bound().Match(t);
        if (m.Success)
        {
            decimal v = decimal.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            quantity = m.Groups[1].Value switch
            {
                ">" => new Quantity(v, null, LowExclusive: true),
                ">=" => new Quantity(v, null),
                "<" => new Quantity(null, v, HighExclusive: true),
                _ => new Quantity(null, v),
            };
            return true;
        }

        m = Range().Match(t);
        if (m.Success)
        {
            decimal low = decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), high = decimal.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (high < low)
            {
                error = "is not a range: its upper end is below its lower end";
                return false;
            }

            quantity = new Quantity(low, high);
            return true;
        }

        if (Plain().IsMatch(t) && decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal exact))
        {
            quantity = Exact(exact);
            return true;
        }

        error = "is not a number, a range or a bound: write 2500, 15000-30000, >80 or <100 (digits only, no thousands separators)";
        return false;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        static string F(decimal d) => d.ToString(CultureInfo.InvariantCulture);
        if (IsExact)
            return F(Low!.Value);
        if (Low is { } l && High is { } h)
            return $"{F(l)}-{F(h)}";
        if (Low is { } lo)
            return (LowExclusive ? ">" : ">=") + F(lo);
        return (HighExclusive ? "<" : "<=") + F(High!.Value);
    }

    [GeneratedRegex(@"^(>=|<=|>|<)\s*(\d+(?:\.\d+)?)\z")]
    private static partial Regex Bound();

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*(?:-|–)\s*(\d+(?:\.\d+)?)\z")]
    private static partial Regex Range();

    [GeneratedRegex(@"^\d+(?:\.\d+)?\z")]
    private static partial Regex Plain();
}
