using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Willing.Web.Security;

namespace Willing.Web.Pages;

/// <summary>Who may write from a page: a user signed in with the write token (<see cref="WorkbenchAuth.PageWritePolicy"/>).</summary>
internal static class PageAccess
{
    /// <summary>The signed-in author of the request, or null when the request may not write from a page.</summary>
    /// <param name="context">The request.</param>
    public static async Task<string?> AuthorAsync(HttpContext? context)
    {
        if (context is null)
            return null;
        var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        var result = await authorization.AuthorizeAsync(context.User, WorkbenchAuth.PageWritePolicy).ConfigureAwait(false);
        return result.Succeeded ? WorkbenchAuth.Author(context) : null;
    }

    /// <summary>The name shown in the layout when the request carries the sign-in cookie; null otherwise.</summary>
    /// <param name="context">The request.</param>
    public static string? SignedInName(HttpContext? context) =>
        context?.User.Identity is { IsAuthenticated: true, AuthenticationType: WorkbenchAuth.CookieScheme }
            ? context.User.FindFirst(WorkbenchAuth.AuthorClaim)?.Value
            : null;

    /// <summary>Answers the request with a status other than 200 while the page still renders its own text (the status-code pages of the API would replace an empty body, not a page).</summary>
    /// <param name="context">The request.</param>
    /// <param name="status">The status, e.g. 404.</param>
    public static void Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
            pages.Enabled = false;
    }

    /// <summary>The sign-in page's address, returning to <paramref name="returnUrl"/> afterwards.</summary>
    /// <param name="returnUrl">A local path, e.g. <c>/code</c>.</param>
    public static string SignInUrl(string returnUrl) =>
        "/signin?returnUrl=" + Uri.EscapeDataString(PageText.IsLocal(returnUrl) ? returnUrl : "/");
}
