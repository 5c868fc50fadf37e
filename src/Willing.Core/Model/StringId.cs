using System.Text.Json;
using System.Text.Json.Serialization;

namespace Willing.Core.Model;

/// <summary>An identifier that is a string in case files and in JSON.</summary>
/// <typeparam name="TSelf">The identifier type.</typeparam>
public interface IStringId<TSelf>
    where TSelf : IStringId<TSelf>
{
    /// <summary>The identifier as written.</summary>
    string Value { get; }

    /// <summary>Wraps a string that has already been checked.</summary>
    static abstract TSelf From(string value);
}

/// <summary>Writes a string identifier as a JSON string.</summary>
/// <typeparam name="TId">The identifier type.</typeparam>
public sealed class StringIdJsonConverter<TId> : JsonConverter<TId>
    where TId : IStringId<TId>
{
    /// <inheritdoc />
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TId.From(reader.GetString() ?? string.Empty);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}

/// <summary>Identifies a coalition in the case base, e.g. <c>iraq-2003</c>.</summary>
[JsonConverter(typeof(StringIdJsonConverter<CoalitionId>))]
public sealed record CoalitionId(string Value) : IStringId<CoalitionId>
{
    /// <inheritdoc />
    public static CoalitionId From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>
/// Identifies an actor within a case file: a state's ISO 3166 alpha-3 code (<c>USA</c>), or a
/// kebab id for any other actor (<c>icbl</c>, <c>axworthy</c>).
/// </summary>
[JsonConverter(typeof(StringIdJsonConverter<ActorId>))]
public sealed record ActorId(string Value) : IStringId<ActorId>
{
    /// <inheritdoc />
    public static ActorId From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>Identifies a source declared in a case file.</summary>
[JsonConverter(typeof(StringIdJsonConverter<SourceId>))]
public sealed record SourceId(string Value) : IStringId<SourceId>
{
    /// <inheritdoc />
    public static SourceId From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>Identifies an event, a list, a body or a series within a case file.</summary>
[JsonConverter(typeof(StringIdJsonConverter<ItemId>))]
public sealed record ItemId(string Value) : IStringId<ItemId>
{
    /// <inheritdoc />
    public static ItemId From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
