using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Willing.Web.Tests.Pages;

/// <summary>A browser without JavaScript against a test workbench: keeps cookies, follows no redirect by itself, parses each page.</summary>
public sealed class PageSession : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient client;

    public PageSession(WorkbenchServer server)
    {
        Server = server;
        Cookies = new CookieContainer();
        client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = server.Address,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public WorkbenchServer Server { get; }

    public CookieContainer Cookies { get; }

    public bool HasAuthCookie => Cookies.GetCookies(Server.Address).Any(c => c.Name == "willing.auth");

    public async Task<Page> GetAsync(string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await Page.ReadAsync(response);
    }

    /// <summary>Posts the form's own fields (hidden ones, the anti-forgery token, the current values) with <paramref name="values"/> replacing or adding to them.</summary>
    public async Task<Page> SubmitAsync(Page page, string formSelector, IEnumerable<KeyValuePair<string, string>> values, string? action = null)
    {
        var form = page.Document.QuerySelector(formSelector) ?? throw new InvalidOperationException($"no form {formSelector} on {page.Url}");
        var fields = FormValues(form);
        var given = values.ToList();
        foreach (string name in given.Select(v => v.Key).Distinct())
            fields.RemoveAll(f => f.Key == name);
        fields.AddRange(given);
        string target = action ?? form.GetAttribute("action") ?? page.Url;
        return await PostAsync(target, fields);
    }

    public async Task<Page> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
        return await Page.ReadAsync(response);
    }

    public async Task<Page> PostAsync(string url, HttpContent content)
    {
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
        return await Page.ReadAsync(response);
    }

    /// <summary>Signs in with the test server's token (or another) through the sign-in form.</summary>
    public async Task<Page> SignInAsync(string author = "Test Author", string token = WorkbenchServer.Token, string returnUrl = "/")
    {
        var form = await GetAsync("/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        return await SubmitAsync(form, "form[method=post]:has(input[name=token])", [new("token", token), new("author", author)]);
    }

    /// <summary>The values a browser would send for a form: every named input, select and textarea but buttons, files and unchecked boxes.</summary>
    public static List<KeyValuePair<string, string>> FormValues(IElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var e in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            string name = e.GetAttribute("name")!;
            string type = (e.GetAttribute("type") ?? "text").ToLowerInvariant();
            if (e.LocalName == "input" && type is "submit" or "button" or "file" or "image" or "reset")
                continue;
            if (e.LocalName == "input" && type is "checkbox" or "radio" && !e.HasAttribute("checked"))
                continue;
            if (e.LocalName == "select")
            {
                foreach (var o in e.QuerySelectorAll("option[selected]"))
                    fields.Add(new(name, o.GetAttribute("value") ?? o.TextContent));
                if (!e.HasAttribute("multiple") && e.QuerySelector("option[selected]") is null && e.QuerySelector("option") is { } first)
                    fields.Add(new(name, first.GetAttribute("value") ?? first.TextContent));
                continue;
            }

            fields.Add(new(name, e.LocalName == "textarea" ? e.TextContent : e.GetAttribute("value") ?? string.Empty));
        }

        return fields;
    }

    public void Dispose() => client.Dispose();

    /// <summary>A page as it came: its status, location (for a redirect), text and parsed document.</summary>
    public sealed record Page(HttpStatusCode Status, string Url, string? Location, string Html, IDocument Document)
    {
        public static async Task<Page> ReadAsync(HttpResponseMessage response)
        {
            string html = await response.Content.ReadAsStringAsync();
            // A redirect to this server is compared by its path: the pages redirect to absolute addresses of their own host.
            var location = response.Headers.Location;
            string? where = location is null ? null
                : location.IsAbsoluteUri && location.Authority == response.RequestMessage!.RequestUri!.Authority ? location.PathAndQuery : location.OriginalString;
            return new Page(response.StatusCode, response.RequestMessage!.RequestUri!.PathAndQuery, where, html, Parser.ParseDocument(html));
        }

        public IHtmlCollection<IElement> All(string selector) => Document.QuerySelectorAll(selector);

        public IElement? One(string selector) => Document.QuerySelector(selector);

        public string Text(string selector) => One(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"no {selector} on {Url}");

        /// <summary>The error message beside a field, by its name.</summary>
        public string? ErrorOf(string name)
        {
            var field = Document.QuerySelector($"[name=\"{name}\"]:not([type=hidden])");
            if (field?.GetAttribute("aria-describedby") is not { } described)
                return null;
            return described.Split(' ').Where(id => id.EndsWith("-error", StringComparison.Ordinal))
                .Select(id => Document.GetElementById(id)?.TextContent.Trim()).FirstOrDefault(t => t is not null);
        }
    }
}
