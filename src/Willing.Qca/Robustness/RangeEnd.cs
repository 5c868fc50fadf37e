using System.Text.Json.Serialization;

namespace Willing.Qca.Robustness;

/// <summary>Why a sensitivity range ends where it does.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RangeEnd>))]
public enum RangeEnd
{
    /// <summary>The next value tried changed the result (or the analysis failed there): the range is exact to one step.</summary>
    Changed,

    /// <summary>The next value would put the anchors out of order: the result holds as far as the calibration can go.</summary>
    AnchorsOutOfOrder,

    /// <summary>The search stopped (the step limit, the end of the grid or of the cut-off range) with the result unchanged: the range is at least this wide.</summary>
    SearchEnd,
}
