using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Willing.Web.Security;

/// <summary>
/// Who may write. Reading is open; a write needs the <see cref="WriteToken"/>: scripts send it as
/// <c>Authorization: Bearer …</c> (the API's write endpoints accept nothing else, so a browser's
/// cookie cannot be used against them from another site), and a browser presents it once on the
/// sign-in page, which sets an HTTP-only, same-site cookie; every form also carries an anti-forgery token.
/// </summary>
public static class WorkbenchAuth
{
    /// <summary>The bearer scheme (the API).</summary>
    public const string BearerScheme = "Bearer";

    /// <summary>The cookie scheme (the pages, after signing in with the token).</summary>
    public const string CookieScheme = "WillingCookie";

    /// <summary>The policy of an API write: a valid bearer token.</summary>
    public const string ApiWritePolicy = "api-write";

    /// <summary>The policy of a page's write: signed in with the token (the cookie).</summary>
    public const string PageWritePolicy = "page-write";

    /// <summary>The claim type of the author name a writer gives (recorded on each revision).</summary>
    public const string AuthorClaim = "willing:author";

    /// <summary>The header in which an API writer may name itself as the author of its revisions.</summary>
    public const string AuthorHeader = "X-Willing-Author";

    /// <summary>The author recorded when an API writer names none.</summary>
    public const string DefaultApiAuthor = "api";

    /// <summary>The author of a request: the signed-in name, the author header of a bearer request, else <see cref="DefaultApiAuthor"/>.</summary>
    /// <param name="context">The request.</param>
    public static string Author(Microsoft.AspNetCore.Http.HttpContext context)
    {
        string? claimed = context.User.FindFirst(AuthorClaim)?.Value;
        if (!string.IsNullOrWhiteSpace(claimed))
            return claimed;
        string? header = context.Request.Headers[AuthorHeader];
        return string.IsNullOrWhiteSpace(header) ? DefaultApiAuthor : Shorten(header.Trim(), 100);
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length];
}

/// <summary>Options of <see cref="BearerTokenHandler"/>.</summary>
public sealed class BearerTokenOptions : AuthenticationSchemeOptions
{
    /// <summary>The token to accept.</summary>
    public WriteToken? Token { get; set; }
}

/// <summary>Authenticates a request that carries <c>Authorization: Bearer</c> with the write token; a wrong token fails, no header is no result.</summary>
/// <param name="options">The options.</param>
/// <param name="logger">The logger factory.</param>
/// <param name="encoder">The URL encoder.</param>
public sealed class BearerTokenHandler(IOptionsMonitor<BearerTokenOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<BearerTokenOptions>(options, logger, encoder)
{
    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers[HeaderNames.Authorization];
        if (string.IsNullOrEmpty(header))
            return Task.FromResult(AuthenticateResult.NoResult());
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(AuthenticateResult.Fail("the Authorization header is not a bearer token"));
        if (Options.Token is not { } token || !token.Matches(header["Bearer ".Length..].Trim()))
            return Task.FromResult(AuthenticateResult.Fail("the bearer token is not the workbench's write token"));
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "token")], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer realm=\"willing\"";
        return Task.CompletedTask;
    }
}
