using System.Collections.Immutable;

namespace Willing.Typology.Classification;

/// <summary>A case's membership in one axis's set and how it was reached.</summary>
/// <param name="Axis">The axis.</param>
/// <param name="Membership">The membership in the set (1 = model-one pole), or null when no indicator had data.</param>
/// <param name="Rule">The codebook's combination rule, e.g. <c>and(H1, or(H2, H3), H7)</c>.</param>
/// <param name="Applied">The rule as applied to this case: indicators without data left out, values filled in.</param>
/// <param name="Indicators">Every indicator of the axis, with or without data.</param>
public sealed record AxisScore(Axis Axis, double? Membership, string Rule, string Applied, ImmutableArray<IndicatorValue> Indicators)
{
    /// <summary>The membership with every indicator without data imputed 0 (the model-two pole): the lower bound of what the missing evidence allows.</summary>
    public double Low { get; init; }

    /// <summary>The membership with every indicator without data imputed 1 (the model-one pole): the upper bound.</summary>
    public double High { get; init; } = 1;

    /// <summary>How many of the axis's indicators had data.</summary>
    public int Measured => Indicators.Count(i => i.HasData);

    /// <summary>The share of the axis's indicators that had data.</summary>
    public double Coverage => Indicators.IsEmpty ? 0 : (double)Measured / Indicators.Length;

    /// <summary>True when the membership lies inside the codebook's indeterminacy band around the crossover (<see cref="Codebook.TypologyCodebook.IndeterminacyBand"/>).</summary>
    public bool Indeterminate { get; init; }

    /// <summary>True when the membership is exactly the crossover 0.5 (within 1e-9): the case cannot be assigned on this axis.</summary>
    public bool AtCrossover => Membership is { } m && Math.Abs(m - 0.5) < 1e-9;
}
