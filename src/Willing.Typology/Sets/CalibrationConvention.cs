namespace Willing.Typology.Sets;

/// <summary>Which log-odds the three anchors of Ragin's direct method map to.</summary>
public enum CalibrationConvention
{
    /// <summary>fs/QCA and Ragin (2008): the anchors sit at log-odds ±3 (memberships 0.9526 and 0.0474).</summary>
    Ragin,

    /// <summary>R's QCA package: the anchors map to exactly 0.95 and 0.05 (log-odds ±ln 19 ≈ ±2.944).</summary>
    Qca,
}
