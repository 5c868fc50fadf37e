using System.Net;

namespace Willing.Web.Tests.Pages;

public sealed class HostileInputTests(PagesFixture fixture) : IClassFixture<PagesFixture>
{
    [Theory]
    [InlineData("/cases?from=99999999999&to=-1&cell=%00%01&model=%3Cscript%3E&q=%F0%9F%98%80%20%3C%2Fscript%3E")]
    [InlineData("/cases/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/compare?cases=iraq-2003&cases=iraq-2003&cases=%22%3E%3Cx")]
    [InlineData("/code?draft=%00%00")]
    [InlineData("/simulate?scenario=%3Cx%3E")]
    [InlineData("/simulations/%3Cx%3E")]
    [InlineData("/signin?returnUrl=javascript:alert(1)")]
    public async Task Odd_addresses_answer_a_page_never_an_error(string url)
    {
        using var session = new PageSession(fixture.Server);
        var page = await session.GetAsync(url);
        Assert.True((int)page.Status < 500, $"{url}: {page.Status}");
        Assert.DoesNotContain("<script>alert", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<x>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversized_or_overfull_forms_are_refused_without_a_server_error()
    {
        using var session = new PageSession(fixture.Server);
        await session.SignInAsync();
        var form = await session.GetAsync("/code");
        var values = PageSession.FormValues(form.One("form#coding-form")!);
        var many = values.Concat(Enumerable.Range(0, 10_050).Select(i => new KeyValuePair<string, string>($"x{i}", "1"))).ToList();
        var overfull = await session.PostAsync("/code", many);
        Assert.True((int)overfull.Status is >= 400 and < 500, $"{overfull.Status}");

        var huge = values.Append(new("summary", new string('a', 5 * 1024 * 1024))).ToList();
        await Refused(() => session.PostAsync("/code", huge));

        var rows = values.Where(v => v.Key != "rows.actors").Append(new("rows.actors", "100000")).Append(new("do", "add-actors")).Append(new("actors[299].actor", "CAN")).ToList();
        var capped = await session.PostAsync("/code", rows);
        Assert.Equal(HttpStatusCode.OK, capped.Status);
        Assert.Equal(300, capped.All("#section-actors fieldset.row").Length);

        var upload = await session.GetAsync("/upload");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in PageSession.FormValues(upload.One("form[enctype='multipart/form-data']")!))
            content.Add(new StringContent(value), name);
        content.Add(new ByteArrayContent(new byte[5 * 1024 * 1024]), "files", "big.yaml");
        await Refused(() => session.PostAsync("/upload", content));

        using var binary = new MultipartFormDataContent();
        foreach (var (name, value) in PageSession.FormValues(upload.One("form[enctype='multipart/form-data']")!))
            binary.Add(new StringContent(value), name);
        binary.Add(new ByteArrayContent([0xff, 0xfe, 0x00, 0x41]), "files", "../../etc/passwd");
        var bad = await session.PostAsync("/upload", binary);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.Status);
        Assert.Contains("passwd", bad.Text("#upload-errors"), StringComparison.Ordinal);
        Assert.DoesNotContain("../", bad.Text("#upload-errors"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/cases")).Status);
    }

    /// <summary>A body over the server's limit is answered with a 4xx, or the server stops reading it (413 sent, the connection closed while the client still writes).</summary>
    private static async Task Refused(Func<Task<PageSession.Page>> post)
    {
        try
        {
            var page = await post();
            Assert.True((int)page.Status is >= 400 and < 500, $"{page.Status}");
        }
        catch (HttpRequestException e) when (e.InnerException is IOException)
        {
            // Kestrel answered 413 and closed the connection before the client finished sending.
        }
    }
}
