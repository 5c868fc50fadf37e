using System.Net;

namespace Willing.Reports.Html;

/// <summary>Encoding of text for HTML, and the one rule for which addresses may become links.</summary>
internal static class Html
{
    /// <summary>HTML-encodes text for element content and quoted attribute values (&lt; &gt; &amp; &quot; and ').</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>
    /// The address as a link target when it is safe to follow: only http and https, so that a case
    /// file cannot smuggle a <c>javascript:</c> or <c>data:</c> link into the report.
    /// </summary>
    public static string? SafeHref(Uri? url) =>
        url is { IsAbsoluteUri: true } u && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? u.AbsoluteUri : null;
}
