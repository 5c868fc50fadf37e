using System.Text.Json.Serialization;

namespace Willing.Qca.Calibration;

/// <summary>How a raw column becomes set memberships.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CalibrationMethod>))]
public enum CalibrationMethod
{
    /// <summary>Ragin's direct method: a logistic function through the three anchors (Ragin 2008, ch. 5; R's QCA <c>calibrate(type = "fuzzy")</c>).</summary>
    Direct,

    /// <summary>Piecewise linear between the anchors, 0 below full non-membership and 1 beyond full membership (R's QCA <c>calibrate(logistic = FALSE)</c>).</summary>
    Linear,

    /// <summary>Crisp: 1 on one side of a threshold, 0 on the other (R's QCA <c>calibrate(type = "crisp")</c> with one threshold).</summary>
    Crisp,
}
