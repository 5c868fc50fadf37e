using System.Data;
using System.Data.Common;
using Npgsql;

namespace Willing.Storage.Sql;

/// <summary>PostgreSQL through Npgsql, for a team's shared workbench (<c>Host=…;Database=…</c>).</summary>
internal sealed class PostgresDialect(string connectionString) : SqlDialect
{
    // Any fixed number: every Willing process that migrates the same server takes the same lock.
    private const long MigrationLockKey = 2005_0612;

    /// <inheritdoc/>
    public override string Name => "PostgreSQL";

    /// <inheritdoc/>
    public override string TimeType => "TIMESTAMPTZ";

    /// <inheritdoc/>
    public override string? MigrationLock => "SELECT pg_advisory_xact_lock(" + MigrationLockKey.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";

    /// <inheritdoc/>
    public override DbConnection CreateConnection() => new NpgsqlConnection(connectionString);

    /// <inheritdoc/>
    public override Task OpenAsync(DbConnection connection, CancellationToken cancellationToken) => connection.OpenAsync(cancellationToken);

    /// <inheritdoc/>
    public override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // Read committed is enough: every update is guarded by its own WHERE current_revision = @based_on,
        // which PostgreSQL re-evaluates on the row once a concurrent writer has committed.
        connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);

    /// <inheritdoc/>
    public override object TimeValue(DateTimeOffset time) => time.UtcDateTime;

    /// <inheritdoc/>
    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        new(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc), TimeSpan.Zero);

    /// <inheritdoc/>
    public override bool IsDuplicateKey(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
