namespace Willing.Storage;

/// <summary>How a <see cref="CaseStore"/> is opened.</summary>
public sealed record CaseStoreOptions
{
    /// <summary>The clock that stamps revisions and drafts (default: the system's, in UTC); tests pass a fixed one.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Whether a new database is seeded with the built-in case base (default: true).</summary>
    public bool Seed { get; init; } = true;

    /// <summary>The author recorded for the seeded revisions.</summary>
    public string SeedAuthor { get; init; } = "willing";

    /// <summary>How long a writer waits for another's lock on SQLite before failing (default: 5 s).</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The largest draft body, in characters (default: 1,000,000).</summary>
    public int MaxDraftLength { get; init; } = 1_000_000;
}
