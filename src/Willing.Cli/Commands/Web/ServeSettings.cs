using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Willing.Cli.Commands.Web;

/// <summary>Settings of <c>willing serve</c>.</summary>
public sealed class ServeSettings : CommandSettings
{
    /// <summary>The addresses to listen on.</summary>
    [CommandOption("--urls <URL>")]
    [Description("Listen on these addresses (default http://127.0.0.1:5080; separate several with ';').")]
    [DefaultValue("http://127.0.0.1:5080")]
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The database.</summary>
    [CommandOption("--db <DB>")]
    [Description("A SQLite file (default: workbench.db in ~/.local/share/willing) or a PostgreSQL connection string \"Host=…;Database=…;Username=…\".")]
    public string? Database { get; init; }

    /// <summary>Log every request.</summary>
    [CommandOption("--log-requests")]
    [Description("Log every request to the console.")]
    public bool LogRequests { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        foreach (string url in Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                return ValidationResult.Error($"--urls: '{url}' is not an http or https address such as http://127.0.0.1:5080");
        }

        return Database is { } db && string.IsNullOrWhiteSpace(db) ? ValidationResult.Error("--db needs a file path or a connection string") : base.Validate();
    }
}
