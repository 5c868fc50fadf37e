namespace Willing.Storage;

/// <summary>A user's unfinished coalition, saved as they type; free text (YAML or a JSON blob), never checked, apart from the cases.</summary>
/// <param name="Owner">The user it belongs to.</param>
/// <param name="Key">The user's name for it, unique per user.</param>
/// <param name="Body">The text.</param>
/// <param name="CreatedAt">When it was first saved (UTC).</param>
/// <param name="UpdatedAt">When it was last saved (UTC).</param>
public sealed record Draft(string Owner, string Key, string Body, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
