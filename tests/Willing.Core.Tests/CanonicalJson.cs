using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Willing.Core.Model;

namespace Willing.Core.Tests;

/// <summary>A coalition as canonical JSON, to compare coalitions structurally (records holding ImmutableArray compare arrays by reference).</summary>
internal static class CanonicalJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Of(Coalition coalition) => JsonSerializer.Serialize(coalition, Options);
}
