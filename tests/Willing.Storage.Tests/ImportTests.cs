namespace Willing.Storage.Tests;

public sealed class ImportTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_NewCases_StoredAsRevisionOneCitingTheirSources(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();
        string alba = (await store.ExportAsync("alba-1997"))!;
        var files = new[]
        {
            new CaseFileText("alba-copy.yaml", Edits.WithId(alba, "alba-1997", "alba-copy")),
            new CaseFileText("alba-second.yaml", Edits.WithId(alba, "alba-1997", "alba-second")),
        };

        var result = await store.ImportAsync(files, "ana");

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(["alba-copy", "alba-second"], result.Imported.Select(r => r.CaseId));
        Assert.Equal(30, (await store.ListCasesAsync()).Count);
        var history = Assert.Single(await store.GetHistoryAsync("alba-copy"));
        Assert.Equal(("ana", 1), (history.Author, history.Revision));
        Assert.Equal((await store.GetCaseAsync("alba-1997"))!.Sources.Select(s => s.Id.Value), history.Sources);
        Assert.Equal(32 - 2, (await store.LoadCaseBaseAsync()).CaseBase!.Coalitions.Length);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_OneFileInvalid_NothingStoredAndEveryErrorLocated(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();
        string alba = (await store.ExportAsync("alba-1997"))!;
        string broken = Edits.WithId(alba, "alba-1997", "alba-broken").Replace("\nsummary:", "\nsummery:", StringComparison.Ordinal);
        var files = new[]
        {
            new CaseFileText("good.yaml", Edits.WithId(alba, "alba-1997", "alba-good")),
            new CaseFileText("bad.yaml", broken),
        };

        var result = await store.ImportAsync(files, "ana");

        Assert.False(result.Succeeded);
        Assert.Empty(result.Imported);
        Assert.All(result.Errors, e => Assert.Equal("bad.yaml", e.File));
        int line = broken.Split('\n').ToList().FindIndex(l => l.StartsWith("summery:", StringComparison.Ordinal)) + 1;
        Assert.Contains(result.Errors, e => e.Line == line);
        Assert.Equal(28, (await store.ListCasesAsync()).Count);
        Assert.Null(await store.ExportAsync("alba-good"));
        Assert.Equal(28L, temp.Scalar("SELECT COUNT(*) FROM case_revisions"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_IdAlreadyStored_ErrorAtTheIdLine(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();

        var result = await store.ImportAsync([new CaseFileText("alba.yaml", (await store.ExportAsync("alba-1997"))!)], "ana");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("alba.yaml", 2, "id"), (error.File, error.Line, error.FieldPath));
        Assert.Contains("already stored", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_SameIdInTwoFiles_ErrorOnTheSecondAndNothingStored(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();
        string copy = Edits.WithId((await store.ExportAsync("alba-1997"))!, "alba-1997", "alba-copy");

        var result = await store.ImportAsync([new CaseFileText("a.yaml", copy), new CaseFileText("b.yaml", copy)], "ana");

        var error = Assert.Single(result.Errors);
        Assert.Equal("b.yaml", error.File);
        Assert.Contains("a.yaml", error.Message, StringComparison.Ordinal);
        Assert.Null(await store.ExportAsync("alba-copy"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_AntecedentNeitherStoredNorImported_ErrorLocated(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync(temp.Options with { Seed = false });
        using var seeded = new TempStore(provider);
        var source = await seeded.OpenAsync();
        string unwilling = (await source.ExportAsync("coalition-of-the-unwilling-2003"))!;

        var alone = await store.ImportAsync([new CaseFileText("unwilling.yaml", unwilling)], "ana");

        var error = Assert.Single(alone.Errors);
        Assert.Equal(unwilling.Split('\n').ToList().FindIndex(l => l.Contains("case: iraq-2003", StringComparison.Ordinal)) + 1, error.Line);
        Assert.Equal(("unwilling.yaml", "antecedents[0].case"), (error.File, error.FieldPath));
        Assert.Empty(await store.ListCasesAsync());

        // The whole built-in base at once: every antecedent is imported with it.
        var all = new List<CaseFileText>();
        foreach (var c in await source.ListCasesAsync())
            all.Add(new CaseFileText(c.Id + ".yaml", (await source.ExportAsync(c.Id))!));
        var together = await store.ImportAsync(all, "ana");
        Assert.True(together.Succeeded, string.Join(Environment.NewLine, together.Errors));
        Assert.Equal(28, (await store.ListCasesAsync()).Count);
        Assert.True((await store.LoadCaseBaseAsync()).Succeeded);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_NotYaml_LocatedError(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();

        var result = await store.ImportAsync([new CaseFileText("x.yaml", "id: [unclosed")], "ana");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("x.yaml", 1), (error.File, error.Line));
    }
}
