namespace Willing.Core.Reading;

/// <summary>One error in a case file, located to the line, column and field.</summary>
/// <param name="File">The file as the user named it, or <c>data/cases/…</c> for the built-in base.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Message">What is wrong and, where it helps, how to mend it.</param>
/// <param name="FieldPath">The field, e.g. <c>memberships[5].actor</c>; <c>$</c> for the whole document.</param>
public sealed record CaseFileError(string File, int Line, int Column, string Message, string FieldPath)
{
    /// <summary>The error as <c>FILE:LINE:COLUMN: error: MESSAGE (FIELD-PATH)</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: error: {Message} ({FieldPath})";
}
