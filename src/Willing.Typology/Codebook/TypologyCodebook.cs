using System.Collections.Immutable;
using Willing.Typology.Sets;

namespace Willing.Typology.Codebook;

/// <summary>
/// The codebook: every indicator, how each axis combines them, the calibration convention and the
/// analyst's tags for empty cells. The built-in one is <c>data/codebook.yaml</c> (documented in
/// <c>docs/codebook.md</c>); a user may supply their own to change anchors or combinations.
/// </summary>
/// <param name="Name">Where the codebook came from, for reports.</param>
/// <param name="Convention">The calibration convention.</param>
/// <param name="Indicators">Every indicator.</param>
/// <param name="Rules">How each of the five sets combines its indicators.</param>
/// <param name="Cells">Annotations of cells, for the property space.</param>
public sealed record TypologyCodebook(
    string Name,
    CalibrationConvention Convention,
    ImmutableArray<IndicatorDefinition> Indicators,
    ImmutableDictionary<Axis, CombinationRule> Rules,
    ImmutableArray<CellAnnotation> Cells)
{
    /// <summary>The band around the crossover inside which an axis membership is flagged indeterminate (default 0.4–0.6; <c>indeterminacy_band: [low, high]</c>).</summary>
    public (double Low, double High) IndeterminacyBand { get; init; } = (0.4, 0.6);

    /// <summary>When the codebook was frozen (its date and version, <c>frozen:</c>), so a placement can cite the codebook it used.</summary>
    public string? Frozen { get; init; }

    /// <summary>The constitutive dimensions of every axis (empty in a codebook whose axis rules name indicators directly).</summary>
    public ImmutableArray<DimensionDefinition> Dimensions { get; init; } = [];

    /// <summary>The coverage rule per axis: the fewest dimensions (or indicators) with data for the axis to be scored (default 1).</summary>
    public ImmutableDictionary<Axis, int> MinMeasured { get; init; } = ImmutableDictionary<Axis, int>.Empty;

    /// <summary>
    /// The z of the Wilson-type shrinkage of count shares before calibration
    /// (<c>shares: { shrink: wilson, z: 1.96 }</c>): k of n becomes (k + z²·x₀) / (n + z²), x₀ the
    /// indicator's crossover, so that one sentence or two members cannot give an extreme membership;
    /// null leaves shares as counted.
    /// </summary>
    public double? WilsonZ { get; init; }

    /// <summary>The dimensions of one axis, in codebook order.</summary>
    public IEnumerable<DimensionDefinition> DimensionsOf(Axis axis) => Dimensions.Where(d => d.Axis == axis);

    /// <summary>The terms the axis rule combines: its dimensions' ids, or, without dimensions, its indicators' ids.</summary>
    public IReadOnlyList<string> TermsOf(Axis axis)
    {
        var dims = DimensionsOf(axis).Select(d => d.Id).ToList();
        return dims.Count > 0 ? dims : [.. IndicatorsOf(axis).Select(i => i.Id)];
    }

    /// <summary>The coverage rule of an axis.</summary>
    public int MinMeasuredOf(Axis axis) => MinMeasured.GetValueOrDefault(axis, 1);

    /// <summary>
    /// Evaluates an axis from indicator memberships: each dimension by its rule, then the axis rule
    /// over the dimensions; null when fewer terms than the coverage rule asks have data.
    /// </summary>
    /// <param name="axis">The axis.</param>
    /// <param name="indicators">Indicator memberships (null for no data).</param>
    /// <param name="terms">Receives every term's membership (dimensions, or indicators without dimensions).</param>
    /// <returns>The membership and how many terms had data.</returns>
    public (double? Membership, int Measured) Evaluate(Axis axis, IReadOnlyDictionary<string, double?> indicators, Dictionary<string, double?> terms)
    {
        terms.Clear();
        int measured = 0;
        bool hasDimensions = false;
        foreach (var dim in Dimensions)
        {
            if (dim.Axis != axis)
                continue;
            hasDimensions = true;
            double? m = dim.Rule.Evaluate(indicators);
            terms[dim.Id] = m;
            if (m is not null)
                measured++;
        }

        if (!hasDimensions)
        {
            foreach (var def in Indicators)
            {
                if (def.Axis != axis)
                    continue;
                double? m = indicators.GetValueOrDefault(def.Id);
                terms[def.Id] = m;
                if (m is not null)
                    measured++;
            }
        }

        return measured < MinMeasuredOf(axis) || !Rules.TryGetValue(axis, out var rule) ? (null, measured) : (rule.Evaluate(terms), measured);
    }

    /// <summary>The indicators of one axis, in codebook order.</summary>
    public IEnumerable<IndicatorDefinition> IndicatorsOf(Axis axis) => Indicators.Where(i => i.Axis == axis);

    /// <summary>The annotation of a cell, if any.</summary>
    public CellAnnotation? Annotation(string code) =>
        Cells.FirstOrDefault(c => c.Code == code) ?? (code.Length == 5 ? Cells.FirstOrDefault(c => c.Code == code[..4]) : null);
}
