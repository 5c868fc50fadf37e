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

    /// <summary>The indicators of one axis, in codebook order.</summary>
    public IEnumerable<IndicatorDefinition> IndicatorsOf(Axis axis) => Indicators.Where(i => i.Axis == axis);

    /// <summary>The annotation of a cell, if any.</summary>
    public CellAnnotation? Annotation(string code) => Cells.FirstOrDefault(c => c.Code == code);
}
