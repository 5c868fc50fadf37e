using System.Text;
using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Simulation.Scenarios;
using Xunit.Abstractions;

namespace Willing.Simulation.Tests;

public class ScenarioReaderTests(ITestOutputHelper output)
{
    // A valid file; each test breaks one line of it. Line numbers below refer to this text.
    internal const string Valid = """
        id: test-scenario
        name: Test scenario
        mechanism: toy-mechanism
        case: iraq-2003
        description: A scenario for the tests.
        start: 2003-01
        months: 84
        parameters: { budget: 10, base_hazard: 0.01 }
        population: { count: 120, kind: state, prefix: other, description: the rest, attributes: { alignment: 0.2 }, sources: [un-members] }
        actors:
          - { id: ESP, attributes: { domestic_opposition: { value: 0.9, sources: [cis-2003] } }, note: polls }
          - { id: new-ngo, kind: ngo, name: A new NGO, attributes: { power: 0.1 } }
        events:
          - { id: spain-election, kind: election, date: 2004-03-14, actor: ESP, value: 1, description: the election, sources: [cis-2003] }
        calibration:
          free: [ { name: base_hazard, low: 0.001, high: 0.2 } ]
          target: { case: iraq-2003, curve: troop-contributors, reporter: members, until: 2009-12 }
          loss: rmse
          replicates: 20
          evaluations: 30
        checks:
          - { scenario: other.yaml, target: { case: icc-rome-statute, series: states-parties, reporter: adopters }, description: out of sample }
        sources:
          - { id: un-members, citation: UN member states, url: https://www.un.org/en/about-us/member-states }
          - { id: cis-2003, citation: CIS barometer 2003 }
        """;

    private static ScenarioReadResult Read(string text) => ScenarioReader.Read("test.yaml", text);

    private static string Replace(string line, string replacement)
    {
        Assert.Contains(line, Valid, StringComparison.Ordinal);
        int i = Valid.IndexOf(line, StringComparison.Ordinal);
        return string.Concat(Valid.AsSpan(0, i), replacement, Valid.AsSpan(i + line.Length));
    }

    internal static (int Line, int Column) Where(string text, string replacement, string at)
    {
        int index = text.IndexOf(replacement, StringComparison.Ordinal) + replacement.IndexOf(at, StringComparison.Ordinal);
        string before = text[..index];
        return (before.Count(c => c == '\n') + 1, index - (before.LastIndexOf('\n') + 1) + 1);
    }

    private static InputError SingleError(string text)
    {
        var result = Read(text);
        Assert.Null(result.Scenario);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Read_ValidFile_RoundTripsIntoTheRecords()
    {
        var result = Read(Valid);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        var s = result.Scenario!;
        Assert.Equal(("test-scenario", "Test scenario", "toy-mechanism"), (s.Id, s.Name, s.Mechanism));
        Assert.Equal("iraq-2003", s.Case!.Id.Value);
        Assert.Equal(new ScenarioMonth(2003, 1), s.Start);
        Assert.Equal(84, s.Months);
        Assert.Equal([("budget", "10"), ("base_hazard", "0.01")], s.Parameters.Select(p => (p.Name, p.Text)));
        Assert.Equal(new Core.Reading.Yaml.YamlPosition(8, 23), s.Parameters[0].Position); // the value's position
        Assert.Equal("parameters.budget", s.Parameters[0].Path);
        var pop = s.Population!;
        Assert.Equal((120, "state", "other"), (pop.Count, pop.Kind, pop.Prefix));
        Assert.Equal(0.2, Assert.Single(pop.Attributes).Value);
        Assert.Equal(["un-members"], pop.Sources.ToArray());
        Assert.Equal(["ESP", "new-ngo"], s.Actors.Select(a => a.Id));
        var opposition = Assert.Single(s.Actors[0].Attributes);
        Assert.Equal(("domestic_opposition", 0.9), (opposition.Name, opposition.Value));
        Assert.Equal(["cis-2003"], opposition.Sources.ToArray());
        Assert.Equal("actors[0].attributes.domestic_opposition", opposition.Path);
        Assert.Equal("ngo", s.Actors[1].Kind);
        var e = Assert.Single(s.Events);
        Assert.Equal(("election", "ESP", 1.0), (e.Kind, e.Actor, e.Value!.Value));
        Assert.Equal(PartialDate.Parse("2004-03-14"), e.Date);
        var c = s.Calibration!;
        Assert.Equal(("base_hazard", 0.001, 0.2), (c.Free[0].Name, c.Free[0].Low, c.Free[0].High));
        Assert.Equal(("troop-contributors", "members", new ScenarioMonth(2009, 12)), (c.Target.Curve, c.Target.Reporter, c.Target.Until!.Value));
        Assert.Equal(("rmse", 20, 30), (c.Loss, c.Replicates, c.Evaluations));
        var check = Assert.Single(s.Checks);
        Assert.Equal(("other.yaml", "states-parties", "adopters"), (check.Scenario, check.Target.Series, check.Target.Reporter));
        Assert.Equal(["un-members", "cis-2003"], s.Sources.Select(x => x.Id));
    }

    [Fact]
    public void ScenarioMonth_Plus_IsTheRuleForSteps()
    {
        var start = new ScenarioMonth(2003, 1);

        Assert.Equal(new ScenarioMonth(2003, 12), start.Plus(11));
        Assert.Equal(new ScenarioMonth(2010, 1), start.Plus(84));
        Assert.Equal(new ScenarioMonth(2002, 12), start.Plus(-1));
        Assert.Equal(84, start.MonthsUntil(start.Plus(84)));
    }

    [Theory]
    [InlineData("start: 2003-01", "start: 2003-1", "2003-1", "start", "is not a month")]
    [InlineData("start: 2003-01", "start: 2003-13", "2003-13", "start", "the month must be 01 to 12")]
    [InlineData("months: 84", "months: 0", "0", "months", "outside 1 … 1200")]
    [InlineData("months: 84", "months: 5000", "5000", "months", "outside 1 … 1200")]
    [InlineData("months: 84", "months: many", "many", "months", "is not a whole number")]
    [InlineData("count: 120", "count: -1", "-1", "population.count", "outside 0 … 1000000")]
    [InlineData("low: 0.001, high: 0.2", "low: 0.3, high: 0.2", "0.2", "calibration.free[0].high", "must be above low")]
    [InlineData("date: 2004-03-14", "date: 2004-02-30", "2004-02-30", "events[0].date", "")]
    [InlineData("date: 2004-03-14", "date: 2002-05", "2002-05", "events[0].date", "before the scenario's start")]
    [InlineData("mechanism: toy-mechanism", "mechanism: Toy Mechanism", "Toy Mechanism", "mechanism", "is not a valid mechanism")]
    [InlineData("replicates: 20", "replicates: 0", "0", "calibration.replicates", "outside 1")]
    [InlineData("loss: rmse", "loss: rmsee", "rmsee", "calibration.loss", "did you mean 'rmse'?")]
    [InlineData("curve: troop-contributors", "curve: troop-contributor", "troop-contributor", "calibration.target.curve", "did you mean 'troop-contributors'?")]
    [InlineData("sources: [cis-2003] } }", "sources: [cis-2004] } }", "cis-2004", "actors[0].attributes.domestic_opposition.sources[0]", "source 'cis-2004' is not declared in sources; did you mean 'cis-2003'?")]
    [InlineData("{ value: 0.9,", "{ value: lots,", "lots", "actors[0].attributes.domestic_opposition.value", "is not a finite number")]
    [InlineData("scenario: other.yaml", "scenario: ../other.yaml", "../other.yaml", "checks[0].scenario", "is not a scenario file next to this one")]
    public void Read_OneBrokenValue_IsOneLocatedError(string line, string replacement, string at, string path, string message)
    {
        string text = Replace(line, replacement);
        var (row, column) = Where(text, replacement, at);

        var error = SingleError(text);

        Assert.Equal(("test.yaml", row, column, path), (error.File, error.Line, error.Column, error.FieldPath));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownKey_SuggestsTheNearest()
    {
        var error = SingleError(Replace("description: A scenario", "descripton: A scenario"));

        Assert.Equal((5, 1, "descripton"), (error.Line, error.Column, error.FieldPath));
        Assert.Contains("unknown key 'descripton'; did you mean 'description'?", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown key 'los'; did you mean 'loss'?", SingleError(Replace("loss: rmse", "los: rmse")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateIds_AreReportedAtTheSecond()
    {
        var actor = SingleError(Replace("id: new-ngo, kind: ngo", "id: ESP, kind: ngo"));
        string twice = Replace("  - { id: cis-2003, citation: CIS barometer 2003 }", "  - { id: cis-2003, citation: CIS barometer 2003 }\n  - { id: cis-2003, citation: again }");
        var source = SingleError(twice);

        Assert.Equal((12, 11, "actors[1].id"), (actor.Line, actor.Column, actor.FieldPath));
        Assert.Contains("duplicate actor id 'ESP'", actor.Message, StringComparison.Ordinal);
        Assert.Equal((26, 11, "sources[2].id"), (source.Line, source.Column, source.FieldPath));
        Assert.Contains("duplicate source id 'cis-2003'", source.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TargetWithSeriesAndCurve_OrNeither_IsAnError()
    {
        var both = SingleError(Replace("curve: troop-contributors,", "curve: troop-contributors, series: x,"));
        var neither = SingleError(Replace("curve: troop-contributors, ", string.Empty));

        Assert.Contains("either a series or a curve, not both", both.Message, StringComparison.Ordinal);
        Assert.Equal("calibration.target", neither.FieldPath);
        Assert.Contains("either 'series:", neither.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ManyErrors_AreAllReportedAtOnceInFileOrder()
    {
        string text = Valid
            .Replace("name: Test scenario\n", string.Empty, StringComparison.Ordinal)
            .Replace("start: 2003-01", "start: January", StringComparison.Ordinal)
            .Replace("count: 120", "count: lots", StringComparison.Ordinal)
            .Replace("sources: [cis-2003] }", "sources: [nope] }", StringComparison.Ordinal)
            .Replace("high: 0.2", "high: 0.0001", StringComparison.Ordinal);

        var result = Read(text);

        Assert.Null(result.Scenario);
        Assert.Equal(["$", "start", "population.count", "actors[0].attributes.domestic_opposition.sources[0]", "events[0].sources[0]", "calibration.free[0].high"],
            result.Errors.Select(e => e.FieldPath == "name" ? "$" : e.FieldPath));
        Assert.Equal(result.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column), result.Errors);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("- a\n- b\n", "must be a YAML mapping")]
    [InlineData("id: [unclosed\n", "not valid YAML")]
    public void Read_NotAScenario_IsOneErrorWithoutAStackTrace(string text, string message)
    {
        var result = Read(text);

        Assert.Null(result.Scenario);
        Assert.Contains(message, Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Bytes_NotUtf8_IsLocated()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("id: x\nname: "), 0xFF, (byte)'\n'];

        var error = Assert.Single(ScenarioReader.Read("test.yaml", bytes).Errors);

        Assert.Equal((2, 7), (error.Line, error.Column));
    }

    [Fact]
    public void Read_MutatedScenarioFiles_NeverThrowsAndLocatesEveryError()
    {
        var root = RepoRoot.Find();
        var seeds = Directory.GetFiles(Path.Combine(root, "data", "scenarios"), "*.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)
            .Append(Encoding.UTF8.GetBytes(Valid)).ToList();
        int count = int.TryParse(Environment.GetEnvironmentVariable("WILLING_FUZZ_INPUTS"), out int n) ? n : 2000;

        var summary = InputFuzzer.Run(seeds, count, 20261202, input =>
        {
            var result = ScenarioReader.Read("fuzz.yaml", input);
            if (result.Succeeded)
                return true;
            Assert.NotEmpty(result.Errors);
            Assert.Null(result.Scenario);
            InputAssert.Located(input, result.Errors);
            return false;
        });

        output.WriteLine($"scenario files: {summary.Inputs} inputs, {summary.Accepted} valid, {summary.Rejected} rejected; slowest {summary.Slowest.TotalMilliseconds:0} ms, most allocated {summary.MostBytesAllocated / (1024 * 1024)} MB");
        Assert.True(summary.Accepted > 0);
        Assert.True(summary.Rejected > count / 2);
        Assert.True(summary.Slowest < TimeSpan.FromSeconds(5), $"an input took {summary.Slowest.TotalMilliseconds:0} ms");
        Assert.True(summary.MostBytesAllocated < 200L * 1024 * 1024);
    }
}
