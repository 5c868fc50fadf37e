namespace Willing.Core.Reading;

/// <summary>One error in a file of user input (a case file, a codebook, a CSV), located to the line, column and field.</summary>
/// <param name="File">The file as the user named it, or <c>data/cases/…</c> for the built-in base.</param>
/// <param name="Line">The 1-based line, counting LF (or CRLF) line ends as editors do.</param>
/// <param name="Column">The 1-based column, in characters (Unicode code points) from the start of the line.</param>
/// <param name="Message">What is wrong and, where it helps, how to mend it.</param>
/// <param name="FieldPath">The field, e.g. <c>memberships[5].actor</c>; <c>$</c> for the whole document.</param>
/// <remarks>
/// File, message and field path are made safe on construction: control, bidirectional and
/// line-breaking characters are written as escapes (<c>\n</c>, <c>\u202E</c>) and overlong text is
/// shortened, so nothing a file contains can forge a line of output or reorder it on a terminal.
/// </remarks>
public sealed record InputError(string File, int Line, int Column, string Message, string FieldPath)
{
    private const int MaxMessageLength = 600;
    private const int MaxPathLength = 200;

    /// <summary>The file, escaped.</summary>
    public string File { get; init; } = Echo.Escape(File, MaxPathLength);

    /// <summary>The message, escaped.</summary>
    public string Message { get; init; } = Echo.Escape(Message, MaxMessageLength);

    /// <summary>The field path, escaped.</summary>
    public string FieldPath { get; init; } = Echo.Escape(FieldPath, MaxPathLength);

    /// <summary>The error as <c>FILE:LINE:COLUMN: error: MESSAGE (FIELD-PATH)</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: error: {Message} ({FieldPath})";
}
