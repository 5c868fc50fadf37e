using Microsoft.AspNetCore.Builder;

namespace Willing.Web.Tests;

/// <summary>
/// A real workbench for a test: Kestrel on a free loopback port over a fresh SQLite file in a temporary
/// folder (seeded with the built-in case base), with a known write token; removed on dispose.
/// </summary>
public sealed class WorkbenchServer : IAsyncDisposable
{
    /// <summary>The write token every test server accepts.</summary>
    public const string Token = "test-token-0123456789abcdef";

    private readonly string folder;

    private WorkbenchServer(string folder, WebApplication app, Uri address)
    {
        this.folder = folder;
        App = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The running application.</summary>
    public WebApplication App { get; }

    /// <summary>Where it listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>A client with no token.</summary>
    public HttpClient Client { get; }

    /// <summary>The SQLite file.</summary>
    public string DatabasePath => Path.Combine(folder, "workbench.db");

    /// <summary>Starts a workbench; <paramref name="configure"/> may change the options (the database and token are set), <paramref name="configureServices"/> the services (a fake simulation runner).</summary>
    public static async Task<WorkbenchServer> StartAsync(
        Func<WorkbenchOptions, WorkbenchOptions>? configure = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configureServices = null)
    {
        string folder = Path.Combine(Path.GetTempPath(), "willing-web-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var options = new WorkbenchOptions { Urls = "http://127.0.0.1:0", Database = Path.Combine(folder, "workbench.db"), Token = Token };
        options = configure?.Invoke(options) ?? options;
        var app = await Workbench.BuildAsync(options, configureServices);
        await app.StartAsync();
        return new WorkbenchServer(folder, app, Workbench.Address(app));
    }

    /// <summary>A client that sends the write token.</summary>
    public HttpClient Writer()
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown: the temporary folder is left behind.
        }
    }
}
