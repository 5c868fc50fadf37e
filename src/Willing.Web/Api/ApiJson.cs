using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Willing.Web.Api;

/// <summary>
/// The JSON conventions of the API, the same as the command line's (<c>--format json</c>): snake_case
/// field names, kebab-case enum values (<c>troop-contributor</c>), no null fields, parameter names and other
/// dictionary keys as they are.
/// </summary>
public static class ApiJson
{
    /// <summary>Sets <paramref name="options"/> to the API's conventions.</summary>
    /// <param name="options">The options to change (the server's HTTP JSON options).</param>
    public static void Apply(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.NumberHandling = JsonNumberHandling.Strict;
        // As the command line writes it: names in any script and quotes stay readable. The API answers are
        // application/json with nosniff and are never put into a page by the server.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
    }

    /// <summary>The API's options, for tests and for writing outside a response.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>A finite number as it is, or null (JSON has no NaN or infinity).</summary>
    /// <param name="value">The number.</param>
    public static double? Finite(double value) => double.IsFinite(value) ? value : null;

    /// <summary>A finite number as it is, or null.</summary>
    /// <param name="value">The number, or null.</param>
    public static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Apply(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
