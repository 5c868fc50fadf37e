namespace Willing.Storage.Sql;

/// <summary>The schema as ordered steps; a new column or table is a new step at the end, never an edit of an old one.</summary>
/// <remarks>See <c>docs/storage.md</c> for the tables and <c>docs/decisions/0018-storage.md</c> for why.</remarks>
internal static class Migrations
{
    /// <summary>The table that records which steps have run; created before any step.</summary>
    public const string VersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at {time} NOT NULL)";

    /// <summary>Every step, in order.</summary>
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "cases and their revisions, with the sources each revision cites",
        [
            """
            CREATE TABLE IF NOT EXISTS cases (
                id TEXT NOT NULL PRIMARY KEY,
                name TEXT NOT NULL,
                current_revision INTEGER NOT NULL,
                created_at {time} NOT NULL,
                updated_at {time} NOT NULL,
                updated_by TEXT NOT NULL)
            """,
            """
            CREATE TABLE IF NOT EXISTS case_revisions (
                case_id TEXT NOT NULL REFERENCES cases (id),
                revision INTEGER NOT NULL,
                text TEXT NOT NULL,
                author TEXT NOT NULL,
                created_at {time} NOT NULL,
                changes TEXT NOT NULL,
                PRIMARY KEY (case_id, revision))
            """,
            """
            CREATE TABLE IF NOT EXISTS revision_sources (
                case_id TEXT NOT NULL,
                revision INTEGER NOT NULL,
                position INTEGER NOT NULL,
                source_id TEXT NOT NULL,
                PRIMARY KEY (case_id, revision, position),
                FOREIGN KEY (case_id, revision) REFERENCES case_revisions (case_id, revision))
            """,
        ]),
        new(2, "drafts: a user's unfinished coalitions, apart from the cases",
        [
            """
            CREATE TABLE IF NOT EXISTS drafts (
                owner TEXT NOT NULL,
                draft_key TEXT NOT NULL,
                body TEXT NOT NULL,
                created_at {time} NOT NULL,
                updated_at {time} NOT NULL,
                PRIMARY KEY (owner, draft_key))
            """,
        ]),
        new(3, "an index for the latest edits and an author's edits",
        [
            "CREATE INDEX IF NOT EXISTS case_revisions_by_time ON case_revisions (created_at)",
            "CREATE INDEX IF NOT EXISTS case_revisions_by_author ON case_revisions (author, created_at)",
        ]),
    ];

    /// <summary>The version a database has once every step has run.</summary>
    public static int Latest => All[^1].Version;
}
