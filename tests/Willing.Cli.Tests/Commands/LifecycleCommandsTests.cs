using System.Text.Json;

namespace Willing.Cli.Tests.Commands;

/// <summary>The lifecycle commands end to end: their JSON contracts, a researcher's CSV, and bad input located to the field.</summary>
public sealed class LifecycleCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("willing-lifecycle-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // R's aml: weeks to relapse of acute myelogenous leukaemia, maintained chemotherapy or not.
    private const string Aml = """
        time,status,x
        9,1,Maintained
        13,1,Maintained
        13,0,Maintained
        18,1,Maintained
        23,1,Maintained
        28,0,Maintained
        31,1,Maintained
        34,1,Maintained
        45,0,Maintained
        48,1,Maintained
        161,0,Maintained
        5,1,Nonmaintained
        5,1,Nonmaintained
        8,1,Nonmaintained
        8,1,Nonmaintained
        12,1,Nonmaintained
        16,0,Nonmaintained
        23,1,Nonmaintained
        27,1,Nonmaintained
        30,1,Nonmaintained
        33,1,Nonmaintained
        43,1,Nonmaintained
        45,1,Nonmaintained
        """;

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string AmlWithDummy() =>
        Write("aml.csv", string.Join('\n', Aml.Split('\n').Select((l, i) => i == 0 ? l + ",nonmaintained" : l + (l.EndsWith("Nonmaintained", StringComparison.Ordinal) ? ",1" : ",0"))) + "\n");

    [Fact]
    public void Km_Csv_FollowsTheContract_AndMatchesR()
    {
        var run = CliRun.Of("survival", "km", "--csv", Write("aml.csv", Aml), "--time", "time", "--event", "status", "--group", "x", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var rows = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
        var first = rows[0];
        foreach (var field in (string[])["group", "time", "at_risk", "events", "censored", "survival", "std_err", "ci_low", "ci_high"])
            Assert.True(first.TryGetProperty(field, out _), field);
        Assert.Equal("Maintained", first.GetProperty("group").GetString());
        Assert.Equal(9, first.GetProperty("time").GetDouble());
        Assert.Equal(11, first.GetProperty("at_risk").GetInt32());
        // R: summary(survfit(Surv(time, status) ~ x, aml)): 0.9090909091, std.err 0.0866784172.
        Assert.Equal(0.9090909091, first.GetProperty("survival").GetDouble(), 9);
        Assert.Equal(0.0866784172, first.GetProperty("std_err").GetDouble(), 9);
        Assert.Contains(rows, r => r.GetProperty("group").GetString() == "Nonmaintained");
    }

    [Fact]
    public void Km_Table_GivesMediansAndTheLogRankTest()
    {
        var run = CliRun.Of("survival", "km", "--csv", Write("aml.csv", Aml), "--time", "time", "--event", "status", "--group", "x");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("median time to exit", run.Output, StringComparison.Ordinal);
        Assert.Contains("Log-rank test: chi-square 3.396 on 1 df", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cox_Csv_MatchesR()
    {
        var run = CliRun.Of("survival", "cox", "--csv", AmlWithDummy(), "--time", "time", "--event", "status", "--covariates", "nonmaintained", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(23, root.GetProperty("n").GetInt32());
        Assert.Equal(18, root.GetProperty("events").GetInt32());
        // R: coxph(Surv(time, status) ~ I(x == "Nonmaintained"), aml).
        Assert.Equal(-42.7248392628, root.GetProperty("loglik_null").GetDouble(), 8);
        Assert.Equal(-41.0326155965, root.GetProperty("loglik").GetDouble(), 8);
        var c = root.GetProperty("coefficients")[0];
        Assert.Equal("nonmaintained", c.GetProperty("name").GetString());
        Assert.Equal(0.9155325750, c.GetProperty("coef").GetDouble(), 8);
        Assert.Equal(0.5119342752, c.GetProperty("se").GetDouble(), 8);
        Assert.Equal(Math.Exp(0.9155325750), c.GetProperty("hazard_ratio").GetDouble(), 7);
        foreach (var field in (string[])["z", "p", "ci_low", "ci_high"])
            Assert.True(c.TryGetProperty(field, out _), field);
        Assert.True(root.TryGetProperty("concordance", out _));
    }

    [Fact]
    public void BadCsv_IsReportedFieldByField_AndLoadsNothing()
    {
        string path = Write("bad.csv", "id,start,stop,status,age\na,0,5,1,60\nb,4,2,1,x\nc,0,3,yes,50\n");
        var run = CliRun.Of("survival", "cox", "--csv", path, "--start", "start", "--time", "stop", "--event", "status", "--covariates", "age");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains($"{path}:3:5: error: the stop time 2 is not after the start time 4", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:3:9: error: 'x' is not a number", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:4:7: error: 'yes' is not an event indicator", run.Error, StringComparison.Ordinal);

        var missing = CliRun.Of("survival", "km", "--csv", path, "--time", "end", "--event", "status");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("the header has no 'end' column for the times", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Cox_SingularDesign_IsAClearError()
    {
        string path = Write("same.csv", "time,status,a,b\n1,1,1,2\n2,0,2,4\n3,1,3,6\n4,1,4,8\n");
        var run = CliRun.Of("survival", "cox", "--csv", path, "--time", "time", "--event", "status", "--covariates", "a,b");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot fit the Cox model", run.Error, StringComparison.Ordinal);
        Assert.Contains("'b'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongUsage_ExitsWithTwo()
    {
        Assert.Equal(2, CliRun.Of("survival", "km").ExitCode);
        Assert.Equal(2, CliRun.Of("survival", "km", "iraq-2003", "--csv", "x.csv").ExitCode);
        Assert.Equal(2, CliRun.Of("survival", "km", "--csv", "x.csv").ExitCode);
        Assert.Equal(2, CliRun.Of("survival", "cox", "iraq-2003", "--ties", "exact").ExitCode);
        Assert.Equal(2, CliRun.Of("survival", "export", "iraq-2003", "--scheduled", "sometimes").ExitCode);
    }

    [Fact]
    public void Iraq_Timeline_ShowsTheSpring2004Cascade()
    {
        var run = CliRun.Of("timeline", "iraq-2003", "--format", "json", "--draws", "200");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("2003-03", root.GetProperty("origin").GetString());
        var cascades = root.GetProperty("cascades");
        var spring = cascades.GetProperty("cascades").EnumerateArray()
            .Single(c => c.GetProperty("exits").EnumerateArray().Any(e => e.GetProperty("member").GetString() == "ESP"));
        Assert.Equal(["ESP", "HND", "DOM"], spring.GetProperty("exits").EnumerateArray().Select(e => e.GetProperty("member").GetString()));
        Assert.Equal("cov-election-esp-2004-03-14", spring.GetProperty("trigger").GetString());
        Assert.InRange(cascades.GetProperty("p_largest").GetDouble(), 1.0 / 201, 1);
        Assert.Contains(root.GetProperty("members").EnumerateArray(), m => m.GetProperty("actor").GetString() == "ESP" && m.GetProperty("kind").GetString() == "unilateral");
    }

    [Fact]
    public void Iraq_ExportKmCoxCifZph_AllRun_AndAgree()
    {
        string csv = Path.Combine(_dir, "iraq.csv");
        Assert.Equal(0, CliRun.Of("survival", "export", "iraq-2003", "--out", csv).ExitCode);
        var lines = File.ReadAllLines(csv);
        Assert.StartsWith("member,month,start,stop,event,cause,election_past3,", lines[0], StringComparison.Ordinal);
        int exits = lines.Skip(1).Count(l => l.Split(',')[4] == "1");

        // The exported rows read back through --csv give the same model as the case itself.
        var fromCase = JsonDocument.Parse(CliRun.Of("survival", "cox", "iraq-2003", "--format", "json").Output).RootElement;
        var fromCsv = JsonDocument.Parse(CliRun.Of("survival", "cox", "--csv", csv, "--start", "start", "--time", "stop", "--event", "event", "--cluster", "member",
            "--covariates", "election_past3,gov_change_past3,casualties_past3", "--format", "json").Output).RootElement;
        Assert.Equal(exits, fromCase.GetProperty("events").GetInt32());
        Assert.Equal(fromCase.GetProperty("loglik").GetDouble(), fromCsv.GetProperty("loglik").GetDouble(), 10);
        Assert.Equal(fromCase.GetProperty("coefficients")[0].GetProperty("robust_se").GetDouble(), fromCsv.GetProperty("coefficients")[0].GetProperty("robust_se").GetDouble(), 10);
        Assert.Equal(["election_past3", "gov_change_past3", "casualties_past3"], fromCase.GetProperty("coefficients").EnumerateArray().Select(c => c.GetProperty("name").GetString()));

        var km = JsonDocument.Parse(CliRun.Of("survival", "km", "iraq-2003", "--format", "json").Output).RootElement;
        Assert.Equal(exits, km.EnumerateArray().Sum(r => r.GetProperty("events").GetInt32()));

        var cif = JsonDocument.Parse(CliRun.Of("survival", "cif", "iraq-2003", "--format", "json").Output).RootElement;
        Assert.Contains(cif.EnumerateArray(), r => r.GetProperty("cause").GetString() == "election");

        var zph = JsonDocument.Parse(CliRun.Of("survival", "zph", "iraq-2003", "--format", "json").Output).RootElement;
        Assert.Equal(3, zph.GetProperty("terms").GetArrayLength());
        Assert.True(zph.TryGetProperty("global", out _));
    }

    [Fact]
    public void Charts_AreWritten()
    {
        string gantt = Path.Combine(_dir, "gantt.svg"), exits = Path.Combine(_dir, "exits.svg"), km = Path.Combine(_dir, "km.svg");
        Assert.Equal(0, CliRun.Of("timeline", "iraq-2003", "--draws", "10", "--chart", gantt, "--exits-chart", exits, "--troops-only").ExitCode);
        Assert.Equal(0, CliRun.Of("survival", "km", "iraq-2003", "--chart", km).ExitCode);
        Assert.Contains("timeline-row", File.ReadAllText(gantt), StringComparison.Ordinal);
        Assert.Contains("cumulative-line", File.ReadAllText(exits), StringComparison.Ordinal);
        Assert.Contains("retention-curve", File.ReadAllText(km), StringComparison.Ordinal);
        Assert.Equal(2, CliRun.Of("timeline", "iraq-2003", "--chart", "x.gif").ExitCode);
    }
}
