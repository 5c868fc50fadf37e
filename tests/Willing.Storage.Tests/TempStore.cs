using Microsoft.Data.Sqlite;
using Npgsql;

namespace Willing.Storage.Tests;

/// <summary>A clock that stands still until moved.</summary>
internal sealed class FixedClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>
/// The providers the storage tests run on: SQLite always, and PostgreSQL on the server named by
/// <c>WILLING_TEST_POSTGRES</c> (scripts/test.sh starts one). Only <c>WILLING_TEST_POSTGRES=none</c> leaves PostgreSQL out;
/// unset, the PostgreSQL cases fail and say how to run them, never skipped silently.
/// </summary>
public static class Providers
{
    /// <summary>The variable naming the PostgreSQL server.</summary>
    public const string Variable = "WILLING_TEST_POSTGRES";

    /// <summary>Every provider the tests run on.</summary>
    public static TheoryData<string> All => Environment.GetEnvironmentVariable(Variable) == "none" ? ["sqlite"] : ["sqlite", "postgres"];
}

/// <summary>
/// A store of its own for each test: a SQLite file in a temp folder, or a fresh database on the test PostgreSQL server;
/// deleted afterwards.
/// </summary>
internal sealed class TempStore : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly string? _admin;

    public TempStore(string provider = "sqlite")
    {
        Provider = provider;
        Folder = Path.Combine(Path.GetTempPath(), "willing-storage-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Options = new CaseStoreOptions { Clock = Clock };
        if (provider == "postgres")
        {
            _admin = Environment.GetEnvironmentVariable(Providers.Variable);
            if (string.IsNullOrWhiteSpace(_admin) || _admin == "none")
                throw new InvalidOperationException($"{Providers.Variable} is not set: run the tests through scripts/test.sh, which starts PostgreSQL, or set it to a server's connection string (or to none to leave PostgreSQL out)");
            Database = "willing_t_" + Guid.NewGuid().ToString("N");
            using (var connection = new NpgsqlConnection(_admin))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = $"CREATE DATABASE {Database}"; // a generated identifier, not user input
                command.ExecuteNonQuery();
            }

            ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = Database }.ConnectionString;
        }
    }

    public string Provider { get; }

    public string Folder { get; }

    public string? Database { get; }

    public string? ConnectionString { get; }

    public string File => Path.Combine(Folder, "willing.db");

    public FixedClock Clock { get; } = new(Start);

    public CaseStoreOptions Options { get; }

    public Task<CaseStore> OpenAsync() => OpenAsync(Options);

    public Task<CaseStore> OpenAsync(CaseStoreOptions options) =>
        ConnectionString is { } cs ? CaseStore.OpenPostgresAsync(cs, options) : CaseStore.OpenSqliteAsync(File, options);

    /// <summary>Reads one value straight from the database, bypassing the store; whole numbers as long on either provider.</summary>
    public object? Scalar(string sql)
    {
        object? value;
        if (ConnectionString is { } cs)
        {
            using var connection = new NpgsqlConnection(cs);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            value = command.ExecuteScalar();
        }
        else
        {
            using var connection = new SqliteConnection("Data Source=" + File);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            value = command.ExecuteScalar();
        }

        return value is int or short ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : value;
    }

    /// <summary>Changes the database behind the store's back, as a bug or an older reader might have.</summary>
    public void Execute(string sql)
    {
        if (ConnectionString is { } cs)
        {
            using var connection = new NpgsqlConnection(cs);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
            return;
        }

        using var sqlite = new SqliteConnection("Data Source=" + File);
        sqlite.Open();
        using var c = sqlite.CreateCommand();
        c.CommandText = sql;
        c.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (_admin is not null && Database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_admin);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS {Database} WITH (FORCE)";
            command.ExecuteNonQuery();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platform; the temp folder is cleaned by the system.
        }
    }
}
