using System.Text.Json;
using System.Text.Json.Serialization;

namespace Willing.Qca.TruthTables;

/// <summary>The output value of a truth-table row, as R's QCA writes it in the column <c>OUT</c>.</summary>
public enum TruthTableOutput
{
    /// <summary><c>0</c>: the row is not sufficient for the outcome.</summary>
    Negative,

    /// <summary><c>1</c>: the row is sufficient for the outcome.</summary>
    Positive,

    /// <summary><c>C</c>: a contradiction, the inclusion between the two cut-offs.</summary>
    Contradiction,

    /// <summary><c>?</c>: a remainder (no cases, or fewer than the frequency cut-off).</summary>
    Remainder,
}

/// <summary>Writes and reads <see cref="TruthTableOutput"/> as QCA's <c>"0"</c>, <c>"1"</c>, <c>"C"</c>, <c>"?"</c>.</summary>
public sealed class TruthTableOutputConverter : JsonConverter<TruthTableOutput>
{
    /// <summary>QCA's symbol for an output.</summary>
    public static string Symbol(TruthTableOutput output) => output switch
    {
        TruthTableOutput.Positive => "1",
        TruthTableOutput.Contradiction => "C",
        TruthTableOutput.Remainder => "?",
        _ => "0",
    };

    /// <inheritdoc />
    public override TruthTableOutput Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString() switch
    {
        "1" => TruthTableOutput.Positive,
        "0" => TruthTableOutput.Negative,
        "C" => TruthTableOutput.Contradiction,
        "?" => TruthTableOutput.Remainder,
        var s => throw new JsonException($"'{s}' is not a truth-table output (1, 0, C or ?)"),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TruthTableOutput value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Symbol(value));
    }
}
