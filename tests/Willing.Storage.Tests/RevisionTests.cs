using Willing.Core.Reading;
using Willing.Core.Writing;

namespace Willing.Storage.Tests;

public sealed class RevisionTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportAsync_EveryBuiltInCase_ReadsBackWithoutErrorsAsTheSameCoalition(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();

        foreach (var coalition in CaseBase.LoadBuiltIn().CaseBase!.Coalitions)
        {
            string text = (await store.ExportAsync(coalition.Id.Value))!;
            var read = CaseFileReader.Read(coalition.Id.Value + ".yaml", text);
            Assert.True(read.Succeeded, string.Join(Environment.NewLine, read.Errors));
            Assert.Equal(CaseFileWriter.Write(coalition), CaseFileWriter.Write(read.Coalition!));
            Assert.Equal(text, CaseFileWriter.Write(read.Coalition!));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task LoadCaseBaseAsync_SeededStore_HoldsTheBuiltInCases(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();

        var result = await store.LoadCaseBaseAsync();

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        var builtIn = CaseBase.LoadBuiltIn().CaseBase!;
        Assert.Equal(builtIn.Coalitions.Select(c => c.Id), result.CaseBase!.Coalitions.Select(c => c.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateAsync_Rename_NewRevisionWithAuthorTimeChangesAndSources(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();
        string before = (await store.ExportAsync("alba-1997"))!;
        string source = (await store.GetCaseAsync("alba-1997"))!.Sources[0].Id.Value;
        temp.Clock.Advance(TimeSpan.FromHours(3));

        var result = await store.UpdateAsync(new CaseEdit("alba-1997", 1, Edits.WithName(before, "Operation Alba (renamed)"), "ana", [source]));

        var saved = Assert.IsType<CaseSaved>(result).Revision;
        Assert.Equal(2, saved.Revision);
        Assert.Equal(new[] { new FieldChange("name", FieldChangeKind.Changed) }, saved.Changes);
        var history = await store.GetHistoryAsync("alba-1997");
        Assert.Equal([1, 2], history.Select(r => r.Revision));
        Assert.Equal(("ana", TempStore.Start.AddHours(3)), (history[1].Author, history[1].CreatedAt));
        Assert.Equal(new[] { new FieldChange("name", FieldChangeKind.Changed) }, history[1].Changes);
        Assert.Equal([source], history[1].Sources);
        Assert.Equal("willing", history[0].Author);
        Assert.Contains(new FieldChange("memberships", FieldChangeKind.Added), history[0].Changes);
        Assert.Equal(before, await store.ExportAsync("alba-1997", 1));
        Assert.Equal("Operation Alba (renamed)", (await store.GetCaseAsync("alba-1997"))!.Name);
        var listed = (await store.ListCasesAsync()).Single(c => c.Id == "alba-1997");
        Assert.Equal(new CaseSummary("alba-1997", "Operation Alba (renamed)", 2, TempStore.Start.AddHours(3), "ana"), listed);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateAsync_NameWithSqlInIt_IsStoredAsText(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();
        const string name = "x'); DROP TABLE cases; --";

        var result = await store.UpdateAsync(Edits.Rename((await store.ExportAsync("alba-1997"))!, "alba-1997", 1, name));

        Assert.IsType<CaseSaved>(result);
        Assert.Equal(name, (await store.GetCaseAsync("alba-1997"))!.Name);
        Assert.Equal(28, (await store.ListCasesAsync()).Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateAsync_TwoWritersFromTheSameRevision_SecondGetsAConflictAndNothingIsLost(string provider)
    {
        using var temp = new TempStore(provider);
        var ana = await temp.OpenAsync();
        var ben = await temp.OpenAsync();
        string text = (await ana.ExportAsync("kosovo-1999"))!;

        var first = await ana.UpdateAsync(Edits.Rename(text, "kosovo-1999", 1, "Ana's name", "ana"));
        var second = await ben.UpdateAsync(Edits.Rename(text, "kosovo-1999", 1, "Ben's name", "ben"));

        Assert.IsType<CaseSaved>(first);
        var conflict = Assert.IsType<CaseConflict>(second);
        Assert.Equal(("kosovo-1999", 1, 2, "ana"), (conflict.CaseId, conflict.BasedOn, conflict.Current.Revision, conflict.Current.Author));
        Assert.Equal("Ana's name", (await ben.GetCaseAsync("kosovo-1999"))!.Name);
        Assert.Equal(2, (await ben.GetHistoryAsync("kosovo-1999")).Count);

        var retried = await ben.UpdateAsync(Edits.Rename((await ben.ExportAsync("kosovo-1999"))!, "kosovo-1999", 2, "Ben's name", "ben"));
        Assert.Equal(3, Assert.IsType<CaseSaved>(retried).Revision.Revision);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateAsync_ManyWritersOnTwoConnectionsAtOnce_ExactlyOneWinsEachRevision(string provider)
    {
        using var temp = new TempStore(provider);
        var stores = new[] { await temp.OpenAsync(), await temp.OpenAsync() };
        string text = (await stores[0].ExportAsync("iraq-2003"))!;

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            stores[i % 2].UpdateAsync(Edits.Rename(text, "iraq-2003", 1, "Writer " + i, "writer" + i)))));

        Assert.Single(results.OfType<CaseSaved>());
        Assert.Equal(7, results.OfType<CaseConflict>().Count());
        var history = await stores[1].GetHistoryAsync("iraq-2003");
        Assert.Equal([1, 2], history.Select(r => r.Revision));
        string winner = results.OfType<CaseSaved>().Single().Revision.Author;
        Assert.Equal(winner, history[1].Author);
        Assert.Equal("Writer " + winner["writer".Length..], (await stores[0].GetCaseAsync("iraq-2003"))!.Name);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateAsync_TwoWritersRetryingOnConflict_EveryEditKeptInHistory(string provider)
    {
        using var temp = new TempStore(provider);
        var stores = new[] { await temp.OpenAsync(), await temp.OpenAsync() };

        async Task Write(CaseStore store, string author)
        {
            for (int i = 0; i < 5; i++)
            {
                while (true)
                {
                    var current = (await store.ListCasesAsync()).Single(c => c.Id == "alba-1997");
                    string text = (await store.ExportAsync("alba-1997", current.Revision))!;
                    var result = await store.UpdateAsync(Edits.Rename(text, "alba-1997", current.Revision, author + " " + i, author));
                    if (result is CaseSaved)
                        break;
                    Assert.IsType<CaseConflict>(result);
                }
            }
        }

        await Task.WhenAll(Task.Run(() => Write(stores[0], "ana")), Task.Run(() => Write(stores[1], "ben")));

        var history = await stores[0].GetHistoryAsync("alba-1997");
        Assert.Equal(Enumerable.Range(1, 11), history.Select(r => r.Revision));
        Assert.Equal(5, history.Count(r => r.Author == "ana"));
        Assert.Equal(5, history.Count(r => r.Author == "ben"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateAsync_InvalidText_EveryErrorLocatedAndNothingWritten(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();
        string text = (await store.ExportAsync("alba-1997"))!;
        string broken = Edits.WithName(text, "x").Replace("\nsummary:", "\nsummery:", StringComparison.Ordinal);

        var result = await store.UpdateAsync(new CaseEdit("alba-1997", 1, broken, "ana", []));

        var invalid = Assert.IsType<CaseInvalid>(result);
        Assert.NotEmpty(invalid.Errors);
        Assert.All(invalid.Errors, e => Assert.Equal("alba-1997.yaml", e.File));
        int line = broken.Split('\n').ToList().FindIndex(l => l.StartsWith("summery:", StringComparison.Ordinal)) + 1;
        Assert.Contains(invalid.Errors, e => e.Line == line);
        Assert.Single(await store.GetHistoryAsync("alba-1997"));
        Assert.Equal(text, await store.ExportAsync("alba-1997"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateAsync_IdChanged_ErrorAtTheIdLine(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();
        string text = Edits.WithId((await store.ExportAsync("alba-1997"))!, "alba-1997", "alba-2");

        var result = await store.UpdateAsync(new CaseEdit("alba-1997", 1, text, "ana", []));

        var error = Assert.Single(Assert.IsType<CaseInvalid>(result).Errors);
        Assert.Equal(("id", 2), (error.FieldPath, error.Line));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateAsync_CitesAnUndeclaredSource_Invalid(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();

        var result = await store.UpdateAsync(new CaseEdit("alba-1997", 1, (await store.ExportAsync("alba-1997"))!, "ana", ["no-such-source"]));

        Assert.Contains("no-such-source", Assert.Single(Assert.IsType<CaseInvalid>(result).Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateAsync_AntecedentNotStored_ErrorLocatedAtTheAntecedent(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();
        string text = (await store.ExportAsync("coalition-of-the-unwilling-2003"))!.Replace("case: iraq-2003", "case: iraq-2033", StringComparison.Ordinal);

        var result = await store.UpdateAsync(new CaseEdit("coalition-of-the-unwilling-2003", 1, text, "ana", []));

        var error = Assert.Single(Assert.IsType<CaseInvalid>(result).Errors);
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains("case: iraq-2033", StringComparison.Ordinal)) + 1, error.Line);
        Assert.StartsWith("antecedents[0]", error.FieldPath, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateAsync_UnknownCase_NotFound(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();
        string text = Edits.WithId((await store.ExportAsync("alba-1997"))!, "alba-1997", "nowhere-2001");

        Assert.Equal(new CaseNotFound("nowhere-2001"), await store.UpdateAsync(new CaseEdit("nowhere-2001", 1, text, "ana", [])));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportAsync_NoSuchCaseOrRevision_Null(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();

        Assert.Null(await store.ExportAsync("nowhere"));
        Assert.Null(await store.ExportAsync("alba-1997", 2));
        Assert.Null(await store.GetCaseAsync("nowhere"));
        Assert.Empty(await store.GetHistoryAsync("nowhere"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateAsync_SameText_NewRevisionWithNoChanges(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();
        string text = (await store.ExportAsync("alba-1997"))!;

        var saved = Assert.IsType<CaseSaved>(await store.UpdateAsync(new CaseEdit("alba-1997", 1, text, "ana", [])));

        Assert.Equal(2, saved.Revision.Revision);
        Assert.Empty(saved.Revision.Changes);
        Assert.Equal(text, await store.ExportAsync("alba-1997"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task LoadCaseBaseAsync_StoredTextNoLongerReads_ErrorsUnderTheStoredName(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();
        temp.Execute("UPDATE case_revisions SET text = 'id: [' WHERE case_id = 'alba-1997'");

        var result = await store.LoadCaseBaseAsync();

        Assert.False(result.Succeeded);
        Assert.All(result.Errors, e => Assert.Equal("store:alba-1997@1", e.File));
        await Assert.ThrowsAsync<InvalidDataException>(() => store.GetCaseAsync("alba-1997"));
    }
}
