using Willing.Core.Reading;
using Willing.Core.Writing;
using Xunit.Abstractions;

namespace Willing.Core.Tests.Reading;

/// <summary>
/// The case-file reader under a mutation fuzzer seeded with the built-in case base: no input
/// makes it throw, every error is located inside the file and printable, time and memory stay
/// bounded, and a file that validates reads back the same coalition after a write.
/// </summary>
/// <remarks>
/// A fixed stream and a budget of a few thousand inputs in the suite; <c>scripts/fuzz.sh</c> runs
/// a longer one (set <c>WILLING_FUZZ_INPUTS</c> and <c>WILLING_FUZZ_STREAM</c>).
/// </remarks>
public class CaseFileFuzzTests(ITestOutputHelper output)
{
    // Bounds per input (wall time, on a machine shared with the other test projects). They are hang and blow-up detectors, far above what a healthy reader needs
    // (a few milliseconds and a few megabytes), not performance targets.
    private static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(5);
    private const long MaxAllocatedBytes = 200L * 1024 * 1024;

    internal static IReadOnlyList<byte[]> Seeds() =>
        [.. Directory.GetFiles(Path.Combine(RepoRoot.Find(), "data", "cases"), "*.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

    [Fact]
    public void Read_MutatedCaseFiles_NeverThrowsAndLocatesEveryError()
    {
        int count = int.TryParse(Environment.GetEnvironmentVariable("WILLING_FUZZ_INPUTS"), out int n) ? n : 3000;
        uint stream = uint.TryParse(Environment.GetEnvironmentVariable("WILLING_FUZZ_STREAM"), out uint s) ? s : 20261201;

        var summary = InputFuzzer.Run(Seeds(), count, stream, Check);

        output.WriteLine($"case files: {summary.Inputs} inputs (stream {stream}), {summary.Accepted} valid, {summary.Rejected} rejected; slowest {summary.Slowest.TotalMilliseconds:0} ms, most allocated {summary.MostBytesAllocated / (1024 * 1024)} MB; {summary.Elapsed.TotalSeconds:0.0} s");
        Assert.True(summary.Accepted > 0, "no input was valid, so the round trip was never checked");
        Assert.True(summary.Rejected > count / 2, "most inputs should be broken");
        Assert.True(summary.Slowest < MaxTime, $"an input took {summary.Slowest.TotalMilliseconds:0} ms");
        Assert.True(summary.MostBytesAllocated < MaxAllocatedBytes, $"an input allocated {summary.MostBytesAllocated / (1024 * 1024)} MB");
    }

    internal static bool Check(byte[] input)
    {
        var result = CaseFileReader.Read("fuzz.yaml", input);
        if (!result.Succeeded)
        {
            Assert.NotEmpty(result.Errors);
            Assert.Null(result.Coalition);
            InputAssert.Located(input, result.Errors);
            return false;
        }

        string written = CaseFileWriter.Write(result.Coalition!);
        var reread = CaseFileReader.Read("fuzz-written.yaml", written);
        Assert.True(reread.Succeeded, string.Join("; ", reread.Errors));
        Assert.Equal(CanonicalJson.Of(result.Coalition!), CanonicalJson.Of(reread.Coalition!));
        return true;
    }
}
