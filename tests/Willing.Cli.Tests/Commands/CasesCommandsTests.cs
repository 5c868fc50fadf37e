using System.Text.Json;

namespace Willing.Cli.Tests.Commands;

public sealed class CasesCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("willing-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteCase(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Minimal = """
        id: my-case
        name: My coalition
        summary: A coalition a user wrote.
        issue_area: { category: trade, sources: [s] }
        period: { start: 2004, sources: [s] }
        trigger: { kind: other, sources: [s] }
        institutions: { relation: none, sources: [s] }
        sources: [{ id: s, citation: A book, kind: academic }]
        actors: [{ id: USA, kind: state }, { id: CHL, kind: state }, { id: MEX, kind: state }]
        memberships:
          - { actor: USA, roles: [leader], joined: 2004-01, sources: [s] }
          - { actor: CHL, roles: [political-supporter], joined: 2004-06, left: 2005, sources: [s] }
          - { actor: MEX, roles: [courted], sources: [s] }
        """;

    [Theory]
    [InlineData("selfref-key.yaml")]
    [InlineData("bigU.yaml")]
    [InlineData("rev-surrogate.yaml")]
    [InlineData("docend-first.yaml")]
    [InlineData("flow-unindented.yaml")]
    [InlineData("hash-bomb.yaml")]
    [InlineData("ansi.yaml")]
    [InlineData("bad-utf8.yaml")]
    public void Validate_HostileFile_ExitsOneWithLocatedErrorsAndNoInternalError(string file)
    {
        string path = Path.Combine(RepoRoot.Find(), "tests", "Willing.Core.Tests", "Reading", "Corpus", file);

        var run = CliRun.Of("cases", "validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("internal error", run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001B', run.Output);
        Assert.Matches(@"^\S+:\d+:\d+: error: ", run.Output);
    }

    [Fact]
    public void List_Json_HasContractFields()
    {
        var run = CliRun.Of("cases", "list", "--format", "json", "--cases", WriteCase("a.yaml", Minimal));

        Assert.Equal(0, run.ExitCode);
        var row = Assert.Single(JsonDocument.Parse(run.Output).RootElement.EnumerateArray());
        Assert.Equal("my-case", row.GetProperty("id").GetString());
        Assert.Equal("My coalition", row.GetProperty("name").GetString());
        Assert.Equal("2004", row.GetProperty("start").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("end").ValueKind);
        Assert.Equal(2, row.GetProperty("members").GetInt32());
    }

    [Fact]
    public void List_Csv_HeaderThenOneRowPerCase()
    {
        var run = CliRun.Of("cases", "list", "--format", "csv", "--cases", WriteCase("a.yaml", Minimal));

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("id,name,start,end,members,issue_area,actors,sources", lines[0]);
        Assert.Equal("my-case,My coalition,2004,,2,trade,3,1", lines[1]);
    }

    [Fact]
    public void List_Table_ShowsTheCase()
    {
        var run = CliRun.Of("cases", "list", "--cases", WriteCase("a.yaml", Minimal));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("my-case", run.Output, StringComparison.Ordinal);
        Assert.Contains("My coalition", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_Json_IsTheWholeCoalitionWithSources()
    {
        var run = CliRun.Of("cases", "show", "my-case", "--format", "json", "--cases", WriteCase("a.yaml", Minimal));

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("my-case", root.GetProperty("id").GetString());
        var chile = root.GetProperty("memberships")[1];
        Assert.Equal("CHL", chile.GetProperty("actor").GetString());
        Assert.Equal("political-supporter", chile.GetProperty("roles")[0].GetString());
        Assert.Equal("2005", chile.GetProperty("left").GetString());
        Assert.Equal("s", chile.GetProperty("provenance").GetProperty("sources")[0].GetString());
        Assert.False(root.GetProperty("memberships")[2].GetProperty("is_member").GetBoolean());
    }

    [Fact]
    public void Show_Csv_IsTheMembershipTable()
    {
        var run = CliRun.Of("cases", "show", "my-case", "--format", "csv", "--cases", WriteCase("a.yaml", Minimal));

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("actor,name,kind,member,roles", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("MEX,Mexico,state,false,courted", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Show_UnknownId_ExitsOneAndListsIds()
    {
        var run = CliRun.Of("cases", "show", "no-such-case", "--cases", WriteCase("a.yaml", Minimal));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no coalition has the id 'no-such-case'", run.Error, StringComparison.Ordinal);
        Assert.Contains("my-case", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GoodFile_ExitsZero()
    {
        var run = CliRun.Of("cases", "validate", WriteCase("a.yaml", Minimal));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no errors", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FileWithThreeErrors_PrintsThreeCompilerStyleLinesAndExitsOne()
    {
        string bad = Minimal
            .Replace("joined: 2004-06, left: 2005", "joined: 2004-06, left: 2003", StringComparison.Ordinal)
            .Replace("{ actor: MEX,", "{ actor: MEXX,", StringComparison.Ordinal)
            .Replace("trigger: { kind: other,", "trigger: { kind: otter,", StringComparison.Ordinal);
        string path = WriteCase("bad.yaml", bad);

        var run = CliRun.Of("cases", "validate", path);

        Assert.Equal(1, run.ExitCode);
        var errors = run.Output.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(
            [
                $"{path}:6:18: error: 'otter' is not a valid trigger kind; did you mean 'other'? (trigger.kind)",
                $"{path}:12:72: error: left 2003 is before joined 2004-06 (memberships[1].left)",
                $"{path}:13:14: error: actor 'MEXX' is not declared in actors; did you mean 'MEX'? (memberships[2].actor)",
            ],
            errors);
        Assert.Contains("3 errors", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Json_ListsErrorsWithPositions()
    {
        var run = CliRun.Of("cases", "validate", "--format", "json", WriteCase("bad.yaml", "not: [a case"));

        Assert.Equal(1, run.ExitCode);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean());
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Contains("not valid YAML", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(error.GetProperty("line").GetInt32() >= 1);
    }

    [Fact]
    public void Validate_DuplicateIdAcrossFiles_Reported()
    {
        WriteCase("a.yaml", Minimal);
        WriteCase("b.yaml", Minimal);

        var run = CliRun.Of("cases", "validate", _dir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("b.yaml:1:1: error: duplicate coalition id 'my-case'", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingPath_ExitsOne()
    {
        var run = CliRun.Of("cases", "validate", Path.Combine(_dir, "nope.yaml"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no such file or folder", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void List_BadCaseBase_ExitsOneAndLoadsNothing()
    {
        WriteCase("a.yaml", Minimal);
        WriteCase("b.yaml", "id: broken\n");

        var run = CliRun.Of("cases", "list", "--format", "json", "--cases", _dir);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output.Trim());
        Assert.Contains("nothing was loaded", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cases", "lst")]
    [InlineData("cases", "list", "--format", "xml")]
    [InlineData("cases", "list", "--no-such-option")]
    [InlineData("cases", "show")]
    [InlineData("nonsense")]
    public void WrongUsage_ExitsTwo(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
    }
}
