using System.Text.Json.Serialization;

namespace Willing.Core.Model;

/// <summary>A source a case file cites: an address, a bibliographic citation, or both.</summary>
/// <param name="Id">The id facts cite it by.</param>
/// <param name="Url">Where it can be read, when it is online.</param>
/// <param name="Citation">The bibliographic citation (books, articles, resolutions).</param>
/// <param name="Kind">What kind of source it is.</param>
/// <param name="Note">An editor's note on the source.</param>
public sealed record Source(SourceId Id, Uri? Url, string? Citation, SourceKind Kind, string? Note)
{
    /// <summary>True for Cooper (2005), the paper Willing implements: facts citing it must give a locator (section or page).</summary>
    public bool IsPaper { get; init; }

    /// <summary>For a mirror: the original it copies (a citation or an address).</summary>
    public string? Mirrors { get; init; }

    /// <summary>
    /// Where the editor read a work cited by <see cref="Citation"/> whose original is not online at its publisher:
    /// a copy's address (a wire story on another paper's site, a document on an archive's site). The source keeps
    /// the original's kind; the copy is only the way in.
    /// </summary>
    public Uri? Copy { get; init; }

    /// <summary>The address, the citation or the id, for display.</summary>
    [JsonIgnore]
    public string Display => Citation ?? Url?.ToString() ?? Id.Value;

    /// <summary>
    /// True when the address goes through a proxy or rewriting service rather than the site itself
    /// (e.g. <c>fanyv88.com</c>, Google's AMP cache): such an address is a weak source whatever its kind.
    /// </summary>
    [JsonIgnore]
    public bool IsProxyAddress => IsProxy(Url) || IsProxy(Copy);

    /// <summary>True for a source that alone cannot carry a fact: a blog, a forum, or a proxy address.</summary>
    [JsonIgnore]
    public bool IsWeak => Kind is SourceKind.Blog or SourceKind.Forum || IsProxyAddress;

    private static bool IsProxy(Uri? u) => u is not null && ProxyHosts.Any(h => u.Host.Equals(h, StringComparison.OrdinalIgnoreCase) || u.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));

    /// <summary>Hosts that serve other sites' pages through a proxy or cache.</summary>
    public static readonly IReadOnlyList<string> ProxyHosts = ["fanyv88.com", "ampproject.org", "translate.goog", "webcache.googleusercontent.com", "proxysite.com", "hidemyass.com", "croxyproxy.com"];
}
