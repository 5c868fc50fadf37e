using System.Collections.Immutable;

namespace Willing.Typology.Classification;

/// <summary>One indicator for one case: its raw value, its calibrated membership, and the facts behind it.</summary>
/// <param name="Id">The codebook id, e.g. <c>H2</c>.</param>
/// <param name="Name">What it measures.</param>
/// <param name="Axis">The axis it belongs to.</param>
/// <param name="Raw">The raw value of a numeric indicator, or null.</param>
/// <param name="Category">The raw category of an ordinal indicator (e.g. <c>hard-security</c>), or null.</param>
/// <param name="Membership">The calibrated membership in the axis's set, or null with no data.</param>
/// <param name="Calibration">How the raw value was calibrated, e.g. "direct, anchors 0.75 / 0.5 / 0.25 (Ragin ±3)".</param>
/// <param name="Computation">How the raw value was computed for this case, in words.</param>
/// <param name="Evidence">The facts behind the raw value.</param>
/// <param name="MissingReason">Why there is no value, when there is none.</param>
public sealed record IndicatorValue(
    string Id,
    string Name,
    Axis Axis,
    double? Raw,
    string? Category,
    double? Membership,
    string Calibration,
    string Computation,
    ImmutableArray<Evidence> Evidence,
    string? MissingReason)
{
    /// <summary>For a count share: k of n, the n behind the share.</summary>
    public (int Count, int N)? Share { get; init; }

    /// <summary>The value calibrated, when it differs from <see cref="Raw"/>: a count share pulled towards one half by the Wilson centre.</summary>
    public double? Shrunk { get; init; }

    /// <summary>The interval of the raw value when its facts are ranges or bounds (see <see cref="Indicators.RawMeasure.Interval"/>).</summary>
    public (double Low, double High)? Interval { get; init; }

    /// <summary>True when the case had data for this indicator.</summary>
    public bool HasData => Membership is not null;
}
