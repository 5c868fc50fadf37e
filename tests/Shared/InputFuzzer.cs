using System.Diagnostics;
using System.Text;
using CsCheck;

namespace Willing.Tests;

/// <summary>
/// A mutation fuzzer for Willing's readers: it takes real files (the built-in case base, the
/// codebook) and damages them in the ways a careless editor, a bad merge or a hostile file would
/// — byte flips, deletions, duplicated and swapped lines, YAML features (anchors, aliases, tags,
/// merges, complex keys, flow collections, document markers), odd line breaks and escapes, deep
/// nesting, overlong values, values moved from one field to another — and hands each result to a
/// property. The plans are drawn with CsCheck generators from a fixed PCG stream, so input
/// <c>i</c> of stream <c>s</c> is always the same bytes, on any number of threads.
/// </summary>
internal static class InputFuzzer
{
    /// <summary>Pieces of YAML and text that readers must survive.</summary>
    private static readonly string[] Snippets =
    [
        "&a ", "*a", "*nope", "? ", "? &k [*k]\n: v\n", "!!str ", "!!map ", "!custom ", "<<: *a\n", "[", "]", "{", "}", "[a,\nb]", ": ", "- : x\n",
        "\t", "\r", "\r\n", "\u2028", "\u0085", "\u2029", "\uFEFF", "...\n", "---\n", "--- # c", "\"\\UFFFFFFFF\"", "\"\\uDFFF\\uD800\"", "\"\\uD800\"",
        "\"\\0\"", "\"\\e[31m\"", "\"\\u202E\"", "\"a\\nb\"", "\"k\\nfake.yaml:1:1: error: x\": 1\n", "~", "null", "", "''", "\"\"", "2003-02-30", "2003-13",
        "0000", "99999999999", "-1", "1e400", "0x1F", "true", "yes", "no", "é", "😀", "\u0000", "#", " #", "|\n", ">-\n", "%YAML 1.1\n",
        "id: x\n", "sources: [nope]\n", "actor: NOPE\n", "kind: otter\n", "  - ", "    ", "\n", "USA", "GBR", "leader", "troops",
    ];

    private static readonly Gen<(int Kind, double Where, int Length, int Snippet, byte Byte)> Op =
        Gen.Select(Gen.Int[0, 12], Gen.Double[0, 1], Gen.Int[0, 80], Gen.Int[0, Snippets.Length - 1], Gen.Byte);

    private static readonly Gen<(int File, (int Kind, double Where, int Length, int Snippet, byte Byte)[] Ops)> Plan =
        Gen.Select(Gen.Int[0, 1000], Op.Array[1, 6]);

    /// <summary>What a fuzz run did, for the note and the test output.</summary>
    internal sealed record Summary(int Inputs, int Accepted, int Rejected, TimeSpan Slowest, long MostBytesAllocated, TimeSpan Elapsed);

    /// <summary>
    /// Runs <paramref name="count"/> inputs of stream <paramref name="stream"/> made from <paramref name="seeds"/>,
    /// calling <paramref name="property"/> on each (it returns true when the reader accepted the input).
    /// Any exception is rethrown naming the input's index, so it can be replayed alone with <see cref="Input"/>.
    /// </summary>
    public static Summary Run(IReadOnlyList<byte[]> seeds, int count, uint stream, Func<byte[], bool> property)
    {
        int accepted = 0;
        long slowestTicks = 0, mostBytes = 0;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            byte[] input = Input(seeds, stream, i);
            long before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            bool ok;
            try
            {
                ok = property(input);
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"fuzz input {i} of stream {stream} ({input.Length} bytes) failed: {ex.Message}", ex);
            }

            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            InterlockedMax(ref slowestTicks, watch.Elapsed.Ticks);
            InterlockedMax(ref mostBytes, bytes);
            if (ok)
                Interlocked.Increment(ref accepted);
        });
        return new Summary(count, accepted, count - accepted, TimeSpan.FromTicks(slowestTicks), mostBytes, clock.Elapsed);
    }

    /// <summary>Input <paramref name="index"/> of a stream: the same bytes every time.</summary>
    public static byte[] Input(IReadOnlyList<byte[]> seeds, uint stream, int index)
    {
        var pcg = new PCG(stream, (ulong)index * 0x9E3779B97F4A7C15UL);
        var (file, ops) = Plan.Generate(pcg, null, out _);
        byte[] bytes = seeds[file % seeds.Count];
        // One input in eight is left whole or nearly so, so that the round trip is exercised too.
        if (index % 8 == 0)
            return ops[0].Kind == 0 ? bytes : Apply(bytes, [(11, ops[0].Where, 0, 0, 0)], seeds);
        return Apply(bytes, ops, seeds);
    }

    private static byte[] Apply(byte[] original, (int Kind, double Where, int Length, int Snippet, byte Byte)[] ops, IReadOnlyList<byte[]> seeds)
    {
        byte[] bytes = original;
        foreach (var (kind, where, length, snippet, b) in ops)
        {
            int at = (int)(where * bytes.Length);
            switch (kind)
            {
                case 0: // flip one byte
                    bytes = (byte[])bytes.Clone();
                    if (bytes.Length > 0)
                        bytes[Math.Min(at, bytes.Length - 1)] ^= b == 0 ? (byte)1 : b;
                    break;
                case 1: // delete a range
                    bytes = [.. bytes.Take(at), .. bytes.Skip(at + length)];
                    break;
                case 2: // insert a snippet
                    bytes = [.. bytes.Take(at), .. Encoding.UTF8.GetBytes(Snippets[snippet]), .. bytes.Skip(at)];
                    break;
                case 3: // duplicate a line
                case 4: // swap a line with the next
                case 5: // replace a value with a snippet
                case 6: // re-indent a line
                case 10: // copy a line from another seed file
                    bytes = Lines(bytes, at, kind, length, Snippets[snippet], seeds);
                    break;
                case 7: // truncate
                    bytes = bytes[..Math.Min(at, bytes.Length)];
                    break;
                case 8: // deep nesting
                    int depth = 10 + (length * 700);
                    string open = (b % 3) switch { 0 => "[", 1 => "{a: ", _ => "- " };
                    string close = (b % 3) switch { 0 => "]", 1 => "}", _ => string.Empty };
                    string nest = b % 3 == 2
                        ? string.Concat(Enumerable.Range(0, Math.Min(depth, 3000)).Select(d => new string(' ', d) + "-\n"))
                        : string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
                    bytes = [.. bytes.Take(at), .. Encoding.UTF8.GetBytes(nest), .. bytes.Skip(at)];
                    break;
                case 9: // an alias bomb appended
                    var bomb = new StringBuilder("\nbomb0: &b0 [x, x, x, x]\n");
                    for (int k = 1; k <= 4 + (length % 12); k++)
                        bomb.Append($"bomb{k}: &b{k} [*b{k - 1}, *b{k - 1}, *b{k - 1}, *b{k - 1}]\n");
                    bytes = [.. bytes, .. Encoding.UTF8.GetBytes(bomb.ToString())];
                    break;
                case 11: // no change (the round trip of a whole file)
                    break;
                default: // an overlong value
                    string big = new((char)('a' + (b % 26)), 1000 * (1 + length));
                    bytes = [.. bytes.Take(at), .. Encoding.UTF8.GetBytes(big), .. bytes.Skip(at)];
                    break;
            }
        }

        return bytes;
    }

    private static byte[] Lines(byte[] bytes, int at, int kind, int length, string snippet, IReadOnlyList<byte[]> seeds)
    {
        string text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n').ToList();
        if (lines.Count == 0)
            return bytes;
        int i = Math.Min(text.AsSpan(0, Math.Min(at, text.Length)).Count('\n'), lines.Count - 1);
        switch (kind)
        {
            case 3:
                lines.Insert(i, lines[i]);
                break;
            case 4 when i + 1 < lines.Count:
                (lines[i], lines[i + 1]) = (lines[i + 1], lines[i]);
                break;
            case 5:
                int colon = lines[i].IndexOf(": ", StringComparison.Ordinal);
                if (colon >= 0)
                    lines[i] = lines[i][..(colon + 2)] + snippet;
                break;
            case 6:
                lines[i] = length % 2 == 0 ? new string(' ', length % 7) + lines[i].TrimStart() : lines[i].TrimStart();
                break;
            case 10:
                var other = Encoding.UTF8.GetString(seeds[length % seeds.Count]).Split('\n');
                lines.Insert(i, other[(at + length) % other.Length]);
                break;
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while (value > (current = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
