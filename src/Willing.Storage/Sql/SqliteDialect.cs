using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Willing.Storage.Sql;

/// <summary>SQLite, the embedded default: one database file, in WAL mode with a busy timeout.</summary>
internal sealed class SqliteDialect(string path, TimeSpan busyTimeout) : SqlDialect
{
    // Sortable, fixed-width UTC text, so ORDER BY on the column is chronological.
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
    }.ToString();

    /// <summary>The database file.</summary>
    public string Path { get; } = path;

    /// <inheritdoc/>
    public override string Name => "SQLite";

    /// <inheritdoc/>
    public override string TimeType => "TEXT";

    /// <inheritdoc/>
    public override string? MigrationLock => null;

    /// <inheritdoc/>
    public override DbConnection CreateConnection() => new SqliteConnection(connectionString);

    /// <inheritdoc/>
    public override async Task OpenAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        // WAL lets readers go on while one writer writes; the busy timeout makes a second writer wait
        // for the lock instead of failing at once; foreign keys are off by default in SQLite.
        command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = "
            + ((long)busyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + ";";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // BEGIN IMMEDIATE: a deferred transaction that reads and then writes can fail with SQLITE_BUSY
        // when another writer got in between, whatever the timeout.
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    /// <inheritdoc/>
    public override object TimeValue(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <inheritdoc/>
    public override bool IsDuplicateKey(DbException exception) =>
        // SQLITE_CONSTRAINT_PRIMARYKEY (1555) and SQLITE_CONSTRAINT_UNIQUE (2067).
        exception is SqliteException { SqliteExtendedErrorCode: 1555 or 2067 };
}
