namespace Willing.Lifecycle.Survival;

/// <summary>A stable sort of doubles carrying an index each: LSD radix sort on the IEEE bits, O(n).</summary>
/// <remarks>
/// The bits are mapped to unsigned keys in the order of the values (negative values with every bit flipped,
/// others with the sign bit set), then sorted 11 bits at a time; a pass whose digit is the same for every key is
/// skipped. -0 sorts just before +0, which compare equal, so runs of equal values stay together. NaN is not
/// expected (the callers check for it). Short inputs use an insertion sort.
/// </remarks>
internal static class CoxSort
{
    private const int Bits = 11;
    private const int Buckets = 1 << Bits;

    /// <summary>Sorts <paramref name="keys"/> ascending, moving <paramref name="items"/> with them; equal keys keep their order.</summary>
    public static void Sort(double[] keys, int[] items)
    {
        int n = keys.Length;
        if (n <= 64)
        {
            InsertionSort(keys, items);
            return;
        }

        var original = items;
        var k = new ulong[n];
        for (int i = 0; i < n; i++)
            k[i] = Key(keys[i]);
        var histogram = new int[6 * Buckets];
        for (int i = 0; i < n; i++)
        {
            ulong v = k[i];
            for (int pass = 0; pass < 6; pass++)
                histogram[pass * Buckets + (int)((v >> (pass * Bits)) & (Buckets - 1))]++;
        }

        var k2 = new ulong[n];
        var items2 = new int[n];
        for (int pass = 0; pass < 6; pass++)
        {
            var counts = histogram.AsSpan(pass * Buckets, Buckets);
            int shift = pass * Bits;
            if (counts[(int)((k[0] >> shift) & (Buckets - 1))] == n)
                continue;
            int sum = 0;
            for (int b = 0; b < Buckets; b++)
            {
                int c = counts[b];
                counts[b] = sum;
                sum += c;
            }

            for (int i = 0; i < n; i++)
            {
                int b = (int)((k[i] >> shift) & (Buckets - 1));
                int to = counts[b]++;
                k2[to] = k[i];
                items2[to] = items[i];
            }

            (k, k2) = (k2, k);
            (items, items2) = (items2, items);
        }

        // The sorted keys and items may sit in the scratch arrays: copy back to the callers' arrays.
        for (int i = 0; i < n; i++)
            keys[i] = Value(k[i]);
        if (!ReferenceEquals(items, original))
            Array.Copy(items, original, n);
    }

    private static ulong Key(double v)
    {
        ulong bits = (ulong)BitConverter.DoubleToInt64Bits(v);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    private static double Value(ulong key)
    {
        ulong bits = (key & 0x8000_0000_0000_0000UL) != 0 ? key & 0x7FFF_FFFF_FFFF_FFFFUL : ~key;
        return BitConverter.Int64BitsToDouble((long)bits);
    }

    private static void InsertionSort(double[] keys, int[] items)
    {
        for (int i = 1; i < keys.Length; i++)
        {
            double key = keys[i];
            int item = items[i];
            int j = i - 1;
            while (j >= 0 && keys[j] > key)
            {
                keys[j + 1] = keys[j];
                items[j + 1] = items[j];
                j--;
            }

            keys[j + 1] = key;
            items[j + 1] = item;
        }
    }
}
