using System.Data.Common;

namespace Willing.Storage.Sql;

/// <summary>What differs between the databases the store runs on; everything else (the schema, every statement) is shared.</summary>
/// <remarks>
/// The differences are few and kept here: how a connection is made and prepared, the column type of a
/// point in time and how one is written and read, how a write transaction takes its lock, how the
/// migration of a shared server is serialised, and which error means that a key already exists.
/// Upserts use <c>INSERT … ON CONFLICT (…) DO UPDATE SET … = excluded.…</c>, which both SQLite (3.24
/// and later) and PostgreSQL (9.5 and later) accept as written.
/// </remarks>
internal abstract class SqlDialect
{
    /// <summary>The dialect's name, for messages.</summary>
    public abstract string Name { get; }

    /// <summary>The column type of a point in time (UTC).</summary>
    public abstract string TimeType { get; }

    /// <summary>A statement that serialises migrations across processes within a transaction, or null when the write transaction already does.</summary>
    public abstract string? MigrationLock { get; }

    /// <summary>A new, closed connection.</summary>
    public abstract DbConnection CreateConnection();

    /// <summary>Opens the connection and sets its session options.</summary>
    public abstract Task OpenAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Begins a transaction that writes; on SQLite it takes the write lock at once, so a read inside it sees the last commit.</summary>
    public abstract ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The value of a point in time as a parameter.</summary>
    public abstract object TimeValue(DateTimeOffset time);

    /// <summary>Reads a point in time written by <see cref="TimeValue"/>.</summary>
    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>Whether the error says that a primary or unique key already exists.</summary>
    public abstract bool IsDuplicateKey(DbException exception);
}
