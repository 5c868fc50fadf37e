using System.Collections.Immutable;

namespace Willing.Typology.Classification;

/// <summary>A case's membership in one axis's set and how it was reached.</summary>
/// <param name="Axis">The axis.</param>
/// <param name="Membership">The membership in the set (1 = model-one pole), or null when the axis is undetermined (too few dimensions measured).</param>
/// <param name="Rule">The codebook's rule for the axis, e.g. <c>and(H-res, H-hub, H-init, H-aut)</c>.</param>
/// <param name="Applied">The rule as applied to this case: terms without data left out, values filled in.</param>
/// <param name="Indicators">Every indicator of the axis, with or without data.</param>
public sealed record AxisScore(Axis Axis, double? Membership, string Rule, string Applied, ImmutableArray<IndicatorValue> Indicators)
{
    /// <summary>The axis's constitutive dimensions and their memberships (empty in a codebook without dimensions).</summary>
    public ImmutableArray<DimensionValue> Dimensions { get; init; } = [];

    /// <summary>The membership with every indicator without data imputed 0 (the model-two pole): the lower bound of what the missing evidence allows.</summary>
    public double Low { get; init; }

    /// <summary>The membership with every indicator without data imputed 1 (the model-one pole): the upper bound.</summary>
    public double High { get; init; } = 1;

    /// <summary>How many terms of the axis rule (dimensions, or indicators without dimensions) had data.</summary>
    public int Measured => Dimensions.IsEmpty ? Indicators.Count(i => i.HasData) : Dimensions.Count(d => d.Membership is not null);

    /// <summary>How many terms the axis rule has.</summary>
    public int Terms => Dimensions.IsEmpty ? Indicators.Length : Dimensions.Length;

    /// <summary>The share of the axis's terms (dimensions, or indicators) that had data.</summary>
    public double Coverage => Terms == 0 ? 0 : (double)Measured / Terms;

    /// <summary>The coverage rule: how many terms must have data for the axis to be scored.</summary>
    public int MinMeasured { get; init; } = 1;

    /// <summary>True when too few terms had data (<see cref="MinMeasured"/>), so the axis is undetermined even though some indicators have values.</summary>
    public bool Undetermined => Membership is null;

    /// <summary>True when the membership lies inside the codebook's indeterminacy band around the crossover (<see cref="Codebook.TypologyCodebook.IndeterminacyBand"/>).</summary>
    public bool Indeterminate { get; init; }

    /// <summary>True when the missing-data bounds straddle the crossover: filling the gaps could put the case on either side.</summary>
    public bool BoundsStraddle => Low < 0.5 && High > 0.5;

    /// <summary>True when the membership is exactly the crossover 0.5 (within 1e-9): the case cannot be assigned on this axis.</summary>
    public bool AtCrossover => Membership is { } m && Math.Abs(m - 0.5) < 1e-9;

    /// <summary>The side of the crossover the case is on: true at the model-one pole (above 0.5), false below, null when undetermined or exactly at 0.5.</summary>
    public bool? Side => Membership is { } m && !AtCrossover ? m > 0.5 : null;
}

/// <summary>One constitutive dimension of an axis for one case.</summary>
/// <param name="Id">The dimension's id, e.g. <c>H-res</c>.</param>
/// <param name="Name">Its name.</param>
/// <param name="Membership">Its membership, or null when none of its indicators had data.</param>
/// <param name="Rule">Its rule over indicators.</param>
/// <param name="Applied">The rule as applied.</param>
public sealed record DimensionValue(string Id, string Name, double? Membership, string Rule, string Applied);
