using System.Diagnostics;
using System.Globalization;
using System.Text;
using Willing.Core.Reading;

namespace Willing.Core.Tests.Reading;

/// <summary>
/// The regression corpus of files that once crashed, hung or fooled the reader (issue 6), and
/// generated ones too large to keep as files: each gives a located, readable error, quickly.
/// </summary>
public class HostileInputTests
{
    private static readonly string CorpusDir = Path.Combine(RepoRoot.Find(), "tests", "Willing.Core.Tests", "Reading", "Corpus");

    public static TheoryData<string, int, int, string, string> Corpus()
    {
        var data = new TheoryData<string, int, int, string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(CorpusDir, "expected.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var f = line.Split('\t');
            data.Add(f[0], int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture), f[3], f.Length > 4 ? f[4] : string.Empty);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Read_CorpusFile_GivesTheLocatedError(string file, int line, int column, string fragment, string absent)
    {
        byte[] input = File.ReadAllBytes(Path.Combine(CorpusDir, file));

        var result = Bounded(() => CaseFileReader.Read(file, input));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Line == line && e.Column == column && e.Message.Contains(fragment, StringComparison.Ordinal));
        if (absent.Length > 0)
            Assert.DoesNotContain(result.Errors, e => e.Message.Contains(absent, StringComparison.Ordinal));
        Assert.Equal(result.Errors.Count, result.Errors.Select(e => e.ToString()).Distinct().Count());
        InputAssert.Located(input, result.Errors);
    }

    [Theory]
    [InlineData("{a: ", "}", 17_000)]
    [InlineData("[", "]", 30_000)]
    public void Read_DeepFlowNesting_IsOneErrorAtTheLimit(string open, string close, int depth)
    {
        string text = "id: x\nname: " + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)) + "\n";

        var result = Bounded(() => CaseFileReader.Read("deep.yaml", text));

        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("more than 64 levels deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeepBlockNesting_IsOneErrorAtTheLimit()
    {
        string text = "id: x\nname:\n" + string.Concat(Enumerable.Range(0, 24_000).Select(i => new string(' ', i % 2000) + "-\n"));

        var result = Bounded(() => CaseFileReader.Read("deep.yaml", text));

        Assert.Contains(result.Errors, e => e.Message.Contains("levels deep", StringComparison.Ordinal) && e.Line == 66);
    }

    [Fact]
    public void Read_LongReference_EchoesItShortAndSkipsTheHint()
    {
        string text = Minimal().Replace("actor: NOR", "actor: " + new string('N', 300_000), StringComparison.Ordinal);

        var result = Bounded(() => CaseFileReader.Read("long.yaml", text));

        var error = Assert.Single(result.Errors);
        Assert.Contains("is not declared in actors", error.Message, StringComparison.Ordinal);
        Assert.True(error.ToString().Length < 400, $"{error.ToString().Length} characters");
    }

    [Fact]
    public void Read_TenThousandMistakes_ShowsTheLimitAndCountsTheRest()
    {
        string text = Minimal() + "events:\n" + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"  - {{ id: e{i}, kind: otter, date: 2004, sources: [nope] }}\n"));

        // 340 KB and 10,000 errors: a scale test, given more room than the small hostile files.
        var result = Bounded(() => CaseFileReader.Read("many.yaml", text), seconds: 5);

        Assert.Equal(InputLimits.Default.MaxErrors + 1, result.Errors.Count);
        Assert.Contains("more errors", result.Errors[^1].Message, StringComparison.Ordinal);
        Assert.Equal(10_000, result.ErrorCount);
    }

    [Fact]
    public void Read_FileLargerThanTheLimit_IsOneErrorWithoutParsing()
    {
        byte[] input = Encoding.UTF8.GetBytes(Minimal() + "notes: " + new string('x', (int)InputLimits.Default.MaxFileBytes) + "\n");

        var result = Bounded(() => CaseFileReader.Read("huge.yaml", input));

        var error = Assert.Single(result.Errors);
        Assert.Contains("larger than the limit", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("crlf")]
    [InlineData("bom")]
    [InlineData("bom+crlf")]
    public void Read_RealFileWithCrlfOrByteOrderMark_StillValidates(string variant)
    {
        string text = Minimal();
        if (variant.Contains("crlf", StringComparison.Ordinal))
            text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        if (variant.StartsWith("bom", StringComparison.Ordinal))
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];

        var result = CaseFileReader.Read("ok.yaml", bytes);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    [Fact]
    public void Read_CrlfFileWithAnError_CountsLinesAsEditorsDo()
    {
        string text = Minimal().Replace("category: humanitarian-disarmament", "category: otter", StringComparison.Ordinal);
        int expectedLine = text.Split('\n').ToList().FindIndex(l => l.Contains("category: otter", StringComparison.Ordinal)) + 1;

        var result = CaseFileReader.Read("crlf.yaml", text.Replace("\n", "\r\n", StringComparison.Ordinal));

        var error = Assert.Single(result.Errors);
        Assert.Equal(expectedLine, error.Line);
        Assert.Equal(13, error.Column);
    }

    [Fact]
    public void InputError_WithForgedLinesAndControls_PrintsOneEscapedLine()
    {
        var error = new InputError("a\nb.yaml", 1, 1, "bad \u001B[31m\u202Evalue\r\nfake.yaml:1:1: error: x", "k\u2028");

        Assert.Equal("a\\nb.yaml:1:1: error: bad \\u001B[31m\\u202Evalue\\r\\nfake.yaml:1:1: error: x (k\\u2028)", error.ToString());
    }

    private static string Minimal() => File.ReadAllText(Path.Combine(RepoRoot.Find(), "docs", "examples", "minimal-case.yaml"));

    // Every hostile input is read in under two seconds (the scale test: five) and under 200 MB allocated: generous bounds
    // that catch a hang or a blow-up (healthy reads take milliseconds), not a benchmark.
    private static T Bounded<T>(Func<T> read, double seconds = 2)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var result = read();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(seconds), $"took {watch.Elapsed.TotalMilliseconds:0} ms");
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 200L * 1024 * 1024, $"allocated {allocated / (1024 * 1024)} MB");
        return result;
    }
}
