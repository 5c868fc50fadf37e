using System.Net;

namespace Willing.Web.Tests.Pages;

/// <summary>Editing a stored case's file in the browser: a new revision with its author and sources; a stale edit is a 409 that keeps the editor's text; an invalid one stores nothing.</summary>
public sealed class EditCaseTests
{
    [Fact]
    public async Task An_edit_is_a_new_revision_and_a_stale_one_is_a_conflict_that_keeps_the_text()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var first = new PageSession(server);
        using var second = new PageSession(server);
        await first.SignInAsync("First Editor", returnUrl: "/cases/kosovo-1999/edit");
        await second.SignInAsync("Second Editor", returnUrl: "/cases/kosovo-1999/edit");
        var formOfFirst = await first.GetAsync("/cases/kosovo-1999/edit");
        var formOfSecond = await second.GetAsync("/cases/kosovo-1999/edit");
        string text = formOfFirst.One("textarea#f-text")!.TextContent;
        Assert.Contains("id: kosovo-1999", text, StringComparison.Ordinal);

        var saved = await first.SubmitAsync(formOfFirst, "form[action='/cases/kosovo-1999/edit']",
            [new("text", text.Replace("summary: ", "summary: First edit. ", StringComparison.Ordinal)), new("sources", "seed")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var page = await first.GetAsync("/cases/kosovo-1999");
        Assert.Contains("First Editor", page.Text("#history table"), StringComparison.Ordinal);
        Assert.Contains("First edit.", page.Html, StringComparison.Ordinal);

        // The second editor started from the same revision: refused with 409, their text kept, the current one shown.
        string theirs = text.Replace("summary: ", "summary: Second edit. ", StringComparison.Ordinal);
        var stale = await second.SubmitAsync(formOfSecond, "form[action='/cases/kosovo-1999/edit']", [new("text", theirs), new("sources", "seed")]);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.NotNull(stale.One("#conflict"));
        Assert.Contains("Second edit.", stale.One("textarea#f-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("First edit.", stale.One("#current-text")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Second edit.", (await first.GetAsync("/cases/kosovo-1999")).Html, StringComparison.Ordinal);

        // Saved again from the form the conflict gave (now based on the current revision), it goes through.
        var merged = await second.SubmitAsync(stale, "form[action='/cases/kosovo-1999/edit']",
            [new("text", theirs.Replace("summary: Second edit. ", "summary: Second edit. First edit. ", StringComparison.Ordinal)), new("sources", "seed")]);
        Assert.Equal(HttpStatusCode.Redirect, merged.Status);
    }

    [Fact]
    public async Task An_invalid_edit_lists_its_errors_and_stores_nothing_and_one_without_sign_in_is_refused()
    {
        await using var server = await WorkbenchServer.StartAsync();
        using var session = new PageSession(server);
        var anonymous = await session.GetAsync("/cases/kosovo-1999/edit");
        Assert.NotNull(anonymous.One("#sign-in-notice"));
        string text = anonymous.One("textarea#f-text")!.TextContent;
        var refused = await session.SubmitAsync(anonymous, "form[action='/cases/kosovo-1999/edit']", [new("text", text + "\nnot a field: 1\n")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);

        await session.SignInAsync(returnUrl: "/cases/kosovo-1999/edit");
        var form = await session.GetAsync("/cases/kosovo-1999/edit");
        var invalid = await session.SubmitAsync(form, "form[action='/cases/kosovo-1999/edit']",
            [new("text", text.Replace("period:", "period: [", StringComparison.Ordinal))]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.Status);
        Assert.NotEmpty(invalid.All("#edit-errors tbody tr"));
        Assert.Equal(1, (await session.GetAsync("/api/cases/kosovo-1999/history")).Html.Split("\"revision\"").Length - 1);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/cases/no-such-case/edit")).Status);
    }
}
