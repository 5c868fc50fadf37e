using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Willing.Storage;

namespace Willing.Web.Pages;

/// <summary>The pages' own endpoints besides the Razor components: the coding form's draft, saved as the user types (htmx).</summary>
public static class PageEndpoints
{
    /// <summary>The address the coding form posts its draft to, a second after each change.</summary>
    public const string DraftPath = "/code/draft";

    /// <summary>Maps <see cref="DraftPath"/>: signed in, with the form's anti-forgery token, it saves the form as the user's draft and answers with the draft's status (an HTML fragment, <c>#draft-status</c>).</summary>
    /// <param name="app">The application.</param>
    public static IEndpointRouteBuilder MapWorkbenchPages(this IEndpointRouteBuilder app)
    {
        app.MapPost(DraftPath, SaveDraftAsync).ExcludeFromDescription().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> SaveDraftAsync(HttpContext context, IAntiforgery antiforgery, CaseStore store, TimeProvider clock)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
            return Results.BadRequest();
        if (await PageAccess.AuthorAsync(context).ConfigureAwait(false) is not { } author)
            return Status(string.Empty, "Not saved: <a href=\"/signin?returnUrl=%2Fcode\">sign in</a> to keep drafts.");
        var form = CodingForm.FromForm(await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false));
        string key = form.NewDraftKey(clock.GetUtcNow());
        try
        {
            var draft = await store.SaveDraftAsync(author, key, form.ToDraft(), context.RequestAborted).ConfigureAwait(false);
            return Status(key, $"Draft “{HtmlEncoder.Default.Encode(key)}” saved at {draft.UpdatedAt.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} UTC.");
        }
        catch (ArgumentException e)
        {
            return Status(key, "Not saved: " + HtmlEncoder.Default.Encode(e.Message));
        }
    }

    /// <summary>The draft status block, as the coding page writes it (<c>CodePage</c>), with the draft's key in its hidden field.</summary>
    private static IResult Status(string key, string html) => Results.Content(
        $"<div id=\"draft-status\" class=\"draft-status\" role=\"status\"><input type=\"hidden\" name=\"draft\" value=\"{HtmlEncoder.Default.Encode(key)}\" /><span>{html}</span></div>",
        "text/html; charset=utf-8");
}
