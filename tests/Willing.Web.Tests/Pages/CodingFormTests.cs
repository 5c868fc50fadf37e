using System.Net;

namespace Willing.Web.Tests.Pages;

public sealed class CodingFormTests
{
    /// <summary>A small coalition as a researcher would type it: five members and a leader, two events, three sources.</summary>
    public static List<KeyValuePair<string, string>> SmallCoalition() =>
    [
        new("name", "Core group against cluster munitions (test)"),
        new("id", "cluster-test-2007"),
        new("summary", "A made-up test coalition: Norway and a few like-minded states with an NGO network negotiate a ban outside the standing forum."),
        new("leader", "NOR"),
        new("issue_area.category", "humanitarian-disarmament"),
        new("issue_area.description", "A ban on cluster munitions."),
        new("issue_area.sources", "oslo-declaration"),
        new("period.start", "2007-02"),
        new("period.end", "2008-12-03"),
        new("period.sources", "oslo-declaration, borrie-2009 (p. 12)"),
        new("trigger.kind", "norm-entrepreneurship"),
        new("trigger.date", "2006"),
        new("trigger.description", "NGOs publicised the harm after the 2006 Lebanon war."),
        new("trigger.leader_directly_threatened", "false"),
        new("trigger.niche_selection", "true"),
        new("trigger.sources", "cmc-site"),
        new("institutions.relation", "outside-standing-forum"),
        new("institutions.forum", "Convention on Certain Conventional Weapons"),
        new("institutions.sources", "borrie-2009"),
        new("actors[0].actor", "NOR"), new("actors[0].roles", "host, core-group-member"), new("actors[0].joined", "2007-02"), new("actors[0].sources", "oslo-declaration"),
        new("actors[1].actor", "Ireland"), new("actors[1].roles", "core-group-member"), new("actors[1].joined", "2007-02"), new("actors[1].sources", "oslo-declaration"),
        new("actors[2].actor", "nzl"), new("actors[2].roles", "core-group-member"), new("actors[2].joined", "2007-02"), new("actors[2].sources", "oslo-declaration"),
        new("actors[3].actor", "Austria"), new("actors[3].roles", "core-group-member"), new("actors[3].joined", "2007-02"), new("actors[3].sources", "borrie-2009"),
        new("actors[4].actor", "Cluster Munition Coalition"), new("actors[4].kind", "ngo-network"), new("actors[4].roles", "campaign-coordinator"),
        new("actors[4].joined", "2007-02"), new("actors[4].sources", "cmc-site"),
        new("ties[0].from", "Cluster Munition Coalition"), new("ties[0].to", "NOR"), new("ties[0].kind", "lobbying"), new("ties[0].start", "2007"), new("ties[0].sources", "cmc-site"),
        new("events[0].name", "Oslo conference"), new("events[0].kind", "conference"), new("events[0].date", "2007-02-22"), new("events[0].sources", "oslo-declaration"),
        new("events[1].name", "Signature in Oslo"), new("events[1].kind", "signature"), new("events[1].date", "2008-12-03"), new("events[1].sources", "cmc-site"),
        new("sources[0].id", "oslo-declaration"), new("sources[0].kind", "official"), new("sources[0].citation", "Oslo Declaration on Cluster Munitions, 23 February 2007."),
        new("sources[1].id", "cmc-site"), new("sources[1].kind", "primary"), new("sources[1].url", "https://www.stopclustermunitions.org/"),
        new("sources[2].id", "borrie-2009"), new("sources[2].kind", "academic"), new("sources[2].citation", "Borrie, J. (2009). Unacceptable Harm. UNIDIR."),
    ];

    [Fact]
    public async Task A_post_without_signing_in_stores_nothing()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var session = new PageSession(server);
        var form = await session.GetAsync("/code");
        Assert.NotNull(form.One("#sign-in-notice a[href^='/signin']"));
        var saved = await session.SubmitAsync(form, "form#coding-form", [.. SmallCoalition(), new("do", "save")]);
        Assert.Equal(HttpStatusCode.Forbidden, saved.Status);
        Assert.Contains("Sign in", saved.Text("#error-summary"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/cases/cluster-test-2007")).Status);
        Assert.DoesNotContain("cluster-test-2007", await server.Client.GetStringAsync(new Uri("/api/cases", UriKind.Relative)), StringComparison.Ordinal);

        // Without the anti-forgery token, the post is refused before the page sees it.
        var forged = await session.PostAsync("/code", [.. SmallCoalition(), new("do", "save"), new("_handler", "code")]);
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
    }

    [Fact]
    public async Task A_small_coalition_coded_in_the_form_is_stored_classified_and_shown()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var session = new PageSession(server);
        var signedIn = await session.SignInAsync("A. Researcher", returnUrl: "/code");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal("/code", signedIn.Location);
        var form = await session.GetAsync("/code");
        Assert.Null(form.One("#sign-in-notice"));
        Assert.NotNull(form.One("datalist#known-actors option[value=CAN]"));
        Assert.Equal(5, form.All("#section-actors fieldset.row").Length);
        Assert.Equal(2, form.All("#section-events fieldset.row").Length);
        Assert.Equal(3, form.All("#section-sources fieldset.row").Length);

        var check = await session.SubmitAsync(form, "form#coding-form", [.. SmallCoalition(), new("do", "check")]);
        Assert.Equal(HttpStatusCode.OK, check.Status);
        Assert.Null(check.One("#error-summary"));
        Assert.Contains("without error", check.Text("#preview"), StringComparison.Ordinal);

        var saved = await session.SubmitAsync(check, "form#coding-form", [.. SmallCoalition(), new("do", "save")]);
        Assert.True(saved.Status is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found, $"{saved.Status}: {saved.One("#error-summary")?.TextContent}");
        Assert.Equal("/cases/cluster-test-2007", saved.Location);

        var page = await session.GetAsync(saved.Location!);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Core group against cluster munitions (test)", page.Text("h1"));
        Assert.Contains(page.One("[data-model]")!.GetAttribute("data-model"), (string[])["one", "two", "hybrid", "undetermined"]);
        Assert.NotNull(page.One("section.case#case-cluster-test-2007 .axis"));
        Assert.Contains("A. Researcher", page.Text("#history table"), StringComparison.Ordinal);
        Assert.Equal(3, page.All("#sources-by-kind ul.sources li").Length);
        Assert.Contains("Ireland", page.Html, StringComparison.Ordinal);

        // It appears everywhere: in the list, and its draft is gone.
        var list = await session.GetAsync("/cases?q=cluster");
        Assert.NotNull(list.One("tr[data-case=cluster-test-2007]"));
        Assert.Empty((await session.GetAsync("/code")).All("section.drafts li"));

        // Coding the same id again is refused beside the id, and nothing changes.
        var again = await session.SubmitAsync(await session.GetAsync("/code"), "form#coding-form", [.. SmallCoalition(), new("do", "save")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.Status);
        Assert.Contains("already stored", again.ErrorOf("id"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_with_errors_shows_each_beside_its_field_and_stores_nothing()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var session = new PageSession(server);
        await session.SignInAsync();
        var form = await session.GetAsync("/code");
        var values = SmallCoalition();
        values.RemoveAll(v => v.Key is "name" or "actors[0].joined" or "actors[1].sources" or "leader" or "events[1].kind" or "sources[2].kind");
        values.AddRange([new("name", string.Empty), new("actors[0].joined", "2007-13"), new("actors[1].sources", "nope"), new("leader", "FRA"),
            new("events[1].kind", "party"), new("actors[4].kind", string.Empty)]);
        values.RemoveAll(v => v.Key == "actors[4].kind" && v.Value.Length > 0);
        var page = await session.SubmitAsync(form, "form#coding-form", [.. values, new("do", "save")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("required", page.ErrorOf("name"), StringComparison.Ordinal);
        Assert.NotNull(page.ErrorOf("actors[0].joined"));
        Assert.Contains("nope", page.ErrorOf("actors[1].sources"), StringComparison.Ordinal);
        Assert.Contains("FRA", page.ErrorOf("leader"), StringComparison.Ordinal);
        Assert.Contains("party", page.ErrorOf("events[1].kind"), StringComparison.Ordinal);
        Assert.NotNull(page.ErrorOf("sources[2].kind"));
        Assert.NotNull(page.ErrorOf("actors[4].kind"));
        Assert.Equal("true", page.One("#f-actors-0--joined")!.GetAttribute("aria-invalid"));

        // The summary lists every error as a link to its field.
        var links = page.All("#error-summary a[href^='#f-']");
        Assert.True(links.Length >= 7, page.Text("#error-summary"));
        Assert.All(links, a => Assert.NotNull(page.Document.GetElementById(a.GetAttribute("href")![1..])));

        // What was typed is kept; nothing is stored; the case file made is shown.
        Assert.Equal("2007-13", page.One("#f-actors-0--joined")!.GetAttribute("value"));
        Assert.NotNull(page.One("details.case-file pre"));
        Assert.Equal(28, (await session.GetAsync("/cases")).All("tr[data-case]").Length);
    }

    [Fact]
    public async Task Rows_are_added_without_losing_what_was_typed()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var session = new PageSession(server);
        var form = await session.GetAsync("/code");
        var added = await session.SubmitAsync(form, "form#coding-form", [new("actors[0].actor", "CAN"), new("do", "add-actors")]);
        Assert.Equal(HttpStatusCode.OK, added.Status);
        Assert.Equal(6, added.All("#section-actors fieldset.row").Length);
        Assert.True(added.One("#f-actors-5--actor")!.HasAttribute("autofocus"));
        Assert.Equal("CAN", added.One("#f-actors-0--actor")!.GetAttribute("value"));
        Assert.Equal("6", added.One("input[name='rows.actors']")!.GetAttribute("value"));
        var button = added.One("button[value=add-actors]")!;
        Assert.Equal("#section-actors", button.GetAttribute("hx-select"));

        var more = await session.SubmitAsync(added, "form#coding-form", [new("do", "add-sources")]);
        Assert.Equal(6, more.All("#section-actors fieldset.row").Length);
        Assert.Equal(4, more.All("#section-sources fieldset.row").Length);
    }

    [Fact]
    public async Task Drafts_are_saved_listed_and_resumed()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var session = new PageSession(server);
        await session.SignInAsync("Drafter");
        var form = await session.GetAsync("/code");
        Assert.Equal(PageEndpointsPath, form.One("form#coding-form")!.GetAttribute("hx-post"));
        Assert.Equal("change delay:1s", form.One("form#coding-form")!.GetAttribute("hx-trigger"));

        var saved = await session.SubmitAsync(form, "form#coding-form", [new("name", "Half-coded coalition"), new("period.start", "1999"), new("do", "draft")]);
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Equal("half-coded-coalition", saved.One("input[name=draft]")!.GetAttribute("value"));

        var listed = await session.GetAsync("/code");
        Assert.NotNull(listed.One("section.drafts a[href='/code?draft=half-coded-coalition']"));
        var resumed = await session.GetAsync("/code?draft=half-coded-coalition");
        Assert.Equal("Half-coded coalition", resumed.One("#f-name")!.GetAttribute("value"));
        Assert.Equal("1999", resumed.One("#f-period-start")!.GetAttribute("value"));

        // The htmx draft endpoint saves the same draft and answers with its status block.
        var values = PageSession.FormValues(resumed.One("form#coding-form")!);
        values.RemoveAll(v => v.Key == "period.start");
        values.Add(new("period.start", "2000"));
        var status = await session.PostAsync(PageEndpointsPath, values);
        Assert.Equal(HttpStatusCode.OK, status.Status);
        Assert.Contains("saved", status.Text("#draft-status"), StringComparison.Ordinal);
        Assert.Equal("2000", (await session.GetAsync("/code?draft=half-coded-coalition")).One("#f-period-start")!.GetAttribute("value"));

        // Without the form's token it is refused; another user does not see the draft.
        Assert.Equal(HttpStatusCode.BadRequest, (await session.PostAsync(PageEndpointsPath, [new("name", "x")])).Status);
        using var other = new PageSession(server);
        await other.SignInAsync("Someone else");
        Assert.Empty((await other.GetAsync("/code")).All("section.drafts li"));
        Assert.Equal(string.Empty, (await other.GetAsync("/code?draft=half-coded-coalition")).One("#f-name")!.GetAttribute("value") ?? string.Empty);
    }

    [Fact]
    public async Task Upload_stores_all_files_or_none_and_lists_every_error()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var session = new PageSession(server);
        await session.SignInAsync();
        string good = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "examples", "minimal-case.yaml"));
        string bad = good.Replace("id: example-coalition", "id: broken-example", StringComparison.Ordinal).Replace("kind: academic", "kind: rumour", StringComparison.Ordinal);

        var page = await session.GetAsync("/upload");
        var refused = await Upload(session, page, ("good.yaml", good), ("bad.yaml", bad));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        var row = Assert.Single(refused.All("#upload-errors tbody tr"));
        Assert.Contains("bad.yaml", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("rumour", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/cases/example-coalition")).Status);

        var stored = await Upload(session, await session.GetAsync("/upload"), ("good.yaml", good));
        Assert.Equal("/cases/example-coalition", stored.Location);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/cases/example-coalition")).Status);

        using var anonymous = new PageSession(server);
        var notSignedIn = await Upload(anonymous, await anonymous.GetAsync("/upload"), ("again.yaml", good.Replace("example-coalition", "another-example", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Forbidden, notSignedIn.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/cases/another-example")).Status);
    }

    private const string PageEndpointsPath = "/code/draft";

    private static async Task<PageSession.Page> Upload(PageSession session, PageSession.Page page, params (string Name, string Text)[] files)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in PageSession.FormValues(page.One("form[enctype='multipart/form-data']")!))
            content.Add(new StringContent(value), name);
        foreach (var (name, text) in files)
            content.Add(new StringContent(text), "files", name);
        return await session.PostAsync("/upload", content);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Willing.slnx")))
                return dir.FullName;
        }

        throw new InvalidOperationException("the repository root is not above the test's folder");
    }
}
