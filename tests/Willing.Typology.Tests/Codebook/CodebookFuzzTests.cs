using Willing.Typology.Codebook;
using Xunit.Abstractions;

namespace Willing.Typology.Tests.Codebook;

/// <summary>The codebook reader under the same mutation fuzzer as case files, seeded with the built-in codebook.</summary>
public class CodebookFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Read_MutatedCodebooks_NeverThrowsAndLocatesEveryError()
    {
        int count = int.TryParse(Environment.GetEnvironmentVariable("WILLING_FUZZ_INPUTS"), out int n) ? n : 2000;
        uint stream = uint.TryParse(Environment.GetEnvironmentVariable("WILLING_FUZZ_STREAM"), out uint s) ? s : 20261201;
        byte[] seed = File.ReadAllBytes(Path.Combine(RepoRoot.Find(), "data", "codebook.yaml"));

        var summary = InputFuzzer.Run([seed], count, stream, input =>
        {
            var result = CodebookReader.Read("fuzz-codebook.yaml", input);
            if (result.Codebook is not null)
            {
                Assert.Empty(result.Errors);
                return true;
            }

            Assert.NotEmpty(result.Errors);
            InputAssert.Located(input, result.Errors);
            return false;
        });

        output.WriteLine($"codebooks: {summary.Inputs} inputs (stream {stream}), {summary.Accepted} valid, {summary.Rejected} rejected; slowest {summary.Slowest.TotalMilliseconds:0} ms, most allocated {summary.MostBytesAllocated / (1024 * 1024)} MB; {summary.Elapsed.TotalSeconds:0.0} s");
        Assert.True(summary.Accepted > 0);
        Assert.True(summary.Slowest < TimeSpan.FromSeconds(2), $"an input took {summary.Slowest.TotalMilliseconds:0} ms");
        Assert.True(summary.MostBytesAllocated < 200L * 1024 * 1024, $"an input allocated {summary.MostBytesAllocated / (1024 * 1024)} MB");
    }

    [Theory]
    [InlineData("and(and(and(and(and(and(and(and(and(and(and(and(and(and(and(and(and(and(and(and(and(and(and(and(and(and(and(and(and(and(and(and(and(H1)))))))))))))))))))))))))))))))))")]
    public void Parse_RuleNestedBeyondTheLimit_IsAFormatError(string rule)
    {
        var ex = Assert.Throws<FormatException>(() => CombinationRule.Parse(rule));

        Assert.Contains("more than 32 deep", ex.Message, StringComparison.Ordinal);
    }
}
