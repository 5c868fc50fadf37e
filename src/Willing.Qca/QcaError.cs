using System.Globalization;
using System.Text.Json.Serialization;
using Willing.Core.Reading;

namespace Willing.Qca;

/// <summary>
/// One problem with what a caller asked of the QCA library (an expression, a calibration spec, a column
/// that is missing or holds no memberships), located to the column and, in a text, the character.
/// </summary>
/// <param name="Message">What is wrong and, where it helps, how to mend it.</param>
/// <param name="Column">The column concerned, or null.</param>
/// <param name="Text">The text the error is in (an expression or a spec), or null.</param>
/// <param name="Position">The 1-based character of <paramref name="Text"/> where the problem is, or null.</param>
/// <remarks>
/// Errors in a data file are <see cref="InputError"/>s (file, line, column); these are for the arguments of an
/// analysis. Message, column and text are escaped on construction (<see cref="Echo"/>), so nothing a user typed
/// can forge a line of output.
/// </remarks>
public sealed record QcaError(string Message, string? Column = null, string? Text = null, int? Position = null)
{
    /// <summary>The message, escaped.</summary>
    [JsonPropertyName("message")]
    public string Message { get; init; } = Echo.Escape(Message, 600);

    /// <summary>The column, escaped.</summary>
    [JsonPropertyName("column")]
    public string? Column { get; init; } = Column is null ? null : Echo.Escape(Column, 200);

    /// <summary>The text, escaped.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; } = Text is null ? null : Echo.Escape(Text, 200);

    /// <summary>The 1-based character of <see cref="Text"/> where the problem is.</summary>
    [JsonPropertyName("position")]
    public int? Position { get; init; } = Position;

    /// <summary>The error as one line: the message, then where it is (<c>at character 4 of 'A*~X'</c>).</summary>
    public override string ToString() => (Text, Position) switch
    {
        ({ } text, { } at) => $"{Message} (at character {at.ToString(CultureInfo.InvariantCulture)} of '{text}')",
        ({ } text, null) => $"{Message} (in '{text}')",
        _ => Message,
    };
}
