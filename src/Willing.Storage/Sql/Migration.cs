namespace Willing.Storage.Sql;

/// <summary>One step of the schema: the version it brings the database to, and its statements.</summary>
/// <param name="Version">The schema version after the step; steps run in this order, each once.</param>
/// <param name="Description">What the step adds, recorded in <c>schema_version</c>.</param>
/// <param name="Statements">The DDL, with <c>{time}</c> standing for the dialect's time type; each statement is idempotent (IF NOT EXISTS).</param>
internal sealed record Migration(int Version, string Description, IReadOnlyList<string> Statements)
{
    /// <summary>The statements for a dialect.</summary>
    public IEnumerable<string> For(SqlDialect dialect) => Statements.Select(s => s.Replace("{time}", dialect.TimeType, StringComparison.Ordinal));
}
