namespace Willing.Storage;

/// <summary>An edit of a stored case: its whole new text and the revision it was made from.</summary>
/// <param name="CaseId">The case edited; the text's <c>id</c> must be the same (an id does not change).</param>
/// <param name="BasedOn">The revision the editor started from; if the case has moved on since, the edit is a <see cref="CaseConflict"/>.</param>
/// <param name="Text">The new case-file text; it is read and checked, then stored as the case-file writer writes it.</param>
/// <param name="Author">Who makes the edit (a user name).</param>
/// <param name="Sources">The source ids the edit cites; each must be a source of the new text.</param>
public sealed record CaseEdit(string CaseId, int BasedOn, string Text, string Author, IReadOnlyList<string> Sources);
