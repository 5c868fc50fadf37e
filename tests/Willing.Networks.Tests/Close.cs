namespace Willing.Networks.Tests;

/// <summary>Assertions of numbers to 1e-9, relative where the values are larger than 1; NaN only equals NaN.</summary>
internal static class Close
{
    public const double Tolerance = 1e-9;

    public static void Equal(double expected, double actual, string what)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            Assert.True(double.IsNaN(expected) && double.IsNaN(actual), $"{what}: expected {expected}, got {actual}");
            return;
        }

        Assert.True(Math.Abs(expected - actual) <= Tolerance * Math.Max(1, Math.Abs(expected)), $"{what}: expected {expected:R}, got {actual:R}");
    }

    public static void Equal(IReadOnlyList<double> expected, IReadOnlyList<double> actual, string what)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
            Equal(expected[i], actual[i], $"{what}[{i}]");
    }
}
