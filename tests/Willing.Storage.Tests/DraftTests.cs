namespace Willing.Storage.Tests;

public sealed class DraftTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveDraftAsync_SavedTwice_BodyReplacedCreationKept(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();

        await store.SaveDraftAsync("ana", "gulf", "id: gulf-");
        temp.Clock.Advance(TimeSpan.FromMinutes(2));
        var saved = await store.SaveDraftAsync("ana", "gulf", "{\"id\": \"gulf-1990\"}");

        Assert.Equal(new Draft("ana", "gulf", "{\"id\": \"gulf-1990\"}", TempStore.Start, TempStore.Start.AddMinutes(2)), saved);
        Assert.Equal(saved, await store.GetDraftAsync("ana", "gulf"));
        Assert.Equal(28, (await store.ListCasesAsync()).Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ListDraftsAsync_TwoUsers_EachSeesOnlyTheirOwnLatestFirst(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();
        await store.SaveDraftAsync("ana", "one", "1");
        temp.Clock.Advance(TimeSpan.FromMinutes(1));
        await store.SaveDraftAsync("ana", "two", "2");
        await store.SaveDraftAsync("ben", "one", "b");

        Assert.Equal(["two", "one"], (await store.ListDraftsAsync("ana")).Select(d => d.Key));
        Assert.Equal("b", Assert.Single(await store.ListDraftsAsync("ben")).Body);
        Assert.Null(await store.GetDraftAsync("ben", "two"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DeleteDraftAsync_Existing_GoneAndOthersKept(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync();
        await store.SaveDraftAsync("ana", "one", "1");
        await store.SaveDraftAsync("ana", "two", "2");

        Assert.True(await store.DeleteDraftAsync("ana", "one"));
        Assert.False(await store.DeleteDraftAsync("ana", "one"));
        Assert.Equal(["two"], (await store.ListDraftsAsync("ana")).Select(d => d.Key));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveDraftAsync_TooLong_RefusedAndNothingSaved(string provider)
    {
        using var temp = new TempStore(provider);
        var store = await temp.OpenAsync(temp.Options with { MaxDraftLength = 10 });

        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveDraftAsync("ana", "x", new string('a', 11)));

        Assert.Empty(await store.ListDraftsAsync("ana"));
    }
}
