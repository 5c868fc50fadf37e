using System.Text.Json;

namespace Willing.Cli.Tests.Commands;

public sealed class TypologyCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("willing-typology-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Classify_AllAsJson_FollowsTheContract()
    {
        var run = CliRun.Of("classify", "--all", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var cases = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(28, cases.Count);
        foreach (var c in cases)
        {
            Assert.Contains(c.GetProperty("model").GetString(), new[] { "one", "two", "hybrid", "undetermined" });
            foreach (var axis in new[] { "organization", "motivation", "actorness", "trigger", "institutions" })
            {
                var bounds = c.GetProperty("bounds").GetProperty(axis);
                Assert.Equal(2, bounds.GetArrayLength());
                Assert.True(bounds[0].GetDouble() <= bounds[1].GetDouble());
                var coverage = c.GetProperty("coverage").GetProperty(axis);
                Assert.InRange(coverage.GetProperty("share").GetDouble(), 0, 1);
                Assert.InRange(coverage.GetProperty("measured").GetInt32(), 0, coverage.GetProperty("of").GetInt32());
            }

            if (c.GetProperty("model").GetString() == "undetermined")
            {
                // An axis without evidence is null, never guessed, and the case has no cell and no distances.
                Assert.Equal(JsonValueKind.Null, c.GetProperty("cell").ValueKind);
                Assert.Contains(c.GetProperty("axes").EnumerateObject(), a => a.Value.ValueKind == JsonValueKind.Null);
                Assert.NotEmpty(c.GetProperty("flags").EnumerateArray());
                continue;
            }

            Assert.Equal(5, c.GetProperty("cell").GetString()!.Length);
            var axes = c.GetProperty("axes");
            foreach (var axis in new[] { "organization", "motivation", "actorness", "trigger", "institutions" })
                Assert.InRange(axes.GetProperty(axis).GetDouble(), 0, 1);
            Assert.InRange(c.GetProperty("membership").GetProperty("one").GetDouble(), 0, 1);
            Assert.InRange(c.GetProperty("indeterminacy").GetDouble(), 0, 0.5);
            Assert.Equal(c.GetProperty("indeterminacy").GetDouble(), c.GetProperty("hybridity").GetDouble());
        }

        var iraq = cases.Single(c => c.GetProperty("case").GetString() == "iraq-2003");
        Assert.Equal("one", iraq.GetProperty("model").GetString());
        Assert.Equal("1111", iraq.GetProperty("cell").GetString()![..4]);
    }

    [Fact]
    public void Classify_Periods_GivesTheWholeCaseThenEachPeriod()
    {
        var run = CliRun.Of("classify", "iraq-2003", "--periods", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var rows = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("period").ValueKind);
        Assert.Equal(["invasion", "occupation", "mnf-i"], rows.Skip(1).Select(r => r.GetProperty("period").GetString()));
        Assert.All(rows.Skip(1), r => Assert.True(r.GetProperty("undated_kept").GetInt32() >= 0));
        var table = CliRun.Of("classify", "iraq-2003", "--periods");
        Assert.Contains("invasion 2003-03-19–2003-05-01", table.Output, StringComparison.Ordinal);
        var none = CliRun.Of("classify", "gulf-war-1991", "--periods");
        Assert.Contains("gulf-war-1991 declares no periods", none.Output + none.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_Jackknife_AddsTheRestsOnFlags()
    {
        var run = CliRun.Of("classify", "alba-1997", "--jackknife", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var flags = JsonDocument.Parse(run.Output).RootElement[0].GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Contains(flags, f => f!.StartsWith("rests-on-one-", StringComparison.Ordinal));
        var plain = JsonDocument.Parse(CliRun.Of("classify", "alba-1997", "--format", "json").Output).RootElement[0].GetProperty("flags").EnumerateArray().Select(f => f.GetString());
        Assert.DoesNotContain(plain, f => f!.StartsWith("rests-on-one-", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_Explain_TracesAxesToFactsAndSourceUrls()
    {
        var run = CliRun.Of("classify", "iraq-2003", "--explain", "--format", "json");

        var explanation = JsonDocument.Parse(run.Output).RootElement[0].GetProperty("explanation");
        var c1 = explanation.GetProperty("motivation").GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "C1");
        Assert.True(c1.GetProperty("raw").GetDouble() > 0);
        // Every fact behind it names its sources, each with an address or a citation; some are online.
        var sources = c1.GetProperty("evidence").EnumerateArray().SelectMany(e => e.GetProperty("sources").EnumerateArray()).ToList();
        Assert.All(sources, s => Assert.True(s.GetProperty("url").ValueKind == JsonValueKind.String || s.GetProperty("citation").ValueKind == JsonValueKind.String));
        Assert.Contains(sources, s => s.GetProperty("url").GetString()?.StartsWith("http", StringComparison.Ordinal) == true);
        Assert.Contains("C-mat", explanation.GetProperty("motivation").GetProperty("rule").GetString(), StringComparison.Ordinal);
        var dims = explanation.GetProperty("motivation").GetProperty("dimensions").EnumerateArray().ToList();
        Assert.Contains(dims, d => d.GetProperty("id").GetString() == "C-mat" && d.GetProperty("rule").GetString()!.Contains("C1", StringComparison.Ordinal));
        Assert.True(c1.GetProperty("n").GetInt32() > 0);
    }

    [Fact]
    public void Classify_ExplainTable_ShowsIndicatorsAndMissingData()
    {
        var run = CliRun.Of("classify", "kosovo-1999", "--explain");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("C1 Side-payment share: no data", run.Output, StringComparison.Ordinal);
        Assert.Contains("H2 Largest contributor's share", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_UserFile_IsClassified()
    {
        string path = Path.Combine(_dir, "my.yaml");
        File.WriteAllText(path, File.ReadAllText(Path.Combine(RepoRoot.Find(), "docs", "examples", "minimal-case.yaml")));

        var run = CliRun.Of("classify", path, "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("case,model,cell,H,C,S,T,R", run.Output, StringComparison.Ordinal);
        Assert.Contains("example-coalition,", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_BadCodebook_ExitsOneWithPositionedErrors()
    {
        string path = Path.Combine(_dir, "codebook.yaml");
        File.WriteAllText(path, "convention: ragin\nindicators: []\naxes: { organization: H9 }\n");

        var run = CliRun.Of("classify", "iraq-2003", "--codebook", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}:3:", run.Error, StringComparison.Ordinal);
        Assert.Contains("missing required field 'motivation'", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("classify")]
    [InlineData("classify", "iraq-2003", "--all")]
    [InlineData("compare", "iraq-2003")]
    [InlineData("typology", "robustness", "--draws", "0")]
    [InlineData("typology", "fit", "--outcome", "EXIT")]
    [InlineData("typology", "fit", "--condition", "R*", "--outcome", "EXIT")]
    public void WrongUsage_ExitsTwo(params string[] args) => Assert.Equal(2, CliRun.Of(args).ExitCode);

    [Fact]
    public void Space_Json_HasSixteenCellsAndTaggedEmptyCells()
    {
        var run = CliRun.Of("typology", "space", "--format", "json");

        var cells = JsonDocument.Parse(run.Output).RootElement.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(32, cells.Count);
        Assert.All(cells.Where(c => c.GetProperty("empty").GetBoolean()), c => Assert.NotNull(c.GetProperty("tag").GetString()));
        var one = cells.Where(c => c.GetProperty("cell").GetString()!.StartsWith("1111", StringComparison.Ordinal));
        Assert.Contains(one.SelectMany(c => c.GetProperty("cases").EnumerateArray()), x => x.GetProperty("case").GetString() == "iraq-2003");
        // A four-digit annotation labels both cells of its corner.
        Assert.Equal("trade coalitions of the willing", cells.Single(c => c.GetProperty("cell").GetString() == "11100").GetProperty("label").GetString());
        Assert.Equal("trade coalitions of the willing", cells.Single(c => c.GetProperty("cell").GetString() == "11101").GetProperty("label").GetString());
    }

    [Fact]
    public void Robustness_SameSeed_SameJsonWhateverTheThreads()
    {
        var a = CliRun.Of("typology", "robustness", "--draws", "200", "--band", "0.2", "--seed", "7", "--threads", "1", "--format", "json");
        var b = CliRun.Of("typology", "robustness", "--draws", "200", "--band", "0.2", "--seed", "7", "--threads", "2", "--format", "json");

        Assert.Equal(0, a.ExitCode);
        Assert.Equal(a.Output, b.Output);
        var iraq = JsonDocument.Parse(a.Output).RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("case").GetString() == "iraq-2003");
        Assert.InRange(iraq.GetProperty("keeps_model").GetDouble(), 0, 1);
        // By default: every alternative rule, the jackknife and the anchor ranges.
        Assert.Equal(8, iraq.GetProperty("rules").GetArrayLength());
        Assert.True(iraq.GetProperty("jackknife").GetProperty("facts").GetInt32() > 100);
        Assert.InRange(iraq.GetProperty("jackknife").GetProperty("keep_rate").GetDouble(), 0, 1);
        Assert.NotEqual(0, iraq.GetProperty("anchor_ranges").GetArrayLength());
    }

    [Fact]
    public void Compare_Lineage_AxesChangesAndDistances()
    {
        var run = CliRun.Of("compare", "gulf-war-1991", "kosovo-1999", "iraq-2003", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(3, root.GetProperty("axes").GetProperty("institutions").GetArrayLength());
        Assert.Equal(2, root.GetProperty("changes").GetProperty("organization").GetArrayLength());
        Assert.Equal(0, root.GetProperty("distances")[0][0].GetDouble());
        Assert.Equal(0, root.GetProperty("distances")[1][1].GetDouble());
        // Distances count R: Gulf (authorised) and Iraq (not) differ on it.
        Assert.True(root.GetProperty("distances")[0][2].GetDouble() > 0);
        Assert.Equal(5, root.GetProperty("shared_sets")[0][2].GetInt32());
        // The lineage question, answered from the distances: which earlier case is nearest to the last.
        var nearest = root.GetProperty("nearest_to_last");
        Assert.Contains(nearest.GetProperty("case").GetString(), new[] { "gulf-war-1991", "kosovo-1999" });
        Assert.Equal(root.GetProperty("distances").EnumerateArray().Take(2).Min(r => r[2].GetDouble()), nearest.GetProperty("distance").GetDouble(), 6);
    }

    [Fact]
    public void Compare_Chart_WritesPngOrSvg()
    {
        string png = Path.Combine(_dir, "lineage.png"), svg = Path.Combine(_dir, "ottawa-rome.svg");

        Assert.Equal(0, CliRun.Of("compare", "gulf-war-1991", "kosovo-1999", "iraq-2003", "--chart", png).ExitCode);
        Assert.Equal(0, CliRun.Of("compare", "landmines-ottawa", "icc-rome-statute", "--chart", svg).ExitCode);

        Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(png)[..4]);
        Assert.Contains("icc-rome-statute", File.ReadAllText(svg), StringComparison.Ordinal);
        Assert.Equal(2, CliRun.Of("compare", "landmines-ottawa", "icc-rome-statute", "--chart", Path.Combine(_dir, "x.gif")).ExitCode);
    }

    [Fact]
    public void Fit_SufficiencyAndNecessity_ReportParametersOfFit()
    {
        var sufficiency = JsonDocument.Parse(CliRun.Of("typology", "fit", "--condition", "R", "--outcome", "EXIT", "--format", "json").Output).RootElement;
        var necessity = JsonDocument.Parse(CliRun.Of("typology", "fit", "--condition", "R", "--outcome", "EXIT", "--necessity", "--format", "json").Output).RootElement;

        Assert.Equal(28, sufficiency.GetProperty("cases").GetInt32());
        Assert.InRange(sufficiency.GetProperty("inclS").GetDouble(), 0, 1);
        Assert.InRange(sufficiency.GetProperty("PRI").GetDouble(), 0, 1);
        Assert.Equal(sufficiency.GetProperty("inclS").GetDouble(), necessity.GetProperty("covN").GetDouble(), 6);
    }

    [Fact]
    public void Fit_UserOutcomesCsv_AddsSetsAndReportsBadValues()
    {
        string good = Path.Combine(_dir, "outcomes.csv");
        File.WriteAllText(good, "case,TREATY\nlandmines-ottawa,1\nicc-rome-statute,1\niraq-2003,0\n");
        string bad = Path.Combine(_dir, "bad.csv");
        File.WriteAllText(bad, "case,TREATY\nlandmines-ottawa,yes\n");

        var ok = CliRun.Of("typology", "fit", "--condition", "~C", "--outcome", "TREATY", "--outcomes", good, "--format", "json");
        var wrong = CliRun.Of("typology", "fit", "--condition", "~C", "--outcome", "TREATY", "--outcomes", bad);

        Assert.Equal(3, JsonDocument.Parse(ok.Output).RootElement.GetProperty("cases").GetInt32());
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("'yes' is not a membership", wrong.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_BrokenOutcomesCsv_ReportsEveryErrorWithLineAndColumn()
    {
        string bad = Path.Combine(_dir, "broken.csv");
        File.WriteAllText(bad, "case,TREATY,TREATY\niraq-2003,\"0.5,1\nkosovo-1999,2,\u001B[31m\n");

        var run = CliRun.Of("typology", "fit", "--condition", "~C", "--outcome", "TREATY", "--outcomes", bad);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.Contains("broken.csv:1:13: error: the column name 'TREATY' is used twice", run.Error, StringComparison.Ordinal);
        Assert.Contains("broken.csv:2:11: error: a quoted field is never closed", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_OutcomesCsvWithBadCells_LocatesEachCell()
    {
        string bad = Path.Combine(_dir, "cells.csv");
        File.WriteAllText(bad, "case,TREATY,EXIT2\r\niraq-2003,yes,0\r\nkosovo-1999,0.5,\"\u001B[31m\"\r\n");

        var run = CliRun.Of("typology", "fit", "--condition", "~C", "--outcome", "TREATY", "--outcomes", bad);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cells.csv:2:11: error: 'yes' is not a membership from 0 to 1 (TREATY)", run.Error, StringComparison.Ordinal);
        Assert.Contains("cells.csv:3:17: error: '\\u001B[31m' is not a membership from 0 to 1 (EXIT2)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_UnknownSetName_IsAUsageErrorNamingTheSets()
    {
        var run = CliRun.Of("typology", "fit", "--condition", "Q*R", "--outcome", "EXIT");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown set 'Q'", run.Error, StringComparison.Ordinal);
        Assert.Contains("EXIT", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Codebook_Table_ListsIndicatorsAndRules()
    {
        var run = CliRun.Of("typology", "codebook");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("tie-centralization", run.Output, StringComparison.Ordinal);
        Assert.Contains("H organization = and(H-res", run.Output, StringComparison.Ordinal);
        Assert.Contains("H-res Asymmetry of resources = index(H2, H3, H4)", run.Output, StringComparison.Ordinal);
    }
}
