namespace Willing.Reports.Html;

/// <summary>The one rule for which addresses may become links in the report and the workbench.</summary>
/// <remarks>Text is HTML-encoded by the components' renderer; only the addresses need a rule of their own.</remarks>
internal static class Html
{
    /// <summary>
    /// The address as a link target when it is safe to follow: only http and https, so that a case
    /// file cannot smuggle a <c>javascript:</c> or <c>data:</c> link into the report.
    /// </summary>
    public static string? SafeHref(Uri? url) =>
        url is { IsAbsoluteUri: true } u && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? u.AbsoluteUri : null;
}
