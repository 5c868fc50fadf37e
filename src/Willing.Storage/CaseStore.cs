using System.Data.Common;
using Willing.Core.Model;
using Willing.Core.Reading;
using Willing.Core.Writing;
using Willing.Storage.Sql;

namespace Willing.Storage;

/// <summary>
/// The workbench's cases in a database: SQLite (a file, the embedded default) or PostgreSQL (a shared
/// server), with one schema and the same statements on both.
/// </summary>
/// <remarks>
/// <para>
/// Opening migrates the schema by the ordered steps of <c>Sql/Migrations.cs</c> and, for a new
/// database, seeds it with the built-in case base, all in one transaction. A case is stored as its
/// canonical case-file text (<see cref="CaseFileWriter"/>); every edit is a new revision with its
/// author, time, changed fields and cited sources, and nothing is overwritten. An edit names the
/// revision it was based on and fails with a <see cref="CaseConflict"/> when the case has moved on.
/// </para>
/// <para>
/// Every write is one transaction; every value goes in as a parameter. The store keeps no connection
/// open between calls (the providers pool them), so one instance serves concurrent requests.
/// See <c>docs/storage.md</c>.
/// </para>
/// </remarks>
public sealed class CaseStore
{
    private readonly SqlDialect dialect;
    private readonly CaseStoreOptions options;

    private CaseStore(SqlDialect dialect, CaseStoreOptions options)
    {
        this.dialect = dialect;
        this.options = options;
    }

    /// <summary>The schema version this code migrates a database to.</summary>
    public static int LatestSchemaVersion => Migrations.Latest;

    /// <summary>Which database the store runs on: <c>SQLite</c> or <c>PostgreSQL</c>.</summary>
    public string Provider => dialect.Name;

    /// <summary>A test seam: called after each statement of a write, inside its transaction, with the statement's name.</summary>
    internal Action<string>? AfterStatement { get; set; }

    /// <summary>Opens the database that <paramref name="database"/> names: a PostgreSQL connection string (<c>Host=…;Database=…</c>) or else the path of a SQLite file.</summary>
    /// <param name="database">The <c>--db</c> value.</param>
    /// <param name="options">The options (default: <see cref="CaseStoreOptions"/>'s).</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    public static Task<CaseStore> OpenAsync(string database, CaseStoreOptions? options = null, CancellationToken cancellationToken = default) =>
        IsConnectionString(database)
            ? OpenPostgresAsync(database, options, cancellationToken)
            : OpenSqliteAsync(database, options, cancellationToken);

    /// <summary>Opens (creating, migrating and seeding as needed) the SQLite database file at <paramref name="path"/>; its folder must exist.</summary>
    /// <param name="path">The file; the caller decides the default location.</param>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    public static Task<CaseStore> OpenSqliteAsync(string path, CaseStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new CaseStoreOptions();
        return OpenAsync(new SqliteDialect(path, options.BusyTimeout), options, Migrations.Latest, cancellationToken);
    }

    /// <summary>Opens (migrating and seeding as needed) a PostgreSQL database; the database must exist and the user may create tables in it.</summary>
    /// <param name="connectionString">An Npgsql connection string, <c>Host=…;Database=…;Username=…</c>.</param>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    public static Task<CaseStore> OpenPostgresAsync(string connectionString, CaseStoreOptions? options = null, CancellationToken cancellationToken = default) =>
        OpenAsync(new PostgresDialect(connectionString), options ?? new CaseStoreOptions(), Migrations.Latest, cancellationToken);

    /// <summary>Whether a <c>--db</c> value is a PostgreSQL connection string rather than a file path.</summary>
    /// <param name="database">The value.</param>
    public static bool IsConnectionString(string database) =>
        database.Contains('=', StringComparison.Ordinal) && database.Contains("host", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens a store, migrating up to <paramref name="version"/> only (tests make old databases with it).</summary>
    internal static async Task<CaseStore> OpenAsync(SqlDialect dialect, CaseStoreOptions options, int version, CancellationToken cancellationToken, Action<string>? afterStatement = null)
    {
        var store = new CaseStore(dialect, options) { AfterStatement = afterStatement };
        await store.MigrateAsync(version, cancellationToken).ConfigureAwait(false);
        store.AfterStatement = null;
        return store;
    }

    /// <summary>The schema version of the database.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every stored case, by id.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IReadOnlyList<CaseSummary>> ListCasesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, "SELECT id, name, current_revision, updated_at, updated_by FROM cases");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var cases = new List<CaseSummary>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            cases.Add(new CaseSummary(reader.GetString(0), reader.GetString(1), ReadInt(reader, 2), dialect.ReadTime(reader, 3), reader.GetString(4)));
        // Sorted here, not by ORDER BY: PostgreSQL orders text by the server's collation, SQLite by bytes.
        cases.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return cases;
    }

    /// <summary>The case's current coalition, read from its stored text; null when no case has the id.</summary>
    /// <param name="id">The case id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="InvalidDataException">The stored text no longer reads (the reader has grown stricter since it was stored); the message holds every error.</exception>
    public async Task<Coalition?> GetCaseAsync(string id, CancellationToken cancellationToken = default)
    {
        var stored = await ReadTextAsync(id, null, cancellationToken).ConfigureAwait(false);
        if (stored is null)
            return null;
        var result = CaseFileReader.Read(StoredName(id, stored.Value.Revision), stored.Value.Text);
        return result.Coalition ?? throw new InvalidDataException(string.Join(Environment.NewLine, result.Errors));
    }

    /// <summary>A case base of every stored case (current revisions), checked as the built-in one is, so every analysis runs on the database's contents.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The case base, or the errors (under <c>store:ID@REVISION</c>) if a stored text no longer reads.</returns>
    public async Task<CaseBaseResult> LoadCaseBaseAsync(CancellationToken cancellationToken = default)
    {
        var texts = new List<(string Id, int Revision, string Text)>();
        await using (var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var command = Command(connection, null,
                "SELECT c.id, c.current_revision, r.text FROM cases c JOIN case_revisions r ON r.case_id = c.id AND r.revision = c.current_revision");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                texts.Add((reader.GetString(0), ReadInt(reader, 1), reader.GetString(2)));
        }

        var files = new CaseFileResult[texts.Count];
        Parallel.For(0, texts.Count, i => files[i] = CaseFileReader.Read(StoredName(texts[i].Id, texts[i].Revision), texts[i].Text));
        return CaseBase.Combine(files, checkAntecedents: true);
    }

    /// <summary>Every revision of a case, oldest first; empty when no case has the id.</summary>
    /// <param name="id">The case id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IReadOnlyList<CaseRevision>> GetHistoryAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await ReadRevisionsAsync(connection, null, id, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The case-file text of a case, at its current revision or at <paramref name="revision"/>; null when there is no such case or revision.</summary>
    /// <param name="id">The case id.</param>
    /// <param name="revision">The revision, or null for the current one.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Text that <see cref="CaseFileReader"/> reads back (the case-file writer's, as stored).</returns>
    public async Task<string?> ExportAsync(string id, int? revision = null, CancellationToken cancellationToken = default) =>
        (await ReadTextAsync(id, revision, cancellationToken).ConfigureAwait(false))?.Text;

    /// <summary>Stores an edit as a new revision, unless the text is invalid or the case has moved on since <see cref="CaseEdit.BasedOn"/>.</summary>
    /// <param name="edit">The edit.</param>
    /// <param name="cancellationToken">Cancels the edit (before its commit, nothing is written).</param>
    public async Task<EditResult> UpdateAsync(CaseEdit edit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(edit.Author);
        string file = edit.CaseId + ".yaml";
        var read = CaseFileReader.Read(file, edit.Text);
        if (!read.Succeeded)
            return new CaseInvalid(read.Errors);
        var coalition = read.Coalition!;
        var errors = new List<InputError>();
        if (coalition.Id.Value != edit.CaseId)
            errors.Add(new InputError(file, read.IdLine, 1, $"the id is '{Echo.Quote(coalition.Id.Value)}' but the case edited is '{Echo.Quote(edit.CaseId)}': a case's id does not change", "id"));
        errors.AddRange(CheckCited(file, coalition, edit.Sources));
        if (errors.Count > 0)
            return new CaseInvalid(errors);
        string text = CaseFileWriter.Write(coalition);

        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var current = await ReadCurrentAsync(connection, transaction, edit.CaseId, cancellationToken).ConfigureAwait(false);
        if (current is null)
            return new CaseNotFound(edit.CaseId);
        if (current.Value.Revision != edit.BasedOn)
            return await ConflictAsync(connection, transaction, edit, cancellationToken).ConfigureAwait(false);
        var ids = await ReadIdsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        errors.AddRange(CheckAntecedents(read, ids));
        if (errors.Count > 0)
            return new CaseInvalid(errors);

        var now = options.Clock.GetUtcNow();
        int next = edit.BasedOn + 1;
        // The guard of optimistic concurrency: the row moves only from the revision the edit saw.
        await using (var update = Command(connection, transaction,
            "UPDATE cases SET name = @name, current_revision = @next, updated_at = @at, updated_by = @by WHERE id = @id AND current_revision = @based_on",
            ("name", coalition.Name), ("next", next), ("at", dialect.TimeValue(now)), ("by", edit.Author), ("id", edit.CaseId), ("based_on", edit.BasedOn)))
        {
            if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
                return await ConflictAsync(connection, transaction, edit, cancellationToken).ConfigureAwait(false);
        }

        AfterStatement?.Invoke("update case");
        var changes = CaseDiff.Compare(current.Value.Text, text);
        try
        {
            await InsertRevisionAsync(connection, transaction, edit.CaseId, next, text, edit.Author, now, changes, edit.Sources, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e) when (dialect.IsDuplicateKey(e))
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            await using var again = await ConnectAsync(cancellationToken).ConfigureAwait(false);
            return await ConflictAsync(again, null, edit, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new CaseSaved(new CaseRevision(edit.CaseId, next, edit.Author, now, changes, [.. edit.Sources]));
    }

    /// <summary>Imports new cases from case-file texts, all or nothing: each is read and checked (ids unique and not yet stored, antecedents stored or imported with it), then all are stored in one transaction.</summary>
    /// <param name="files">The files.</param>
    /// <param name="author">Who imports them; each case's first revision cites every source its file declares.</param>
    /// <param name="cancellationToken">Cancels the import (before its commit, nothing is written).</param>
    public async Task<ImportResult> ImportAsync(IEnumerable<CaseFileText> files, string author, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        var reads = files.Select(f => CaseFileReader.Read(f.File, f.Text)).ToList();
        var errors = reads.SelectMany(r => r.Errors).ToList();

        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var stored = await ReadIdsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var imported = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var read in reads.Where(r => r.Succeeded))
        {
            string id = read.Coalition!.Id.Value;
            if (stored.Contains(id))
                errors.Add(new InputError(read.File, read.IdLine, 1, $"case '{Echo.Quote(id)}' is already stored: edit it instead, from its current revision", "id"));
            else if (!imported.TryAdd(id, read.File))
                errors.Add(new InputError(read.File, read.IdLine, 1, $"duplicate coalition id '{Echo.Quote(id)}': {imported[id]} already uses it", "id"));
        }

        var known = new HashSet<string>(stored.Concat(imported.Keys), StringComparer.Ordinal);
        foreach (var read in reads.Where(r => r.Succeeded))
            errors.AddRange(CheckAntecedents(read, known));
        if (errors.Count > 0)
            return new ImportResult([], errors);

        var revisions = new List<CaseRevision>();
        foreach (var read in reads)
            revisions.Add(await InsertCaseAsync(connection, transaction, read.Coalition!, author, cancellationToken).ConfigureAwait(false));
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ImportResult(revisions, []);
    }

    /// <summary>Saves a user's draft, creating it or replacing its body (drafts have no history).</summary>
    /// <param name="owner">The user.</param>
    /// <param name="key">The user's name for the draft.</param>
    /// <param name="body">The text, at most <see cref="CaseStoreOptions.MaxDraftLength"/> characters.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task<Draft> SaveDraftAsync(string owner, string key, string body, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (body.Length > options.MaxDraftLength)
            throw new ArgumentException($"a draft holds at most {options.MaxDraftLength} characters; this one has {body.Length}", nameof(body));
        var now = options.Clock.GetUtcNow();
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "save draft",
            "INSERT INTO drafts (owner, draft_key, body, created_at, updated_at) VALUES (@owner, @key, @body, @at, @at) "
            + "ON CONFLICT (owner, draft_key) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
            cancellationToken, ("owner", owner), ("key", key), ("body", body), ("at", dialect.TimeValue(now))).ConfigureAwait(false);
        var draft = await ReadDraftAsync(connection, transaction, owner, key, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return draft!;
    }

    /// <summary>A user's draft, or null.</summary>
    /// <param name="owner">The user.</param>
    /// <param name="key">The draft's name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<Draft?> GetDraftAsync(string owner, string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await ReadDraftAsync(connection, null, owner, key, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A user's drafts, the latest saved first.</summary>
    /// <param name="owner">The user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IReadOnlyList<Draft>> ListDraftsAsync(string owner, CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            "SELECT owner, draft_key, body, created_at, updated_at FROM drafts WHERE owner = @owner", ("owner", owner));
        var drafts = await ReadDraftsAsync(command, cancellationToken).ConfigureAwait(false);
        return [.. drafts.OrderByDescending(d => d.UpdatedAt).ThenBy(d => d.Key, StringComparer.Ordinal)];
    }

    /// <summary>Deletes a user's draft (once it became a case, or was abandoned); false when there was none.</summary>
    /// <param name="owner">The user.</param>
    /// <param name="key">The draft's name.</param>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    public async Task<bool> DeleteDraftAsync(string owner, string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        int rows = await ExecuteAsync(connection, transaction, "delete draft", "DELETE FROM drafts WHERE owner = @owner AND draft_key = @key",
            cancellationToken, ("owner", owner), ("key", key)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return rows > 0;
    }

    private async Task MigrateAsync(int target, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        if (dialect.MigrationLock is { } lockStatement)
            await ExecuteAsync(connection, transaction, "lock", lockStatement, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "schema_version", Migrations.VersionTable.Replace("{time}", dialect.TimeType, StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);
        // Read inside the lock: a second process starting at the same time finds the steps done.
        int version = await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (version >= target)
            return;
        var now = options.Clock.GetUtcNow();
        foreach (var step in Migrations.All.Where(m => m.Version > version && m.Version <= target))
        {
            foreach (string statement in step.For(dialect))
                await ExecuteAsync(connection, transaction, "migration " + step.Version, statement, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, "schema_version " + step.Version,
                "INSERT INTO schema_version (version, description, applied_at) VALUES (@version, @description, @at)",
                cancellationToken, ("version", step.Version), ("description", step.Description), ("at", dialect.TimeValue(now))).ConfigureAwait(false);
        }

        if (version == 0 && options.Seed)
            await SeedAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task SeedAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var builtIn = CaseBase.LoadBuiltIn();
        if (!builtIn.Succeeded)
            throw new InvalidDataException("the built-in case base does not load:" + Environment.NewLine + string.Join(Environment.NewLine, builtIn.Errors));
        foreach (var coalition in builtIn.CaseBase!.Coalitions.OrderBy(c => c.Id.Value, StringComparer.Ordinal))
            await InsertCaseAsync(connection, transaction, coalition, options.SeedAuthor, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CaseRevision> InsertCaseAsync(DbConnection connection, DbTransaction transaction, Coalition coalition, string author, CancellationToken cancellationToken)
    {
        string id = coalition.Id.Value;
        string text = CaseFileWriter.Write(coalition);
        var now = options.Clock.GetUtcNow();
        await ExecuteAsync(connection, transaction, "insert case",
            "INSERT INTO cases (id, name, current_revision, created_at, updated_at, updated_by) VALUES (@id, @name, 1, @at, @at, @by)",
            cancellationToken, ("id", id), ("name", coalition.Name), ("at", dialect.TimeValue(now)), ("by", author)).ConfigureAwait(false);
        var changes = CaseDiff.Compare(null, text);
        string[] sources = [.. coalition.Sources.Select(s => s.Id.Value)];
        await InsertRevisionAsync(connection, transaction, id, 1, text, author, now, changes, sources, cancellationToken).ConfigureAwait(false);
        return new CaseRevision(id, 1, author, now, changes, sources);
    }

    private async Task InsertRevisionAsync(DbConnection connection, DbTransaction transaction, string id, int revision, string text, string author,
        DateTimeOffset at, IReadOnlyList<FieldChange> changes, IReadOnlyList<string> sources, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, "insert revision",
            "INSERT INTO case_revisions (case_id, revision, text, author, created_at, changes) VALUES (@id, @revision, @text, @author, @at, @changes)",
            cancellationToken, ("id", id), ("revision", revision), ("text", text), ("author", author), ("at", dialect.TimeValue(at)),
            ("changes", string.Join('\n', changes))).ConfigureAwait(false);
        for (int i = 0; i < sources.Count; i++)
        {
            await ExecuteAsync(connection, transaction, "insert source",
                "INSERT INTO revision_sources (case_id, revision, position, source_id) VALUES (@id, @revision, @position, @source)",
                cancellationToken, ("id", id), ("revision", revision), ("position", i), ("source", sources[i])).ConfigureAwait(false);
        }
    }

    private async Task<EditResult> ConflictAsync(DbConnection connection, DbTransaction? transaction, CaseEdit edit, CancellationToken cancellationToken)
    {
        var current = await ReadRevisionsAsync(connection, transaction, edit.CaseId, "current", cancellationToken).ConfigureAwait(false);
        return new CaseConflict(edit.CaseId, edit.BasedOn, current[0]);
    }

    private async Task<IReadOnlyList<CaseRevision>> ReadRevisionsAsync(DbConnection connection, DbTransaction? transaction, string id, string? only, CancellationToken cancellationToken)
    {
        string sql = only is null
            ? "SELECT r.revision, r.author, r.created_at, r.changes FROM case_revisions r WHERE r.case_id = @id ORDER BY r.revision"
            : "SELECT r.revision, r.author, r.created_at, r.changes FROM case_revisions r JOIN cases c ON c.id = r.case_id AND c.current_revision = r.revision WHERE r.case_id = @id";
        var rows = new List<(int Revision, string Author, DateTimeOffset At, string Changes)>();
        await using (var command = Command(connection, transaction, sql, ("id", id)))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                rows.Add((ReadInt(reader, 0), reader.GetString(1), dialect.ReadTime(reader, 2), reader.GetString(3)));
        }

        var sources = new Dictionary<int, List<string>>();
        await using (var command = Command(connection, transaction, "SELECT revision, source_id FROM revision_sources WHERE case_id = @id ORDER BY revision, position", ("id", id)))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                int revision = ReadInt(reader, 0);
                if (!sources.TryGetValue(revision, out var list))
                    sources[revision] = list = [];
                list.Add(reader.GetString(1));
            }
        }

        return [.. rows.Select(r => new CaseRevision(id, r.Revision, r.Author, r.At,
            [.. r.Changes.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(FieldChange.Parse)],
            sources.TryGetValue(r.Revision, out var s) ? s : []))];
    }

    private async Task<(int Revision, string Text)?> ReadTextAsync(string id, int? revision, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        if (revision is null)
            return await ReadCurrentAsync(connection, null, id, cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, "SELECT revision, text FROM case_revisions WHERE case_id = @id AND revision = @revision", ("id", id), ("revision", revision.Value));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (ReadInt(reader, 0), reader.GetString(1)) : null;
    }

    private static async Task<(int Revision, string Text)?> ReadCurrentAsync(DbConnection connection, DbTransaction? transaction, string id, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction,
            "SELECT r.revision, r.text FROM cases c JOIN case_revisions r ON r.case_id = c.id AND r.revision = c.current_revision WHERE c.id = @id", ("id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (ReadInt(reader, 0), reader.GetString(1)) : null;
    }

    private static async Task<HashSet<string>> ReadIdsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT id FROM cases");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            ids.Add(reader.GetString(0));
        return ids;
    }

    private static async Task<int> ReadVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT MAX(version) FROM schema_version");
        object? value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<Draft?> ReadDraftAsync(DbConnection connection, DbTransaction? transaction, string owner, string key, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction,
            "SELECT owner, draft_key, body, created_at, updated_at FROM drafts WHERE owner = @owner AND draft_key = @key", ("owner", owner), ("key", key));
        var drafts = await ReadDraftsAsync(command, cancellationToken).ConfigureAwait(false);
        return drafts.Count == 0 ? null : drafts[0];
    }

    private async Task<IReadOnlyList<Draft>> ReadDraftsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var drafts = new List<Draft>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            drafts.Add(new Draft(reader.GetString(0), reader.GetString(1), reader.GetString(2), dialect.ReadTime(reader, 3), dialect.ReadTime(reader, 4)));
        return drafts;
    }

    private static IEnumerable<InputError> CheckCited(string file, Coalition coalition, IReadOnlyList<string> sources)
    {
        var declared = coalition.Sources.Select(s => s.Id.Value).ToHashSet(StringComparer.Ordinal);
        return sources.Where(s => !declared.Contains(s)).Select(s =>
            new InputError(file, 1, 1, $"the edit cites source '{Echo.Quote(s)}', which the case does not declare under sources", "sources"));
    }

    private static IEnumerable<InputError> CheckAntecedents(CaseFileResult read, HashSet<string> known) =>
        read.AntecedentRefs.Where(a => !known.Contains(a.Case)).Select(a =>
            new InputError(read.File, a.Position.Line, a.Position.Column, $"antecedent '{Echo.Quote(a.Case)}' is not a case in this case base", a.Path));

    private async Task<DbConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = dialect.CreateConnection();
        try
        {
            await dialect.OpenAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string name, string sql, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        int rows = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        AfterStatement?.Invoke(name);
        return rows;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        // Every SQL text is a constant of this class or of Migrations; values only ever go in as parameters.
#pragma warning disable CA2100
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static int ReadInt(DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);

    private static string StoredName(string id, int revision) => $"store:{id}@{revision}";
}
