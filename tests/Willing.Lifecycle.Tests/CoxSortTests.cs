using Willing.Lifecycle.Survival;

namespace Willing.Lifecycle.Tests;

/// <summary>The radix sort under the Cox layout and concordance: ascending, stable, negative values and zeros.</summary>
public sealed class CoxSortTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(1000)]
    [InlineData(20000)]
    public void Sort_orders_ascending_and_keeps_equal_values_in_their_order(int n)
    {
        var random = new Random(n);
        var pool = new[] { -0.0, 0.0, 1e-300, -1e-300, double.MaxValue, double.MinValue, 5, -5, 0.1, 1e10 };
        var keys = new double[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = random.Next(4) switch
            {
                0 => pool[random.Next(pool.Length)],
                1 => Math.Round(random.NextDouble() * 20 - 10, 1),
                _ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-20, 20)),
            };
        }

        var items = Enumerable.Range(0, n).ToArray();
        var sorted = (double[])keys.Clone();
        CoxSort.Sort(sorted, items);

        var expected = Enumerable.Range(0, n).OrderBy(i => keys[i]).ToArray(); // LINQ's OrderBy is stable
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(keys[items[i]], sorted[i]);
            if (i > 0)
                Assert.True(sorted[i - 1] <= sorted[i], $"out of order at {i}");
        }

        // Equal keys (treating -0 and +0 as equal, as the comparisons do) keep their original order.
        for (int i = 1; i < n; i++)
        {
            if (sorted[i - 1] == sorted[i] && BitConverter.DoubleToInt64Bits(sorted[i - 1]) == BitConverter.DoubleToInt64Bits(sorted[i]))
                Assert.True(items[i - 1] < items[i], $"unstable at {i}");
        }

        Assert.Equal(expected.Select(i => keys[i]), sorted);
    }
}
