using System.Text.Json.Serialization;

namespace Willing.Qca.Calibration;

/// <summary>Which side of a crisp threshold is membership 1.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CrispComparison>))]
public enum CrispComparison
{
    /// <summary>x ≥ threshold (written <c>550</c> or <c>&gt;=550</c>; as R's QCA <c>findInterval</c>).</summary>
    AtLeast,

    /// <summary>x &gt; threshold (written <c>&gt;550</c>).</summary>
    Above,

    /// <summary>x ≤ threshold (written <c>&lt;=10</c>).</summary>
    AtMost,

    /// <summary>x &lt; threshold (written <c>&lt;10</c>).</summary>
    Below,
}
