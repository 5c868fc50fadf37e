namespace Willing.Networks.Io;

/// <summary>One error in an edge-list file, located to the line, column and field.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column, in characters (Unicode code points) from the start of the line.</param>
/// <param name="Message">What is wrong and, where it helps, how to mend it.</param>
/// <param name="Field">The column name of the field (e.g. <c>weight</c>), or <c>$</c> for the whole file.</param>
/// <remarks>Printed like every reader's errors in Willing (<c>docs/decisions/0007-hardened-readers.md</c>); file, message and field are escaped on construction so that no input can forge a line of output.</remarks>
public sealed record EdgeListError(string File, int Line, int Column, string Message, string Field)
{
    /// <summary>The file, escaped.</summary>
    public string File { get; init; } = Text.Escape(File, 200);

    /// <summary>The message, escaped.</summary>
    public string Message { get; init; } = Text.Escape(Message, 600);

    /// <summary>The field, escaped.</summary>
    public string Field { get; init; } = Text.Escape(Field, 200);

    /// <summary>The error as <c>FILE:LINE:COLUMN: error: MESSAGE (FIELD)</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: error: {Message} ({Field})";
}
