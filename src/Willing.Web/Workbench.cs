using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Willing.Storage;
using Willing.Typology.Codebook;
using Willing.Web.Api;
using Willing.Web.Components;
using Willing.Web.Pages;
using Willing.Web.Security;

namespace Willing.Web;

/// <summary>
/// The workbench: one ASP.NET Core application serving the pages (Razor components rendered on the
/// server, no circuit) and the JSON API over one <see cref="CaseStore"/>. <c>willing serve</c> builds
/// and runs it; the tests start it on a free loopback port over a temporary SQLite file.
/// </summary>
public static class Workbench
{
    /// <summary>The output-cache policy of reading pages and API reads: kept per <see cref="WorkbenchSnapshot.Version"/> (use <c>[OutputCache(PolicyName = Workbench.SnapshotCachePolicy)]</c> or <c>.CacheOutput(…)</c>).</summary>
    public const string SnapshotCachePolicy = "snapshot";

    /// <summary>Opens (creating, migrating and seeding) the database and builds the application; call <c>RunAsync</c> or <c>StartAsync</c> on it.</summary>
    /// <param name="options">How to start.</param>
    /// <param name="cancellationToken">Cancels opening the database.</param>
    public static Task<WebApplication> BuildAsync(WorkbenchOptions options, CancellationToken cancellationToken = default) =>
        BuildAsync(options, configureServices: null, cancellationToken);

    /// <summary>Opens the database and builds the application, letting <paramref name="configureServices"/> add or replace services last (tests register fakes this way).</summary>
    /// <param name="options">How to start.</param>
    /// <param name="configureServices">Changes the services after the workbench's own are registered; null for none.</param>
    /// <param name="cancellationToken">Cancels opening the database.</param>
    public static async Task<WebApplication> BuildAsync(WorkbenchOptions options, Action<IServiceCollection>? configureServices, CancellationToken cancellationToken = default)
    {
        string database = options.Database ?? WorkbenchOptions.DefaultDatabase;
        if (!CaseStore.IsConnectionString(database))
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(database))!);
        var store = await CaseStore.OpenAsync(database, cancellationToken: cancellationToken).ConfigureAwait(false);
        var token = WriteToken.Resolve(options.Token, database);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(Workbench).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(options.LogRequests ? LogLevel.Information : LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        // A start that fails (the port is taken) is reported by willing serve in one line, not as a logged stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(store);
        services.AddSingleton(token);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(CodebookReader.BuiltIn());
        services.AddSingleton<WorkbenchData>();
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(f =>
        {
            f.MultipartBodyLengthLimit = options.MaxRequestBytes;
            f.ValueLengthLimit = (int)Math.Min(int.MaxValue, options.MaxRequestBytes);
            f.ValueCountLimit = 10_000;
        });
        services.AddProblemDetails();
        services.AddAuthentication(WorkbenchAuth.CookieScheme)
            .AddScheme<BearerTokenOptions, BearerTokenHandler>(WorkbenchAuth.BearerScheme, o => o.Token = token)
            .AddCookie(WorkbenchAuth.CookieScheme, o =>
            {
                o.Cookie.Name = "willing.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/signin";
                o.ExpireTimeSpan = TimeSpan.FromDays(14);
                o.SlidingExpiration = true;
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(WorkbenchAuth.ApiWritePolicy, p => p.AddAuthenticationSchemes(WorkbenchAuth.BearerScheme).RequireAuthenticatedUser())
            .AddPolicy(WorkbenchAuth.PageWritePolicy, p => p.AddAuthenticationSchemes(WorkbenchAuth.CookieScheme).RequireAuthenticatedUser());
        services.AddAntiforgery(a =>
        {
            a.Cookie.Name = "willing.af";
            a.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddRazorComponents();
        // Compressed inside the output cache (the middleware runs after it), so a kept page is compressed once: a case
        // page is about a megabyte of HTML and inline SVG, a tenth of that compressed.
        services.AddResponseCompression(o =>
        {
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml", "application/problem+json", "application/yaml"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        // Reading pages and API answers are kept per snapshot version: a reader is served bytes, not a render, until
        // the case base changes. Only anonymous GETs without cookies set in the answer are kept (the middleware's own
        // rule), so no signed-in page and no anti-forgery token is ever shared.
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 256L * 1024 * 1024;
            o.AddPolicy(SnapshotCachePolicy, b => b.Expire(TimeSpan.FromHours(1)).SetVaryByQuery("*").SetVaryByHeader(Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding)
                .VaryByValue(async (context, cancellationToken) =>
                    new KeyValuePair<string, string>("snapshot", (await context.RequestServices.GetRequiredService<WorkbenchData>().CurrentAsync(cancellationToken).ConfigureAwait(false)).Version)));
        });
        services.AddWorkbenchApi(options);
        configureServices?.Invoke(services);

        var app = builder.Build();
        app.UseStatusCodePages();
        app.UseExceptionHandler();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'";
            await next(context).ConfigureAwait(false);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.UseResponseCompression();
        app.UseAntiforgery();
        MapAssets(app);
        app.MapGet("/healthz", () => Results.Text("ok")).ExcludeFromDescription();
        app.MapWorkbenchApi();
        app.MapWorkbenchPages();
        app.MapRazorComponents<App>();
        return app;
    }

    /// <summary>The first address the started application listens on (with the port a <c>:0</c> address was given).</summary>
    /// <param name="app">A started application.</param>
    public static Uri Address(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        string first = addresses?.FirstOrDefault() ?? throw new InvalidOperationException("the workbench is not listening");
        return new Uri(first.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>The stylesheet and scripts kept in the assembly (<c>Assets/</c>), under <c>/assets/NAME</c>, cached for a day.</summary>
    private static void MapAssets(WebApplication app)
    {
        var assembly = typeof(Workbench).Assembly;
        const string prefix = "Willing.Web.Assets.";
        var assets = assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(n => n[prefix.Length..], n => Read(assembly, n), StringComparer.Ordinal);
        // The report's own stylesheet, so that a page and the report look the same.
        assets["report.css"] = System.Text.Encoding.UTF8.GetBytes(Willing.Reports.Html.ReportStyles.Css);
        app.MapGet("/assets/{name}", (string name, HttpContext context) =>
        {
            if (!assets.TryGetValue(name, out byte[]? bytes))
                return Results.NotFound();
            context.Response.Headers.CacheControl = "public, max-age=86400";
            string type = Path.GetExtension(name) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".svg" => "image/svg+xml",
                ".png" => "image/png",
                _ => "application/octet-stream",
            };
            return Results.Bytes(bytes, type);
        }).ExcludeFromDescription();
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
