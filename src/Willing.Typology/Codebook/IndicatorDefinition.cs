using System.Collections.Immutable;

namespace Willing.Typology.Codebook;

/// <summary>One indicator of the codebook: what it measures, where the paper says so, how it is computed and calibrated.</summary>
/// <param name="Id">Its id, e.g. <c>H2</c>.</param>
/// <param name="Axis">The axis whose set it measures.</param>
/// <param name="Name">A short name.</param>
/// <param name="Measures">What it measures, in words.</param>
/// <param name="Passages">The paper's passages it operationalises (F-… ids of the theory note).</param>
/// <param name="Computation">The computation in <see cref="Indicators.IndicatorLibrary.Computations"/>.</param>
/// <param name="Calibration">How its raw value is calibrated.</param>
public sealed record IndicatorDefinition(
    string Id,
    Axis Axis,
    string Name,
    string Measures,
    ImmutableArray<string> Passages,
    string Computation,
    CalibrationSpec Calibration);
