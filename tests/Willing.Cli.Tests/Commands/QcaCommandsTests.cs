using System.Text.Json;

namespace Willing.Cli.Tests.Commands;

/// <summary>The <c>willing qca</c> commands end to end: the Lipset fixtures of qca-reference.md through the CLI, the case base, and bad input.</summary>
public class QcaCommandsTests
{
    private static readonly string Raw = Path.Combine(RepoRoot.Find(), "tests", "Willing.Qca.Tests", "Fixtures", "lipset-raw.csv");
    private static readonly string Fuzzy = Path.Combine(RepoRoot.Find(), "tests", "Willing.Qca.Tests", "Fixtures", "lipset-fuzzy.csv");

    private static readonly string[] Crisp =
    [
        "--calibrate", "DEV=crisp:550", "--calibrate", "URB=crisp:50", "--calibrate", "LIT=crisp:75",
        "--calibrate", "IND=crisp:30", "--calibrate", "STB=crisp:<10", "--calibrate", "SURV=crisp:>0",
    ];

    private static JsonElement Json(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output).RootElement;
    }

    [Theory]
    [InlineData("conservative", "DEV*~URB*LIT*STB + DEV*LIT*IND*STB")]
    [InlineData("parsimonious", "DEV*STB")]
    public void Minimize_gives_the_reference_solutions_of_the_crisp_Lipset_data(string solution, string expected)
    {
        var json = Json(CliRun.Of(["qca", "minimize", "--csv", Raw, "--outcome", "SURV", "--conditions", "DEV,URB,LIT,IND,STB", .. Crisp, "--solution", solution, "--format", "json"]));
        var solutions = json.GetProperty("solutions");
        Assert.Equal(1, solutions.GetArrayLength());
        Assert.Equal(expected, solutions[0].GetProperty("expression").GetString());
        Assert.Equal(1, solutions[0].GetProperty("inclS").GetDouble(), 9);
        Assert.True(solutions[0].GetProperty("terms")[0].TryGetProperty("covU", out _));
    }

    [Fact]
    public void Fit_gives_the_reference_parameters_of_DEV_on_the_fuzzy_Lipset_data()
    {
        var s = Json(CliRun.Of("qca", "fit", "--csv", Fuzzy, "--outcome", "SURV", "--expression", "DEV", "--format", "json"));
        Assert.Equal(0.774617, s.GetProperty("inclS").GetDouble(), 6);
        Assert.Equal(0.743142, s.GetProperty("PRI").GetDouble(), 6);
        Assert.Equal(0.830986, s.GetProperty("covS").GetDouble(), 6);
        var n = Json(CliRun.Of("qca", "fit", "--csv", Fuzzy, "--outcome", "SURV", "--expression", "DEV", "--necessity", "--format", "json"));
        Assert.Equal(0.830986, n.GetProperty("inclN").GetDouble(), 6);
        Assert.Equal(0.811355, n.GetProperty("RoN").GetDouble(), 6);
        Assert.Equal(0.774617, n.GetProperty("covN").GetDouble(), 6);
    }

    [Fact]
    public void Truth_table_of_the_crisp_Lipset_data_has_the_reference_rows()
    {
        var rows = Json(CliRun.Of(["qca", "truth-table", "--csv", Raw, "--outcome", "SURV", "--conditions", "DEV,URB,LIT,IND,STB", .. Crisp, "--format", "json"])).GetProperty("rows");
        Assert.Equal(9, rows.GetArrayLength());
        var top = rows.EnumerateArray().Single(r => r.GetProperty("values").EnumerateArray().All(v => v.GetInt32() == 1));
        Assert.Equal("1", top.GetProperty("OUT").GetString());
        Assert.Equal(["BE", "CZ", "NL", "UK"], top.GetProperty("cases").EnumerateArray().Select(c => c.GetString()!).ToArray());
    }

    [Fact]
    public void The_members_of_a_case_are_analysed_and_every_solution_is_listed()
    {
        var json = Json(CliRun.Of("qca", "minimize", "--members", "iraq-2003", "--outcome", "EARLY", "--conditions", "ELECTION,GOVCHANGE,CASUALTIES,TROOPS,PAYMENTS", "--incl-cut", "0.8", "--solution", "parsimonious", "--format", "json"));
        Assert.Equal("members of iraq-2003", json.GetProperty("source").GetString());
        Assert.True(json.GetProperty("solutions").GetArrayLength() >= 1);
        Assert.Equal(json.GetProperty("solutions").GetArrayLength() > 1, json.GetProperty("ambiguous").GetBoolean());
    }

    [Fact]
    public void The_coalitions_of_the_case_base_are_the_default_cases()
    {
        var run = CliRun.Of("qca", "sets", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("case,H,C,S,T,R,D,", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("iraq-2003,", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_set_in_an_expression_is_located_and_nothing_is_computed()
    {
        var run = CliRun.Of("qca", "fit", "--csv", Fuzzy, "--outcome", "SURV", "--expression", "DEV*~URV");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no column 'URV'", run.Error, StringComparison.Ordinal);
        Assert.Contains("at character 6", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void A_bad_CSV_gets_every_error_located()
    {
        string path = Path.Combine(Path.GetTempPath(), $"willing-qca-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "case,A,Y\nx,0.2,1\nx,abc,0\ny,0.5\n");
        try
        {
            var run = CliRun.Of("qca", "fit", "--csv", path, "--outcome", "Y", "--expression", "A");
            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"{path}:3:", run.Error, StringComparison.Ordinal);
            Assert.Contains($"{path}:4:", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Bad_options_are_refused_with_what_is_wrong()
    {
        Assert.Contains("--directions", CliRun.Of("qca", "minimize", "--csv", Fuzzy, "--outcome", "SURV", "--conditions", "DEV,URB", "--solution", "intermediate").Error, StringComparison.Ordinal);
        var directions = CliRun.Of("qca", "minimize", "--csv", Fuzzy, "--outcome", "SURV", "--conditions", "DEV,URB", "--incl-cut", "0.8", "--solution", "intermediate", "--directions", "DEV=1,XYZ=2");
        Assert.Equal(2, directions.ExitCode);
        Assert.Contains("'XYZ' is not one of the conditions", directions.Error, StringComparison.Ordinal);
        var calibrate = CliRun.Of("qca", "fit", "--csv", Raw, "--outcome", "SURV", "--expression", "DEV", "--calibrate", "DEV=direct:900,550");
        Assert.Equal(2, calibrate.ExitCode);
        Assert.Contains("--calibrate", calibrate.Error, StringComparison.Ordinal);
        var exclude = CliRun.Of("qca", "minimize", "--csv", Fuzzy, "--outcome", "SURV", "--conditions", "DEV,URB", "--incl-cut", "0.8", "--solution", "parsimonious", "--exclude", "DEV*(");
        Assert.Equal(2, exclude.ExitCode);
        Assert.Contains("--exclude", exclude.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Robustness_reports_the_range_of_the_inclusion_cut_off()
    {
        var json = Json(CliRun.Of("qca", "minimize", "--csv", Fuzzy, "--outcome", "SURV", "--conditions", "DEV,URB,LIT,IND,STB", "--incl-cut", "0.8", "--robustness", "--format", "json"));
        var ic = json.GetProperty("robustness").GetProperty("inclCuts");
        Assert.Equal(0.8, ic.GetProperty("baseline").GetDouble(), 9);
        Assert.True(ic.GetProperty("lowest").GetDouble() <= 0.8 && ic.GetProperty("highest").GetDouble() >= 0.8);
    }

    [Fact]
    public void Past_what_can_be_solved_exactly_the_command_says_so_and_gives_no_partial_answer()
    {
        // 26 fair-coin conditions on 400 cases: more prime implicants than the exact minimiser's bound.
        var random = new Random(26);
        var lines = new List<string> { string.Join(",", ["case", .. Enumerable.Range(1, 26).Select(i => $"C{i}"), "Y"]) };
        for (int c = 0; c < 400; c++)
        {
            int[] v = [.. Enumerable.Range(0, 26).Select(_ => random.Next(2))];
            int y = (v[0] & v[1]) | (v[2] & (1 - v[3])) | (v[4] & v[5] & v[6]);
            lines.Add(string.Join(",", [$"case{c}", .. v.Select(x => x.ToString(System.Globalization.CultureInfo.InvariantCulture)), y.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        }

        string path = Path.Combine(Path.GetTempPath(), $"willing-qca-26-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, lines);
        try
        {
            var run = CliRun.Of("qca", "minimize", "--csv", path, "--outcome", "Y", "--conditions", string.Join(",", Enumerable.Range(1, 26).Select(i => $"C{i}")), "--solution", "parsimonious");
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("stopped at a bound", run.Error, StringComparison.Ordinal);
            Assert.Contains("no partial solution", run.Error, StringComparison.Ordinal);
            Assert.Empty(run.Output);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
