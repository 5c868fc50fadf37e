using System.Text.Json;
using System.Text.Json.Serialization;

namespace Willing.Simulation.Parameters;

/// <summary>Writes a <see cref="ParameterSet"/> as a JSON object of parameter name → value, in definition order; it is not read back (a set needs its space).</summary>
public sealed class ParameterSetJsonConverter : JsonConverter<ParameterSet>
{
    /// <inheritdoc />
    public override ParameterSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("a parameter set is read with its parameter space (ParameterDefinition.TryParse), not from JSON alone");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ParameterSet value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        for (int i = 0; i < value.Space.Count; i++)
        {
            var v = value.Values[i];
            writer.WritePropertyName(value.Space.Definitions[i].Name);
            switch (v.Type)
            {
                case ColumnType.Long:
                    writer.WriteNumberValue(v.AsLong());
                    break;
                case ColumnType.Double:
                    double d = v.AsDouble();
                    if (double.IsFinite(d))
                        writer.WriteNumberValue(d);
                    else
                        writer.WriteStringValue(d.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case ColumnType.Bool:
                    writer.WriteBooleanValue(v.AsBool());
                    break;
                default:
                    writer.WriteStringValue(v.AsString());
                    break;
            }
        }

        writer.WriteEndObject();
    }
}
