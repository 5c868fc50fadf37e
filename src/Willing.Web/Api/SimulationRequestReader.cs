using System.Text;
using System.Text.Json;
using Willing.Core.Reading;
using Willing.Web.Jobs;

namespace Willing.Web.Api;

/// <summary>What reading a simulation request gave.</summary>
/// <param name="Request">The request, with defaults where a field was missing or wrong (check <paramref name="Errors"/> first).</param>
/// <param name="Errors">The errors in the fields' types and names, each located in the body.</param>
/// <param name="Syntax">True when the body is not a JSON object at all (then nothing else was read).</param>
/// <param name="Positions">Where each field's value starts, by field path (<c>scenario</c>, <c>parameters.h0</c>).</param>
/// <param name="Wrong">The fields whose value could not be read (their defaults are not to be checked again).</param>
internal sealed record SimulationRequestRead(
    SimulationRequest Request, List<InputError> Errors, bool Syntax, Dictionary<string, (int Line, int Column)> Positions, HashSet<string> Wrong)
{
    /// <summary>An error of the checks on the request, moved to where its field is in the body.</summary>
    public InputError Locate(InputError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var (line, column) = Positions.TryGetValue(error.FieldPath, out var at) ? at : (1, 1);
        return new InputError(SimulationRequestReader.File, line, column, error.Message, error.FieldPath);
    }
}

/// <summary>
/// Reads the body of <c>POST /api/simulations</c>: <c>{"scenario": "iraq-2003", "replicates": 200, "seed": 2005,
/// "parameters": {"h0": 0.03}}</c>, reporting every error with its line, column and field path.
/// </summary>
internal static class SimulationRequestReader
{
    /// <summary>The file name the body's errors are reported under.</summary>
    public const string File = "request.json";

    /// <summary>The seed of a request that gives none (the report's).</summary>
    public const long DefaultSeed = Willing.Reports.ReportData.SimulationSeed;

    private static readonly string[] Fields = ["scenario", "replicates", "seed", "parameters"];

    /// <summary>Reads a body.</summary>
    /// <param name="body">The body's bytes.</param>
    public static SimulationRequestRead Read(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        ReadOnlySpan<byte> bytes = body;
        int bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var errors = new List<InputError>();
        var positions = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var wrong = new HashSet<string>(StringComparer.Ordinal);
        string? scenario = null;
        int replicates = 0;
        long seed = DefaultSeed;
        var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes[bom..], new JsonReaderOptions { MaxDepth = 8, CommentHandling = JsonCommentHandling.Disallow });
        (int, int) At(long index) => Position(body, bom + (int)index);
        void Error(long index, string path, string message)
        {
            var (line, column) = At(index);
            errors.Add(new InputError(File, line, column, message, path));
        }

        try
        {
            if (!reader.Read())
            {
                errors.Add(new InputError(File, 1, 1, "the body is empty: send a JSON object such as {\"scenario\": \"iraq-2003\", \"replicates\": 200}", "$"));
                return Result(true);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Error(reader.TokenStartIndex, "$", "a simulation request is a JSON object such as {\"scenario\": \"iraq-2003\", \"replicates\": 200}");
                return Result(true);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                long nameAt = reader.TokenStartIndex;
                reader.Read();
                long valueAt = reader.TokenStartIndex;
                positions.TryAdd(name, At(valueAt));
                if (!seen.Add(name))
                {
                    Error(nameAt, name, $"'{Echo.Quote(name)}' is given twice");
                    reader.Skip();
                    continue;
                }

                switch (name)
                {
                    case "scenario" when reader.TokenType == JsonTokenType.String:
                        scenario = reader.GetString();
                        break;
                    case "scenario":
                        Wrong(ref reader, name, valueAt, "scenario is a string, the id of a built-in scenario (GET /api/scenarios lists them)");
                        break;
                    case "replicates" when reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int r):
                        replicates = r;
                        break;
                    case "replicates":
                        Wrong(ref reader, name, valueAt, "replicates is a whole number, how many runs");
                        break;
                    case "seed" when reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long s):
                        seed = s;
                        break;
                    case "seed":
                        Wrong(ref reader, name, valueAt, "seed is a whole number (a 64-bit integer)");
                        break;
                    case "parameters" when reader.TokenType == JsonTokenType.StartObject:
                        ReadParameters(ref reader);
                        break;
                    case "parameters" when reader.TokenType == JsonTokenType.Null:
                        break;
                    case "parameters":
                        Wrong(ref reader, name, valueAt, "parameters is an object of numbers by parameter name, e.g. {\"h0\": 0.03}");
                        break;
                    default:
                        Error(nameAt, name, $"'{Echo.Quote(name)}' is not a field of a simulation request; the fields: {string.Join(", ", Fields)}");
                        reader.Skip();
                        break;
                }
            }

            // The end of the object; anything after it is a syntax error the reader reports.
            while (reader.Read())
            {
            }
        }
        catch (JsonException e)
        {
            int line = (int)(e.LineNumber ?? 0) + 1;
            long inLine = e.BytePositionInLine ?? 0;
            errors.Add(new InputError(File, line, Column(body, bom, line, inLine), "the body is not valid JSON: " + Reason(e), "$"));
            return Result(true);
        }

        foreach (var (field, what) in new[] { ("scenario", "the id of a built-in scenario (GET /api/scenarios lists them)"), ("replicates", "how many runs") })
        {
            if (!seen.Contains(field))
            {
                wrong.Add(field);
                errors.Add(new InputError(File, 1, 1, $"{field} is missing: {what}", field));
            }
        }

        return Result(false);

        void Wrong(ref Utf8JsonReader r, string name, long at, string message)
        {
            wrong.Add(name);
            Error(at, name, message);
            r.Skip();
        }

        void ReadParameters(ref Utf8JsonReader r)
        {
            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
            {
                string name = r.GetString()!;
                string path = "parameters." + name;
                r.Read();
                positions.TryAdd(path, At(r.TokenStartIndex));
                if (parameters.ContainsKey(name) || wrong.Contains(path))
                {
                    Error(r.TokenStartIndex, path, $"parameter '{Echo.Quote(name)}' is given twice");
                    r.Skip();
                }
                else if (r.TokenType == JsonTokenType.Number && r.TryGetDouble(out double value) && double.IsFinite(value))
                {
                    parameters[name] = value;
                }
                else
                {
                    wrong.Add(path);
                    Error(r.TokenStartIndex, path, $"the value of parameter '{Echo.Quote(name)}' is a number");
                    r.Skip();
                }
            }
        }

        SimulationRequestRead Result(bool syntax) =>
            new(new SimulationRequest(scenario ?? string.Empty, replicates, seed, parameters), errors, syntax, positions, wrong);
    }

    /// <summary>The line and column (in characters) of a byte offset.</summary>
    private static (int Line, int Column) Position(byte[] body, int offset)
    {
        int line = 1, start = 0;
        for (int i = 0; i < offset && i < body.Length; i++)
        {
            if (body[i] == (byte)'\n')
            {
                line++;
                start = i + 1;
            }
        }

        return (line, Characters(body, start, offset) + 1);
    }

    /// <summary>The 1-based column of a byte position within a 1-based line.</summary>
    private static int Column(byte[] body, int bom, int line, long byteInLine)
    {
        int start = bom;
        for (int l = 1; l < line && start < body.Length; start++)
        {
            if (body[start] == (byte)'\n')
                l++;
        }

        return Characters(body, start, start + (int)Math.Min(byteInLine, body.Length - start)) + 1;
    }

    /// <summary>The characters (code points) in a range of UTF-8 bytes; a stray byte counts as one.</summary>
    private static int Characters(byte[] body, int from, int to)
    {
        int count = 0;
        for (int i = Math.Max(0, from); i < Math.Min(to, body.Length); i++)
        {
            if ((body[i] & 0xC0) != 0x80)
                count++;
        }

        return count;
    }

    /// <summary>The reader's message without its own position, which the error carries.</summary>
    private static string Reason(JsonException e)
    {
        string message = e.Message;
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = cut > 0 ? message[..cut].TrimEnd(' ', '.', '|') : message;
        return Encoding.UTF8.GetByteCount(message) > 300 ? message[..300] : message;
    }
}
