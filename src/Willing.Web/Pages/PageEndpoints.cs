using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Willing.Storage;
using Willing.Web.Components;
using Willing.Web.Jobs;

namespace Willing.Web.Pages;

/// <summary>The pages' own endpoints besides the Razor components: the coding form's draft, saved as the user types (htmx), and a simulation's cancel button.</summary>
public static class PageEndpoints
{
    /// <summary>The address the coding form posts its draft to, a second after each change.</summary>
    public const string DraftPath = "/code/draft";

    /// <summary>Maps <see cref="DraftPath"/>: signed in, with the form's anti-forgery token, it saves the form as the user's draft and answers with the draft's status (an HTML fragment, <c>#draft-status</c>).</summary>
    /// <param name="app">The application.</param>
    public static IEndpointRouteBuilder MapWorkbenchPages(this IEndpointRouteBuilder app)
    {
        app.MapPost(DraftPath, SaveDraftAsync).ExcludeFromDescription().DisableAntiforgery();
        app.MapPost("/simulations/{id}/cancel", CancelAsync).ExcludeFromDescription().DisableAntiforgery();
        return app;
    }

    /// <summary>The cancel button of a job's page: signed in, with the form's anti-forgery token, it asks the job to stop and goes back to its page (whether it was still running or had finished meanwhile).</summary>
    private static async Task<IResult> CancelAsync(string id, HttpContext context, IAntiforgery antiforgery)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
            return Results.BadRequest();
        if (await PageAccess.AuthorAsync(context).ConfigureAwait(false) is null)
            return Results.Redirect(PageAccess.SignInUrl("/simulations/" + Uri.EscapeDataString(id)));
        context.RequestServices.GetService<ISimulationJobs>()?.Cancel(id);
        return Results.Redirect("/simulations/" + Uri.EscapeDataString(id));
    }

    private static async Task<IResult> SaveDraftAsync(HttpContext context, IAntiforgery antiforgery, CaseStore store, TimeProvider clock)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
            return Results.BadRequest();
        if (await PageAccess.AuthorAsync(context).ConfigureAwait(false) is not { } author)
            return new RazorComponentResult<DraftStatus>(new { Key = string.Empty, SignInUrl = PageAccess.SignInUrl("/code") });
        var form = CodingForm.FromForm(await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false));
        string key = form.NewDraftKey(clock.GetUtcNow());
        try
        {
            var draft = await store.SaveDraftAsync(author, key, form.ToDraft(), context.RequestAborted).ConfigureAwait(false);
            return Status(key, $"Draft “{key}” saved at {draft.UpdatedAt.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} UTC.");
        }
        catch (ArgumentException e)
        {
            return Status(key, "Not saved: " + e.Message);
        }
    }

    /// <summary>The draft status block, as the coding page writes it (<see cref="DraftStatus"/>).</summary>
    private static RazorComponentResult<DraftStatus> Status(string key, string message) => new(new { Key = key, Message = message });
}
