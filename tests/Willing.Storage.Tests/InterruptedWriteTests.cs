using Willing.Storage.Sql;

namespace Willing.Storage.Tests;

public sealed class InterruptedWriteTests
{
    private sealed class Interrupted : Exception
    {
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateAsync_ThrowsAfterTheFirstStatement_DatabaseAsBefore(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();
        string before = (await store.ExportAsync("alba-1997"))!;
        var listed = await store.ListCasesAsync();
        var statements = new List<string>();
        store.AfterStatement = name =>
        {
            statements.Add(name);
            throw new Interrupted();
        };

        await Assert.ThrowsAsync<Interrupted>(() => store.UpdateAsync(Edits.Rename(before, "alba-1997", 1, "Never stored")));

        store.AfterStatement = null;
        Assert.Equal(["update case"], statements);
        Assert.Equal(listed, await store.ListCasesAsync());
        Assert.Single(await store.GetHistoryAsync("alba-1997"));
        Assert.Equal(before, await store.ExportAsync("alba-1997"));
        Assert.IsType<CaseSaved>(await store.UpdateAsync(Edits.Rename(before, "alba-1997", 1, "Stored now")));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdateAsync_ThrowsAfterTheRevisionRow_DatabaseAsBefore(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();
        string before = (await store.ExportAsync("alba-1997"))!;
        store.AfterStatement = name =>
        {
            if (name == "insert revision")
                throw new Interrupted();
        };

        await Assert.ThrowsAsync<Interrupted>(() => store.UpdateAsync(new CaseEdit("alba-1997", 1, Edits.WithName(before, "Never"), "ana", [])));

        Assert.Equal(28L, temp.Scalar("SELECT COUNT(*) FROM case_revisions"));
        Assert.Equal(1L, temp.Scalar("SELECT current_revision FROM cases WHERE id = 'alba-1997'"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ImportAsync_ThrowsAfterTheFirstCase_NothingImported(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();
        string alba = (await store.ExportAsync("alba-1997"))!;
        int inserted = 0;
        store.AfterStatement = name =>
        {
            if (name == "insert case" && ++inserted == 2)
                throw new Interrupted();
        };

        await Assert.ThrowsAsync<Interrupted>(() => store.ImportAsync(
            [new CaseFileText("a.yaml", Edits.WithId(alba, "alba-1997", "alba-a")), new CaseFileText("b.yaml", Edits.WithId(alba, "alba-1997", "alba-b"))], "ana"));

        Assert.Equal(28L, temp.Scalar("SELECT COUNT(*) FROM cases"));
        Assert.Equal(28L, temp.Scalar("SELECT COUNT(*) FROM case_revisions"));
        Assert.Null(await store.ExportAsync("alba-a"));
    }

    [Fact]
    public async Task OpenSqlite_SeedInterruptedHalfWay_FileEmptyAndNextOpenStartsAfresh()
    {
        using var temp = new TempStore();
        int inserted = 0;
        void Crash(string name)
        {
            if (name == "insert case" && ++inserted == 10)
                throw new Interrupted();
        }

        await Assert.ThrowsAsync<Interrupted>(() => CaseStore.OpenAsync(new SqliteDialect(temp.File, TimeSpan.FromSeconds(5)), temp.Options, CaseStore.LatestSchemaVersion, default, Crash));

        Assert.Equal(0L, temp.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"));
        var store = await temp.OpenAsync();
        Assert.Equal(28, (await store.ListCasesAsync()).Count);
        Assert.Equal(CaseStore.LatestSchemaVersion, await store.GetSchemaVersionAsync());
    }
}
