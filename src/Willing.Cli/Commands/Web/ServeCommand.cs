using Spectre.Console.Cli;
using Spectre.Console;
using Microsoft.Extensions.Hosting;
using Willing.Cli.Output;
using Willing.Web;
using Willing.Web.Security;

namespace Willing.Cli.Commands.Web;

/// <summary>
/// <c>willing serve [--urls URL] [--db DB]</c>: the web workbench and the JSON API over a case store
/// (SQLite by default, created and seeded on first run; PostgreSQL for a team). Prints where it listens
/// and where the write token comes from (the token itself when it was made now); runs until Ctrl+C.
/// </summary>
public sealed class ServeCommand(CliOutput output) : AsyncCommand<ServeSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        var options = new WorkbenchOptions { Urls = settings.Urls, Database = settings.Database, LogRequests = settings.LogRequests };
        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = await Workbench.BuildAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or System.Data.Common.DbException or InvalidDataException)
        {
            output.Error.WriteLine($"willing: cannot open the workbench's database: {ex.Message}");
            return WillingApp.InvalidInput;
        }

        await using (app.ConfigureAwait(false))
        {
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                output.Error.WriteLine($"willing: cannot listen on {settings.Urls}: {ex.Message}");
                return WillingApp.InvalidInput;
            }

            var token = (WriteToken)app.Services.GetService(typeof(WriteToken))!;
            output.Console.WriteLine($"Willing workbench on {Workbench.Address(app)} (database: {Shown(options.Database ?? WorkbenchOptions.DefaultDatabase)})");
            output.Console.WriteLine(token.Generated
                ? $"Write token (made now, kept in {token.Origin}): {token.Value}"
                : $"Write token from {token.Origin}.");
            output.Console.WriteLine("Press Ctrl+C to stop.");
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        }

        return WillingApp.Success;
    }

    /// <summary>The database as the start-up line shows it: a connection string's password masked.</summary>
    internal static string Shown(string database)
    {
        if (!Willing.Storage.CaseStore.IsConnectionString(database))
            return database;
        try
        {
            var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = database };
            foreach (string key in (string[])["Password", "Pwd"])
            {
                if (builder.ContainsKey(key))
                    builder[key] = "***";
            }

            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "a PostgreSQL connection string";
        }
    }
}
