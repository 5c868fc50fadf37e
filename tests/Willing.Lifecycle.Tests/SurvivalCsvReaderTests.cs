using Willing.Lifecycle.Io;

namespace Willing.Lifecycle.Tests;

public sealed class SurvivalCsvReaderTests
{
    private static readonly SurvivalCsvOptions Plain = new("time", "status");

    private static SurvivalCsvReader.Result Read(string text, SurvivalCsvOptions? options = null) =>
        SurvivalCsvReader.ReadText("d.csv", text, options ?? Plain);

    [Theory]
    [InlineData("1,0,1", new[] { 1, 0, 1 })]
    [InlineData("true,FALSE,True", new[] { 1, 0, 1 })]
    [InlineData("2,1,2", new[] { 1, 0, 1 })] // R's Surv: 2 = event, 1 = censored
    [InlineData("1,1,1", new[] { 1, 1, 1 })]
    public void EventColumn_AcceptsTheThreeCodings(string codes, int[] expected)
    {
        var c = codes.Split(',');
        var r = Read($"time,status\n5,{c[0]}\n6,{c[1]}\n7.5,{c[2]}\n");
        Assert.Empty(r.Errors);
        Assert.Equal(expected, r.Data!.Status.ToArray());
        Assert.Equal([5, 6, 7.5], r.Data.Stop.ToArray());
    }

    [Fact]
    public void EveryErrorIsLocated_AllAtOnce()
    {
        var r = Read("time,status\n5,1\nfive,1\n6,yes\n-1,0\n", Plain);
        Assert.Equal(
            ["d.csv:3:1: error: 'five' is not a number (time)", "d.csv:4:3: error: 'yes' is not an event indicator: write 1 (event) or 0 (censored), true or false, or R's 2 (event) and 1 (censored) (status)", "d.csv:5:1: error: the time -1 is negative: times are durations from the start (time)"],
            r.Errors.Select(e => e.ToString()));
        Assert.Null(r.Data);
    }

    [Fact]
    public void MissingColumns_AreNamedWithAHint()
    {
        var r = Read("Time,status,x\n5,1,2\n", Plain with { Covariates = ["age"] });
        Assert.Equal(2, r.Errors.Count);
        Assert.Contains("there is 'Time'", r.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("time", r.Errors[0].FieldPath);
        Assert.Contains("no 'age' column for the covariate", r.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StopBeforeStart_IsAnErrorAtTheStopField()
    {
        var r = Read("id,start,stop,event\na,0,3,0\na,3,2,1\n", new SurvivalCsvOptions("stop", "event", Start: "start", Cluster: "id"));
        var e = Assert.Single(r.Errors);
        Assert.Equal((3, 5), (e.Line, e.Column));
        Assert.Contains("not after the start time 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MixedCodings_AreRefused()
    {
        Assert.Contains("mixes 0 and 2", Read("time,status\n1,0\n2,2\n").Errors.Single().Message, StringComparison.Ordinal);
        Assert.Contains("mixes true/false with numbers", Read("time,status\n1,true\n2,0\n").Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingCovariates_DropTheRow_AsRDoes_AndBadNumbersAreErrors()
    {
        var options = Plain with { Covariates = ["x"], Group = "g" };
        var r = Read("time,status,x,g\n1,1,0.5,a\n2,0,NA,b\n3,1,,a\n4,1,2e1,b\n", options);
        Assert.Empty(r.Errors);
        Assert.Equal(2, r.DroppedForMissing);
        Assert.Equal([0.5, 20], r.Data!.Covariates[0].Values.ToArray());
        Assert.Equal(["a", "b"], r.Data.Groups.ToArray());
        Assert.Equal("x", Read("time,status,x,g\n1,1,abc,a\n", options).Errors.Single().FieldPath);
    }

    [Fact]
    public void Causes_AreNumberedAsRNumbersAFactorsLevels()
    {
        var r = Read("time,status\n1,pcm\n2,0\n3,death\n4,censored\n5,pcm\n", Plain with { Causes = true });
        Assert.Empty(r.Errors);
        Assert.Equal(["death", "pcm"], r.Data!.Causes.ToArray());
        Assert.Equal([2, 0, 1, 0, 2], r.Data.Status.ToArray());
        var numbers = Read("time,status\n1,10\n2,2\n", Plain with { Causes = true }).Data!;
        Assert.Equal(["2", "10"], numbers.Causes.ToArray());
    }

    [Fact]
    public void BadBytesAndShapes_GetOneLocatedError()
    {
        Assert.Contains("not valid UTF-8", SurvivalCsvReader.Read("d.csv", new byte[] { (byte)'t', 0xff, (byte)'\n' }, Plain).Errors.Single().Message, StringComparison.Ordinal);
        Assert.Contains("empty", Read("  \n").Errors.Single().Message, StringComparison.Ordinal);
        Assert.Contains("no data rows", Read("time,status\n").Errors.Single().Message, StringComparison.Ordinal);
        Assert.Contains("3 fields but the header has 2", Read("time,status\n1,1,9\n").Errors.Single().Message, StringComparison.Ordinal);
        Assert.Contains("never closed", Read("time,status\n1,\"1\n").Errors.Single().Message, StringComparison.Ordinal);
        Assert.Contains("used twice", Read("time,status,time\n1,1,1\n").Errors.Single().Message, StringComparison.Ordinal);
        Assert.Contains("more than 2 rows", Read("time,status\n1,1\n2,1\n3,1\n", Plain with { MaxRows = 2 }).Errors.Single().Message, StringComparison.Ordinal);
        Assert.Contains("no such file", SurvivalCsvReader.ReadFile("/nonexistent/x.csv", Plain).Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MutatedFiles_NeverThrow()
    {
        var options = new SurvivalCsvOptions("stop", "event", Start: "start", Group: "g", Covariates: ["x"]);
        var seeds = new[]
        {
            System.Text.Encoding.UTF8.GetBytes("start,stop,event,g,x\n0,1,1,a,0.5\n1,2,0,b,1\n1,3,2,\"b\",NA\n"),
            System.Text.Encoding.UTF8.GetBytes("start,stop,event,g,x\n0,1.5,true,a,1e3\n"),
        };
        var summary = InputFuzzer.Run(seeds, 1000, 9, bytes =>
        {
            var r = SurvivalCsvReader.Read("fuzz.csv", bytes, options);
            Assert.True((r.Data is null) != (r.Errors.Count == 0));
            Assert.All(r.Errors, e => Assert.True(e.Line >= 1 && e.Column >= 1));
            r.Data?.Validated();
            return r.Data is not null;
        });
        Assert.True(summary.Accepted > 0 && summary.Rejected > 0);
    }
}
