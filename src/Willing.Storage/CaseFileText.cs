namespace Willing.Storage;

/// <summary>A case file to import: the name its errors are reported under, and its text.</summary>
/// <param name="File">The file's name as the user gave it, e.g. <c>kosovo-1999.yaml</c>.</param>
/// <param name="Text">The file's text.</param>
public sealed record CaseFileText(string File, string Text);
