using System.Collections.Immutable;
using System.Globalization;
using Willing.Typology.Indicators;
using Willing.Typology.Sets;

namespace Willing.Typology.Codebook;

/// <summary>How an indicator's raw value becomes a membership in its axis's set.</summary>
public abstract record CalibrationSpec
{
    /// <summary>The membership of a raw measure, or null with the reason when it cannot be calibrated.</summary>
    public abstract (double? Membership, string? Problem) Calibrate(RawMeasure raw, CalibrationConvention convention);

    /// <summary>The calibration in words.</summary>
    public abstract string Describe(CalibrationConvention convention);
}

/// <summary>Ragin's direct method with three anchors (a decreasing set has them reversed).</summary>
/// <param name="Anchors">Full membership, crossover, full non-membership.</param>
public sealed record DirectCalibrationSpec(Anchors Anchors) : CalibrationSpec
{
    /// <inheritdoc />
    public override (double? Membership, string? Problem) Calibrate(RawMeasure raw, CalibrationConvention convention) =>
        raw.Value is { } x ? (DirectCalibration.Calibrate(x, Anchors, convention), null) : (null, "the computation gave a category, not a number");

    /// <inheritdoc />
    public override string Describe(CalibrationConvention convention) =>
        $"direct, {(Anchors.Increasing ? "increasing" : "decreasing")}, anchors full {Fmt(Anchors.FullMembership)} / crossover {Fmt(Anchors.Crossover)} / non {Fmt(Anchors.FullNonMembership)} ({(convention == CalibrationConvention.Qca ? "QCA 0.95/0.05" : "Ragin ±3")})";

    internal static string Fmt(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}

/// <summary>Direct assignment of memberships to the categories of an ordinal indicator.</summary>
/// <param name="Values">The membership of each category.</param>
public sealed record AssignmentSpec(ImmutableSortedDictionary<string, double> Values) : CalibrationSpec
{
    /// <inheritdoc />
    public override (double? Membership, string? Problem) Calibrate(RawMeasure raw, CalibrationConvention convention)
    {
        if (raw.Category is not { } category)
            return (null, "the computation gave a number, not a category");
        return Values.TryGetValue(category, out double m) ? (m, null) : (null, $"the codebook assigns no membership to '{category}'");
    }

    /// <inheritdoc />
    public override string Describe(CalibrationConvention convention) =>
        "direct assignment: " + string.Join(", ", Values.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} = {DirectCalibrationSpec.Fmt(kv.Value)}"));
}

/// <summary>Crisp calibration at a threshold.</summary>
/// <param name="Threshold">The threshold.</param>
/// <param name="Increasing">True when values at or above the threshold are in the set.</param>
public sealed record CrispSpec(double Threshold, bool Increasing) : CalibrationSpec
{
    /// <inheritdoc />
    public override (double? Membership, string? Problem) Calibrate(RawMeasure raw, CalibrationConvention convention) =>
        raw.Value is { } x ? (DirectCalibration.Crisp(x, Threshold, Increasing), null) : (null, "the computation gave a category, not a number");

    /// <inheritdoc />
    public override string Describe(CalibrationConvention convention) =>
        $"crisp: 1 when the value is {(Increasing ? "at or above" : "at or below")} {DirectCalibrationSpec.Fmt(Threshold)}, else 0";
}
