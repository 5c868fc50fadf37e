using System.Text.Json;
using Willing.Core.Reading;
using Willing.Core.Sources;

namespace Willing.Cli.Tests.Commands;

/// <summary>The commands case base v2 added: cases sources, cases lineage, cases show FILE and compare --lineage.</summary>
public sealed class CasesV2CommandsTests : IDisposable
{
    private static readonly string[] Kinds = ["academic", "blog", "forum", "mirror", "news", "official", "primary", "reference"];

    private readonly string _dir = Directory.CreateTempSubdirectory("willing-cli-v2-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteCase(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Weak = """
        id: weak-case
        name: A weakly sourced coalition
        summary: One fact rests on a blog alone, one on a blog and a news report.
        issue_area: { category: trade, sources: [news] }
        period: { start: 2004, sources: [blog] }
        trigger: { kind: other, sources: [blog, news] }
        institutions: { relation: none, sources: [copy] }
        sources:
          - { id: news, url: https://example.org/news, kind: news }
          - { id: blog, url: https://blog.example.org/post, kind: blog }
          - { id: copy, url: https://example.org/copy, kind: mirror, mirrors: A news story }
          - { id: proxy, url: https://example.org.fanyv88.com/news, kind: news }
        actors: [{ id: USA, kind: state }]
        memberships:
          - { actor: USA, roles: [leader], sources: [proxy] }
        """;

    private static JsonElement Json(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output).RootElement;
    }

    private static string Example(string name) => Path.Combine(RepoRoot.Find(), "docs", "examples", name);

    // ---- cases sources --------------------------------------------------------------------------

    [Fact]
    public void Sources_Json_OneRowPerBuiltInCaseWithTheContractFields()
    {
        var rows = Json(CliRun.Of("cases", "sources", "--format", "json")).EnumerateArray().ToList();

        var builtIn = CaseBase.LoadBuiltIn().CaseBase!;
        Assert.Equal(28, rows.Count);
        Assert.Equal(builtIn.Coalitions.Select(c => c.Id.Value), rows.Select(r => r.GetProperty("case").GetString()));
        foreach (var row in rows)
        {
            var mix = SourceMix.Of(builtIn.Find(row.GetProperty("case").GetString()!)!);
            Assert.Equal(mix.Sources, row.GetProperty("sources").GetInt32());
            var byKind = row.GetProperty("by_kind");
            Assert.Equal(Kinds, byKind.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Equal(mix.Sources, byKind.EnumerateObject().Sum(p => p.Value.GetInt32()));
            Assert.Equal(mix.WeakOnly.Length, row.GetProperty("weak_only_facts").GetInt32());
            var weak = row.GetProperty("weak_only").EnumerateArray().ToList();
            Assert.Equal(mix.WeakOnly.Length, weak.Count);
            Assert.Equal(mix.WeakOnly.Select(w => w.Path), weak.Select(w => w.GetProperty("path").GetString()));
            Assert.Equal(
                mix.WeakOnly.Select(w => string.Join(' ', w.Sources.Select(s => s.Value))),
                weak.Select(w => string.Join(' ', w.GetProperty("sources").EnumerateArray().Select(s => s.GetString()))));
            Assert.Equal(mix.Facts, row.GetProperty("facts").GetInt32());
            Assert.Equal(mix.MirrorOnly.Length, row.GetProperty("mirror_only_facts").GetInt32());
            Assert.Equal(mix.PaperOnly.Length, row.GetProperty("paper_only_facts").GetInt32());
            Assert.Equal(mix.MirrorShare, row.GetProperty("mirror_share").GetDouble(), 12);
        }
    }

    [Fact]
    public void Sources_Json_OwnFileGivesExactCountsAndWeakFacts()
    {
        var row = Assert.Single(Json(CliRun.Of("cases", "sources", "--cases", WriteCase("weak.yaml", Weak), "--format", "json")).EnumerateArray());

        Assert.Equal("weak-case", row.GetProperty("case").GetString());
        Assert.Equal(4, row.GetProperty("sources").GetInt32());
        Assert.Equal(
            "academic:0 blog:1 forum:0 mirror:1 news:2 official:0 primary:0 reference:0",
            string.Join(' ', row.GetProperty("by_kind").EnumerateObject().Select(p => $"{p.Name}:{p.Value.GetInt32()}")));
        Assert.Equal(5, row.GetProperty("facts").GetInt32());
        Assert.Equal(2, row.GetProperty("weak_only_facts").GetInt32());
        Assert.Equal(
            ["period:blog", "memberships[0]:proxy"],
            row.GetProperty("weak_only").EnumerateArray().Select(w => $"{w.GetProperty("path").GetString()}:{string.Join(' ', w.GetProperty("sources").EnumerateArray().Select(s => s.GetString()))}"));
        Assert.Equal(1, row.GetProperty("mirror_only_facts").GetInt32());
        Assert.Equal(0, row.GetProperty("paper_only_facts").GetInt32());
        Assert.Equal(0.25, row.GetProperty("mirror_share").GetDouble());
    }

    [Fact]
    public void Sources_OneCase_JsonHasOneRow()
    {
        var row = Assert.Single(Json(CliRun.Of("cases", "sources", "iraq-2003", "--format", "json")).EnumerateArray());

        Assert.Equal("iraq-2003", row.GetProperty("case").GetString());
        Assert.True(row.GetProperty("sources").GetInt32() > 0);
    }

    [Fact]
    public void Sources_OneCase_TableListsTheCaseWithoutTheAllRow()
    {
        var run = CliRun.Of("cases", "sources", "iraq-2003");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("iraq-2003", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("kosovo-1999", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(" all ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_OwnFile_TableListsTheWeakFacts()
    {
        var run = CliRun.Of("cases", "sources", "weak-case", "--cases", WriteCase("weak.yaml", Weak));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Facts resting only on blogs,", run.Output, StringComparison.Ordinal); // the title wraps to the table's width
        Assert.Matches(@"│ period\s+│ blog\s+│", run.Output);
        Assert.Matches(@"│ memberships\[0\]\s+│ proxy\s+│", run.Output);
    }

    [Fact]
    public void Sources_UnknownId_ExitsOneAndListsIds()
    {
        var run = CliRun.Of("cases", "sources", "no-such-case");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("willing: no coalition has the id 'no-such-case'; the ids are: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("iraq-2003", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    // ---- cases lineage --------------------------------------------------------------------------

    [Fact]
    public void Lineage_Iraq_Json_ChainNearestFirst()
    {
        var root = Json(CliRun.Of("cases", "lineage", "iraq-2003", "--format", "json"));

        Assert.Equal("iraq-2003", root.GetProperty("case").GetString());
        var chain = root.GetProperty("chain").EnumerateArray().ToList();
        Assert.Equal(
            ["kosovo-1999 lesson-drawn iraq-2003", "gulf-war-1991 precedent iraq-2003", "gulf-war-1991 precedent kosovo-1999"],
            chain.Select(l => $"{l.GetProperty("case").GetString()} {l.GetProperty("relation").GetString()} {l.GetProperty("antecedent_of").GetString()}"));
        var kosovo = chain[0];
        Assert.Equal("1999-03-24", kosovo.GetProperty("start").GetString());
        Assert.StartsWith("No fighting by committee", kosovo.GetProperty("lesson").GetString(), StringComparison.Ordinal);
        Assert.Equal(["seed"], kosovo.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.False(string.IsNullOrEmpty(kosovo.GetProperty("name").GetString()));
    }

    [Fact]
    public void Lineage_CaseWithoutAntecedents_SaysSo()
    {
        var run = CliRun.Of("cases", "lineage", "alba-1997");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("alba-1997 names no antecedents.", run.Output.Trim());
    }

    [Fact]
    public void Lineage_CaseWithoutAntecedents_JsonHasAnEmptyChain()
    {
        var root = Json(CliRun.Of("cases", "lineage", "alba-1997", "--format", "json"));

        Assert.Equal(0, root.GetProperty("chain").GetArrayLength());
    }

    [Fact]
    public void Lineage_UnknownId_ExitsOne()
    {
        var run = CliRun.Of("cases", "lineage", "no-such-case");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no coalition has the id 'no-such-case'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lineage_WithoutId_IsAUsageError() => Assert.Equal(2, CliRun.Of("cases", "lineage").ExitCode);

    // ---- cases show FILE ------------------------------------------------------------------------

    [Fact]
    public void Show_ExampleFilePath_Json()
    {
        var root = Json(CliRun.Of("cases", "show", Example("v2-features.yaml"), "--format", "json"));

        Assert.Equal("example-v2-features", root.GetProperty("id").GetString());
        Assert.Equal("example-coalition", root.GetProperty("antecedents")[0].GetProperty("case").GetString());
        var seed = root.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "seed");
        Assert.True(seed.GetProperty("is_paper").GetBoolean());
        Assert.Equal("invited", root.GetProperty("inducements")[0].GetProperty("to_list").GetString());
    }

    [Fact]
    public void Show_ExampleFilePath_Table()
    {
        var run = CliRun.Of("cases", "show", Example("v2-features.yaml"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Example coalition using the v2 fields", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_MissingYamlFile_ExitsOne()
    {
        var run = CliRun.Of("cases", "show", Path.Combine(_dir, "absent.yaml"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no such file or folder", run.Output + run.Error, StringComparison.Ordinal);
    }

    // ---- compare --lineage ----------------------------------------------------------------------

    [Fact]
    public void Compare_Lineage_OldestFirstEndingWithTheCase()
    {
        var root = Json(CliRun.Of("compare", "--lineage", "iraq-2003", "--format", "json"));

        Assert.Equal(["gulf-war-1991", "kosovo-1999", "iraq-2003"], root.GetProperty("cases").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(2, root.GetProperty("changes").GetProperty("organization").GetArrayLength());
    }

    [Fact]
    public void Compare_Lineage_SameAsNamingTheCases()
    {
        var lineage = CliRun.Of("compare", "--lineage", "iraq-2003", "--format", "json");
        var named = CliRun.Of("compare", "gulf-war-1991", "kosovo-1999", "iraq-2003", "--format", "json");

        Assert.Equal(named.Output, lineage.Output);
    }

    [Fact]
    public void Compare_LineageAndCases_IsAUsageError()
    {
        var run = CliRun.Of("compare", "--lineage", "x", "a", "b");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give cases or --lineage, not both", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_LineageOfCaseWithoutAntecedents_ExitsOne()
    {
        var run = CliRun.Of("compare", "--lineage", "alba-1997");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("willing: alba-1997 names no antecedents, so there is no lineage to compare", run.Error, StringComparison.Ordinal);
    }
}
