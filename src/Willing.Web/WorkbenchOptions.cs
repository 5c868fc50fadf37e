namespace Willing.Web;

/// <summary>How <c>willing serve</c> starts the workbench.</summary>
public sealed record WorkbenchOptions
{
    /// <summary>The addresses to listen on (default <c>http://127.0.0.1:5080</c>; <c>http://127.0.0.1:0</c> picks a free port).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The database: a SQLite file path or a PostgreSQL connection string; null for <see cref="DefaultDatabase"/>.</summary>
    public string? Database { get; init; }

    /// <summary>The write token; null to take <c>WILLING_TOKEN</c>, or else the token stored beside the database (made on first run).</summary>
    public string? Token { get; init; }

    /// <summary>The largest request body accepted, in bytes (default 4 MiB: a case file is tens of kilobytes).</summary>
    public long MaxRequestBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>The most simulation jobs run at once; more wait in line (default 1).</summary>
    public int MaxConcurrentSimulations { get; init; } = 1;

    /// <summary>The most replicates a simulation job may ask for (default 2,000).</summary>
    public int MaxSimulationReplicates { get; init; } = 2_000;

    /// <summary>Whether to log each request (default false: the console shows only start-up and errors).</summary>
    public bool LogRequests { get; init; }

    /// <summary>The user's data folder for Willing: <c>$XDG_DATA_HOME/willing</c>, else <c>~/.local/share/willing</c>.</summary>
    public static string DataDirectory
    {
        get
        {
            string? xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
            string root = string.IsNullOrWhiteSpace(xdg)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
                : xdg;
            return Path.Combine(root, "willing");
        }
    }

    /// <summary>The default database: <c>workbench.db</c> in <see cref="DataDirectory"/>.</summary>
    public static string DefaultDatabase => Path.Combine(DataDirectory, "workbench.db");
}
