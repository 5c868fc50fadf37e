using System.Text.Json.Serialization;

namespace Willing.Core.Model;

/// <summary>A source declared in a case file and cited by its facts.</summary>
/// <param name="Id">The id facts cite it by.</param>
/// <param name="Url">Where it can be read, when online.</param>
/// <param name="Citation">A bibliographic reference, when not (only) online.</param>
/// <param name="Kind">What kind of source it is, when stated.</param>
/// <param name="Note">A note on the source, e.g. which wire story a mirror reproduces.</param>
public sealed record Source(SourceId Id, Uri? Url, string? Citation, SourceKind? Kind, string? Note)
{
    /// <summary>The citation if there is one, else the URL.</summary>
    [JsonIgnore]
    public string Display => Citation ?? Url?.ToString() ?? Id.Value;
}
