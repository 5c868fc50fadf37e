using Microsoft.Data.Sqlite;

namespace Willing.Storage.Tests;

/// <summary>A clock that stands still until moved.</summary>
internal sealed class FixedClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>A folder of its own for each test's SQLite files, deleted afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public TempStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "willing-storage-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Options = new CaseStoreOptions { Clock = Clock };
    }

    public string Folder { get; }

    public string File => Path.Combine(Folder, "willing.db");

    public FixedClock Clock { get; } = new(Start);

    public CaseStoreOptions Options { get; }

    public Task<CaseStore> OpenAsync() => CaseStore.OpenSqliteAsync(File, Options);

    /// <summary>Reads one value straight from the file, bypassing the store.</summary>
    public object? Scalar(string sql)
    {
        using var connection = new SqliteConnection("Data Source=" + File);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>Changes the file behind the store's back, as a bug or an older reader might have.</summary>
    public void Execute(string sql)
    {
        using var connection = new SqliteConnection("Data Source=" + File);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
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
