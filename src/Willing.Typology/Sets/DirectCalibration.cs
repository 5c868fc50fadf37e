namespace Willing.Typology.Sets;

/// <summary>Ragin's direct method of calibration (Ragin 2008, ch. 5; the QCA3 algorithm).</summary>
/// <remarks>
/// λ(x) = L_in (x − c)/(e − c) above the crossover c and L_out (x − c)/(i − c) below it, where e and i
/// are the full-membership and full-non-membership anchors, and μ = 1/(1 + e^(−λ)). With the Ragin
/// convention L = ±3, with the QCA convention L = ±ln 19. Decreasing sets need no special case:
/// the same formula with reversed anchors gives falling membership.
/// </remarks>
public static class DirectCalibration
{
    /// <summary>The log-odds the anchors map to under a convention.</summary>
    public static double AnchorLogOdds(CalibrationConvention convention) => convention switch
    {
        CalibrationConvention.Qca => Math.Log(19.0),
        _ => 3.0,
    };

    /// <summary>The log-odds of membership of a raw value.</summary>
    public static double LogOdds(double x, Anchors anchors, CalibrationConvention convention = CalibrationConvention.Ragin)
    {
        double l = AnchorLogOdds(convention);
        double deviation = x - anchors.Crossover;
        bool towardsFull = anchors.Increasing ? deviation >= 0 : deviation <= 0;
        double scale = towardsFull ? l / (anchors.FullMembership - anchors.Crossover) : -l / (anchors.FullNonMembership - anchors.Crossover);
        return scale * deviation;
    }

    /// <summary>The membership of a raw value, in [0, 1].</summary>
    public static double Calibrate(double x, Anchors anchors, CalibrationConvention convention = CalibrationConvention.Ragin) =>
        1.0 / (1.0 + Math.Exp(-LogOdds(x, anchors, convention)));

    /// <summary>Crisp calibration: 1 at or above the threshold (at or below it for a decreasing set), else 0.</summary>
    public static double Crisp(double x, double threshold, bool increasing = true) =>
        (increasing ? x >= threshold : x <= threshold) ? 1.0 : 0.0;
}
